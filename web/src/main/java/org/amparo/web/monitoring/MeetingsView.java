package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.campaigns.application.CampaignMeetings;
import org.amparo.campaigns.application.MeetingForms;
import org.amparo.campaigns.application.MeetingRecord;
import org.amparo.campaigns.domain.AgendaItem;
import org.amparo.campaigns.domain.MeetingQuestion;
import org.amparo.campaigns.domain.MeetingRole;
import org.amparo.campaigns.domain.PromiseKind;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.campaigns.domain.QuestionGroup;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Downloads;
import org.amparo.web.Messages;
import org.amparo.web.SectionChange;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meetings section of a jurisdiction's page: the campaign's meetings with law enforcement, the toolkit's agenda,
 * recording a meeting and its parts, whether each promise was kept, and the thank-you letter. The campaign is the
 * page's ({@link CampaignPlanView}); the rules are the domain's.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Input ids by the field an error names, per form. */
    private static final Map<String, String> RECORD = Map.of("heldOn", "meetingHeldOn", "place", "meetingPlace",
            "authorityId", "meetingAuthority", "nextMeetingOn", "meetingNext");
    private static final Map<String, String> ATTENDEE = Map.of("name", "attendeeName", "organisation", "attendeeOrganisation",
            "role", "attendeeRole");
    private static final Map<String, String> ANSWER = Map.of("question", "answerQuestion", "ownQuestion", "answerOwn",
            "answer", "answerText");
    private static final Map<String, String> PROMISE = Map.of("kind", "promiseKind", "what", "promiseWhat", "dueOn", "promiseDue");
    private static final Map<String, String> SETTLE = Map.of("state", "promiseState", "on", "promiseOn", "version", "promiseChoice");

    @EJB
    CampaignMeetings meetings;

    @Inject
    org.amparo.web.Formats fmt;

    @Inject
    CampaignPlanView campaign;

    private List<MeetingRecord> shown;

    private LocalDate heldOn;
    private String place;
    private Long authorityId;
    private LocalDate nextMeetingOn;

    private Long meetingId;
    private String attendeeName;
    private String attendeeOrganisation;
    private MeetingRole attendeeRole;
    private MeetingQuestion question;
    private String ownQuestion;
    private String answer;
    private PromiseKind promiseKind;
    private String promiseWhat;
    private LocalDate promiseDue;

    private Long promiseId;
    private PromiseState promiseState;
    private LocalDate promiseOn;

    /** The campaign's meetings, the latest first; none without a campaign or for staff. */
    public List<MeetingRecord> getMeetings() {
        Long campaignId = campaignId();
        if (shown == null) {
            shown = campaignId == null || !isMayRead() ? List.of() : meetings.of(campaignId);
        }
        return shown;
    }

    public void record() {
        if (SectionChange.attempt("meetingForm", RECORD, "meetingHeldOn", () -> shown = null, () -> {
            MeetingRecord m = meetings.record(campaignId(), new MeetingForms.NewMeeting(heldOn, place, authorityId, nextMeetingOn,
                    List.of(), List.of(), List.of()));
            meetingId = m.id();
        })) {
            heldOn = null;
            place = null;
            authorityId = null;
            nextMeetingOn = null;
        }
    }

    public void addAttendee() {
        if (chosen() && SectionChange.attempt("meetingPartsForm", ATTENDEE, "partsMeeting", () -> shown = null,
                () -> meetings.addAttendee(campaignId(), meetingId,
                        new MeetingForms.Attendee(attendeeName, attendeeOrganisation, attendeeRole)))) {
            attendeeName = null;
            attendeeOrganisation = null;
            attendeeRole = null;
        }
    }

    public void addAnswer() {
        if (chosen() && SectionChange.attempt("meetingPartsForm", ANSWER, "partsMeeting", () -> shown = null,
                () -> meetings.addAnswer(campaignId(), meetingId, new MeetingForms.Answer(question, ownQuestion, answer)))) {
            question = null;
            ownQuestion = null;
            answer = null;
        }
    }

    public void addPromise() {
        if (chosen() && SectionChange.attempt("meetingPartsForm", PROMISE, "partsMeeting", () -> shown = null,
                () -> meetings.addPromise(campaignId(), meetingId, new MeetingForms.Promise(promiseKind, promiseWhat, promiseDue)))) {
            promiseKind = null;
            promiseWhat = null;
            promiseDue = null;
        }
    }

    public void settle() {
        Optional<MeetingRecord.Promise> p = getPromises().stream().filter(x -> promiseId != null && x.id() == promiseId).findFirst();
        if (p.isEmpty()) {
            Messages.fieldErrors("promiseForm", InvalidInputException.of("promiseChoice", Messages.text("meetings.choosePromise")));
            return;
        }
        if (SectionChange.attempt("promiseForm", SETTLE, "promiseChoice", () -> shown = null,
                () -> meetings.settle(campaignId(), p.get().id(), new MeetingForms.Settle(p.get().version(), promiseState, promiseOn)))) {
            promiseState = null;
            promiseOn = null;
        }
    }

    /** The meeting's thank-you letter in the reader's language. */
    public StreamedContent letter(MeetingRecord m) {
        return Downloads.docx("thank-you-letter-" + m.heldOn() + ".docx",
                out -> meetings.letter(m.campaignId(), m.id(), FacesContext.getCurrentInstance().getViewRoot().getLocale(), out));
    }

    private boolean chosen() {
        if (meetingId != null && getMeetings().stream().anyMatch(m -> m.id() == meetingId)) {
            return true;
        }
        Messages.fieldErrors("meetingPartsForm", InvalidInputException.of("partsMeeting", Messages.text("meetings.chooseMeeting")));
        return false;
    }

    private Long campaignId() {
        return campaign.getPlan() == null ? null : campaign.getPlan().campaignId();
    }

    private boolean inRole(String... roles) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(roles).anyMatch(external::isUserInRole);
    }

    /** Everyone but staff reads meetings: attendees may be community members. */
    public boolean isMayRead() {
        return inRole(Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN);
    }

    /** Supervisors and admins run campaigns: they record meetings and write letters. */
    public boolean isMayRun() {
        return inRole(Roles.SUPERVISOR, Roles.ADMIN);
    }

    /** Every promise of every meeting, for the form that records whether one was kept. */
    public List<MeetingRecord.Promise> getPromises() {
        return getMeetings().stream().flatMap(m -> m.promises().stream()).toList();
    }

    /** A promise as a person reads it: what, and when it is due. */
    public String promiseLabel(MeetingRecord.Promise p) {
        return org.amparo.shared.domain.Labels.of(p.kind(), locale()) + (p.what() == null ? "" : ": " + p.what())
                + " · " + Messages.text("meetings.dueOn") + " " + fmt.date(p.dueOn()); // as the promises' table shows it
    }

    /** The question as a person reads it: the bank's in the reader's language, or the meeting's own. */
    public String questionOf(MeetingRecord.Answer a) {
        return a.question() != null ? org.amparo.shared.domain.Labels.of(a.question(), locale()) : a.ownQuestion();
    }

    /** The toolkit's question bank, under its headings, in the reader's language. */
    public List<jakarta.faces.model.SelectItemGroup> getQuestionItems() {
        return Arrays.stream(QuestionGroup.values()).map(g -> {
            jakarta.faces.model.SelectItemGroup group = new jakarta.faces.model.SelectItemGroup(
                    org.amparo.shared.domain.Labels.of(g, locale()));
            group.setSelectItems(Arrays.stream(MeetingQuestion.values()).filter(q -> q.group() == g)
                    .map(q -> new jakarta.faces.model.SelectItem(q, org.amparo.shared.domain.Labels.of(q, locale())))
                    .toArray(jakarta.faces.model.SelectItem[]::new));
            return group;
        }).toList();
    }

    public List<AgendaItem> agendaOf(AgendaItem.Part part) {
        return Arrays.stream(AgendaItem.values()).filter(a -> a.part() == part).toList();
    }

    public AgendaItem.Part[] getAgendaParts() {
        return AgendaItem.Part.values();
    }

    public MeetingRole[] getRoles() {
        return MeetingRole.values();
    }

    public PromiseKind[] getPromiseKinds() {
        return PromiseKind.values();
    }

    public PromiseState[] getPromiseStates() {
        return PromiseState.values();
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long authorityId) { this.authorityId = authorityId; }
    public LocalDate getNextMeetingOn() { return nextMeetingOn; }
    public void setNextMeetingOn(LocalDate nextMeetingOn) { this.nextMeetingOn = nextMeetingOn; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public String getAttendeeName() { return attendeeName; }
    public void setAttendeeName(String attendeeName) { this.attendeeName = attendeeName; }
    public String getAttendeeOrganisation() { return attendeeOrganisation; }
    public void setAttendeeOrganisation(String attendeeOrganisation) { this.attendeeOrganisation = attendeeOrganisation; }
    public MeetingRole getAttendeeRole() { return attendeeRole; }
    public void setAttendeeRole(MeetingRole attendeeRole) { this.attendeeRole = attendeeRole; }
    public MeetingQuestion getQuestion() { return question; }
    public void setQuestion(MeetingQuestion question) { this.question = question; }
    public String getOwnQuestion() { return ownQuestion; }
    public void setOwnQuestion(String ownQuestion) { this.ownQuestion = ownQuestion; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public PromiseKind getPromiseKind() { return promiseKind; }
    public void setPromiseKind(PromiseKind promiseKind) { this.promiseKind = promiseKind; }
    public String getPromiseWhat() { return promiseWhat; }
    public void setPromiseWhat(String promiseWhat) { this.promiseWhat = promiseWhat; }
    public LocalDate getPromiseDue() { return promiseDue; }
    public void setPromiseDue(LocalDate promiseDue) { this.promiseDue = promiseDue; }
    public Long getPromiseId() { return promiseId; }
    public void setPromiseId(Long promiseId) { this.promiseId = promiseId; }
    public PromiseState getPromiseState() { return promiseState; }
    public void setPromiseState(PromiseState promiseState) { this.promiseState = promiseState; }
    public LocalDate getPromiseOn() { return promiseOn; }
    public void setPromiseOn(LocalDate promiseOn) { this.promiseOn = promiseOn; }
}
