package org.amparo.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.AskStatus;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignAsk;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.Meeting;
import org.amparo.campaigns.domain.MeetingAnswer;
import org.amparo.campaigns.domain.MeetingAttendee;
import org.amparo.campaigns.domain.MeetingPromise;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.monitoring.domain.Authority;
import org.amparo.monitoring.infrastructure.AuthorityStore;
import org.amparo.platform.ServerZone;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's meetings with law enforcement (issue 14 item 5, the toolkit's meeting kit): record one after it was
 * held, with its attendees, the questions asked from the toolkit's bank (or the meeting's own) and the answers given,
 * and the promises made; record whether each promise was kept; write the thank-you letter that restates the promises.
 *
 * <p>Supervisors and admins run campaigns, so they record meetings and write letters; caseworkers and attorneys read
 * them (the answers are evidence for the checklist). Staff do not: attendees may be community members whose names stay
 * within the campaign. Audit records hold ids, counts and codes only, never a name or an answer.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CampaignMeetings {

    @Inject
    Campaigns campaigns;

    @Inject
    AuthorityStore authorities;

    @Inject
    AuditedChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    CampaignWorkflow workflow;

    @Resource
    SessionContext session;

    /**
     * The campaign's meetings, the latest first.
     *
     * @throws NotFoundException when there is no such campaign
     */
    public List<MeetingRecord> of(long campaignId) {
        Campaign c = campaign(campaignId);
        Map<Long, Authority> met = authoritiesOf(c);
        LocalDate today = today();
        return campaigns.meetings(campaignId).stream().map(m -> view(m, met, today)).toList();
    }

    /**
     * Records a meeting held, with any of its parts, checked whole: nothing is saved when one part breaks a rule, and
     * the error names the part ({@code attendees[1].name}).
     *
     * @throws NotFoundException when there is no such campaign
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MeetingRecord record(long campaignId, MeetingForms.NewMeeting form) {
        Campaign c = campaign(campaignId);
        c.requireRunning("heldOn");
        if (form == null) {
            throw validation.invalid("heldOn", "amparo.validation.required");
        }
        Map<Long, Authority> met = authoritiesOf(c);
        if (form.authorityId() != null && !met.containsKey(form.authorityId())) {
            throw validation.invalid("authorityId", "amparo.validation.notThisJurisdiction");
        }
        Instant now = clock.instant();
        String me = me();
        Meeting m = Meeting.held(campaignId, form.heldOn(), form.place(), form.authorityId(), form.nextMeetingOn(), today(),
                me, now);
        each("attendees", form.attendees(), a -> m.attend(a.name(), a.organisation(), a.role(), me, now));
        each("answers", form.answers(), a -> m.ask(a.question(), a.ownQuestion(), a.answer(), me, now));
        each("promises", form.promises(), p -> m.promise(p.kind(), p.what(), p.dueOn(), me, now));
        campaigns.add(m);
        m.getPromises().forEach(workflow::promiseMade);
        workflow.meetingHeld(campaignId);
        audit.record("campaign.meetingRecorded", "Campaign", campaignId, "meeting=" + m.getId()
                + " attendees=" + m.getAttendees().size() + " answers=" + m.getAnswers().size()
                + " promises=" + m.getPromises().size());
        return view(m, met, today());
    }

    /** Adds someone who attended. @throws org.amparo.shared.domain.InvalidInputException naming the field */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MeetingRecord addAttendee(long campaignId, long meetingId, MeetingForms.Attendee form) {
        Meeting m = meeting(campaignId, meetingId);
        MeetingForms.Attendee f = form == null ? new MeetingForms.Attendee(null, null, null) : form;
        m.attend(f.name(), f.organisation(), f.role(), me(), clock.instant());
        return changed(m, "campaign.meetingAttendeeAdded", "meetingRole=" + f.role());
    }

    /** Adds a question asked and the answer given. @throws org.amparo.shared.domain.InvalidInputException naming the field */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MeetingRecord addAnswer(long campaignId, long meetingId, MeetingForms.Answer form) {
        Meeting m = meeting(campaignId, meetingId);
        MeetingForms.Answer f = form == null ? new MeetingForms.Answer(null, null, null) : form;
        m.ask(f.question(), f.ownQuestion(), f.answer(), me(), clock.instant());
        return changed(m, "campaign.meetingQuestionAdded", f.question() == null ? "own=true" : "question=" + f.question());
    }

    /** Adds a promise made, due on a day. @throws org.amparo.shared.domain.InvalidInputException naming the field */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MeetingRecord addPromise(long campaignId, long meetingId, MeetingForms.Promise form) {
        Meeting m = meeting(campaignId, meetingId);
        campaign(campaignId).requireRunning("kind"); // a closed campaign follows up no new promise
        MeetingForms.Promise f = form == null ? new MeetingForms.Promise(null, null, null) : form;
        MeetingPromise p = m.promise(f.kind(), f.what(), f.dueOn(), me(), clock.instant());
        MeetingRecord record = changed(m, "campaign.promiseAdded", "promiseKind=" + f.kind() + " dueOn=" + f.dueOn());
        workflow.promiseMade(p);
        return record;
    }

    /**
     * Records whether a promise was kept, from the version the person read.
     *
     * @throws NotFoundException when the campaign has no such promise
     * @throws org.amparo.shared.domain.EditConflictException when someone changed it since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public MeetingRecord.Promise settle(long campaignId, long promiseId, MeetingForms.Settle form) {
        MeetingPromise p = campaigns.promise(promiseId).filter(x -> x.getMeeting().getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Meeting promise", promiseId));
        if (form == null) {
            throw validation.invalid("state", "amparo.validation.required");
        }
        changes.requireVersion(MeetingPromise.class, promiseId, p.getVersion(), form.version(), "Meeting promise");
        Instant now = clock.instant();
        p.settle(form.state(), form.on(), today(), me(), now);
        campaigns.flush();
        workflow.promiseSettled(p, me());
        audit.record("campaign.promiseSettled", "Campaign", campaignId, "promise=" + promiseId + " promiseState=" + p.getState());
        return view(p, today());
    }

    /**
     * Writes the thank-you letter for a meeting as a Word document in a language: addressed to the authority met,
     * thanking them, restating each promise with its due day, the asks raised, and the next meeting. Organisers edit
     * it before sending; it names no attendee. Audited.
     *
     * @throws NotFoundException when the campaign has no such meeting
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void letter(long campaignId, long meetingId, Locale locale, OutputStream out) {
        Campaign c = campaign(campaignId);
        Meeting m = meeting(campaignId, meetingId);
        Authority met = m.getAuthorityId() == null ? null : authorities.find(m.getAuthorityId()).orElse(null);
        List<String> asks = campaigns.asks(campaignId).stream()
                .filter(a -> a.getStatus() == AskStatus.RAISED || a.getStatus() == AskStatus.PROMISED)
                .map(a -> wording(a, locale)).toList();
        try {
            ThankYouLetter.write(new ThankYouLetter.Content(c.getJurisdiction().getName(), met == null ? null : met.details(),
                    m.getHeldOn(), m.getPlace(), m.getPromises(), asks, m.getNextMeetingOn(), today()), locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("campaign.letterWritten", "Campaign", campaignId, "meeting=" + meetingId + " lang=" + locale.getLanguage());
    }

    /**
     * The campaign's "hold the next meeting" task was dealt with without recording a meeting (from the inbox): the task
     * is done and the next meeting is due three months from today.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void nextMeetingPostponed(long campaignId, String taskId) {
        campaign(campaignId);
        workflow.nextMeetingPostponed(campaignId, taskId, me(), today());
        audit.record("campaign.nextMeetingPostponed", "Campaign", campaignId, "months=" + Meeting.MONTHS_TO_NEXT);
    }

    /** Promises open past their due day, across campaigns, the longest overdue first (for the dashboard). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<OverduePromise> overdue(int max) {
        LocalDate today = today();
        return campaigns.overduePromises(today, max).stream().map(p -> {
            Campaign c = campaign(p.getMeeting().getCampaignId());
            return new OverduePromise(c.getId(), c.getJurisdiction().getId(), c.getJurisdiction().getName(),
                    p.getMeeting().getId(), p.getMeeting().getHeldOn(), p.getId(), p.getKind(), p.getDueOn());
        }).toList();
    }

    /** A promise overdue, where it was made. */
    public record OverduePromise(long campaignId, long jurisdictionId, String jurisdiction, long meetingId,
                                 LocalDate heldOn, long promiseId, org.amparo.campaigns.domain.PromiseKind kind,
                                 LocalDate dueOn) implements java.io.Serializable {
    }

    private static String wording(CampaignAsk a, Locale locale) {
        return a.getSample() != null ? Labels.of(a.getSample(), locale) : a.getWording();
    }

    private <T> void each(String list, List<T> items, java.util.function.Consumer<T> add) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            try {
                if (items.get(i) == null) {
                    throw new DomainRuleViolation("", "amparo.validation.required");
                }
                add.accept(items.get(i));
            } catch (DomainRuleViolation v) {
                throw v.onField(list + "[" + i + "]" + (v.field().isEmpty() ? "" : "." + v.field()));
            }
        }
    }

    private MeetingRecord changed(Meeting m, String action, String detail) {
        campaigns.flush();
        audit.record(action, "Campaign", m.getCampaignId(), "meeting=" + m.getId() + " " + detail);
        return view(m, authoritiesOf(campaign(m.getCampaignId())), today());
    }

    private MeetingRecord view(Meeting m, Map<Long, Authority> met, LocalDate today) {
        Optional<Authority> a = Optional.ofNullable(m.getAuthorityId()).map(met::get);
        return new MeetingRecord(m.getId(), m.getVersion(), m.getCampaignId(), m.getHeldOn(), m.getPlace(), m.getAuthorityId(),
                a.map(Authority::getOffice).orElse(null), a.map(x -> x.details().holderName()).orElse(null), m.getNextMeetingOn(),
                m.getAttendees().stream().map(CampaignMeetings::view).toList(),
                m.getAnswers().stream().map(CampaignMeetings::view).toList(),
                m.getPromises().stream().map(p -> view(p, today)).toList(), m.getUpdatedBy(), m.getUpdatedAt());
    }

    private static MeetingRecord.Attendee view(MeetingAttendee a) {
        return new MeetingRecord.Attendee(a.getId(), a.getName(), a.getOrganisation(), a.getRole());
    }

    private static MeetingRecord.Answer view(MeetingAnswer a) {
        return new MeetingRecord.Answer(a.getId(), a.getQuestion(), a.getOwnQuestion(), a.getAnswer());
    }

    private static MeetingRecord.Promise view(MeetingPromise p, LocalDate today) {
        return new MeetingRecord.Promise(p.getId(), p.getVersion(), p.getMeeting().getId(), p.getKind(), p.getWhat(),
                p.getDueOn(), p.getState(), p.getSettledOn(), p.overdue(today));
    }

    private Map<Long, Authority> authoritiesOf(Campaign c) {
        return authorities.of(c.getJurisdiction().getId()).stream().collect(Collectors.toMap(Authority::getId, Function.identity()));
    }

    private Meeting meeting(long campaignId, long meetingId) {
        return campaigns.meeting(meetingId).filter(m -> m.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ServerZone.get());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
