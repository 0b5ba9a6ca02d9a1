package org.amparo.campaigns.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.PlausibleDates;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A campaign's meeting with law enforcement, as recorded after it was held (issue 14 item 5, the toolkit's meeting
 * kit): when and where, which authority was met, who attended in which role, the questions asked with the answers
 * given, what was promised by when, and when to meet next (quarterly by default, as the toolkit advises).
 *
 * <p>Rules: a meeting is recorded once held, so its day is never in the future; the next meeting comes after it; a
 * question of the toolkit's bank is recorded once per meeting; a promise is due on or after the meeting; every day
 * falls in the years 1900 to 2200 ({@link PlausibleDates}); each list is bounded. Every change of the meeting and its
 * parts is a revision.
 */
@Entity
@Table(name = "campaign_meeting")
@Audited
public class Meeting {

    public static final int PLACE_MAX = 200;
    public static final int MAX_ATTENDEES = 40;
    public static final int MAX_ANSWERS = 80;
    public static final int MAX_PROMISES = 30;
    /** The toolkit asks for regular quarterly meetings. */
    public static final int MONTHS_TO_NEXT = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_meeting_seq")
    @SequenceGenerator(name = "campaign_meeting_seq", sequenceName = "campaign_meeting_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "next_meeting_on", nullable = false)
    private LocalDate nextMeetingOn;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingAttendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingAnswer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingPromise> promises = new ArrayList<>();

    protected Meeting() {
    }

    /**
     * A meeting held on a day, at a place, with an authority of the jurisdiction (either may be unknown); the next one
     * is {@value #MONTHS_TO_NEXT} months later unless a day is given.
     *
     * @throws DomainRuleViolation on {@code heldOn} (missing, in the future or before 1900), {@code place} (too long) or
     *         {@code nextMeetingOn} (not after the meeting, or after 2200)
     */
    public static Meeting held(long campaignId, LocalDate heldOn, String place, Long authorityId, LocalDate nextMeetingOn,
                               LocalDate today, String by, Instant at) {
        if (heldOn == null) {
            throw new DomainRuleViolation("heldOn", "amparo.validation.required");
        }
        if (heldOn.isAfter(today)) {
            throw new DomainRuleViolation("heldOn", "amparo.validation.notFuture");
        }
        PlausibleDates.check("heldOn", heldOn);
        PlausibleDates.check("nextMeetingOn", nextMeetingOn);
        String p = place == null ? null : place.strip();
        if (p != null && p.length() > PLACE_MAX) {
            throw new DomainRuleViolation("place", "amparo.validation.atMost", PLACE_MAX);
        }
        LocalDate next = nextMeetingOn == null ? heldOn.plusMonths(MONTHS_TO_NEXT) : nextMeetingOn;
        if (!next.isAfter(heldOn)) {
            throw new DomainRuleViolation("nextMeetingOn", "amparo.validation.nextMeetingAfter");
        }
        Meeting m = new Meeting();
        m.campaignId = campaignId;
        m.heldOn = heldOn;
        m.place = p == null || p.isEmpty() ? null : p;
        m.authorityId = authorityId;
        m.nextMeetingOn = next;
        m.touch(by, at);
        return m;
    }

    /** @throws DomainRuleViolation naming the attendee's field, or {@code name} when the list is full */
    public MeetingAttendee attend(String name, String organisation, MeetingRole role, String by, Instant at) {
        if (attendees.size() >= MAX_ATTENDEES) {
            throw new DomainRuleViolation("name", "amparo.validation.tooMany", MAX_ATTENDEES);
        }
        MeetingAttendee a = new MeetingAttendee(this, name, organisation, role);
        attendees.add(a);
        touch(by, at);
        return a;
    }

    /**
     * Records a question asked (one of the bank's, once per meeting, or the meeting's own) and the answer given.
     *
     * @throws DomainRuleViolation naming the field
     */
    public MeetingAnswer ask(MeetingQuestion question, String ownQuestion, String answer, String by, Instant at) {
        if (answers.size() >= MAX_ANSWERS) {
            throw new DomainRuleViolation("question", "amparo.validation.tooMany", MAX_ANSWERS);
        }
        if (question != null && answers.stream().anyMatch(a -> a.getQuestion() == question)) {
            throw new DomainRuleViolation("question", "amparo.validation.questionAsked");
        }
        MeetingAnswer a = new MeetingAnswer(this, question, ownQuestion, answer);
        answers.add(a);
        touch(by, at);
        return a;
    }

    /**
     * Records what law enforcement promised, due on a day not before the meeting.
     *
     * @throws DomainRuleViolation naming the field
     */
    public MeetingPromise promise(PromiseKind kind, String what, LocalDate dueOn, String by, Instant at) {
        if (promises.size() >= MAX_PROMISES) {
            throw new DomainRuleViolation("kind", "amparo.validation.tooMany", MAX_PROMISES);
        }
        if (dueOn != null && dueOn.isBefore(heldOn)) {
            throw new DomainRuleViolation("dueOn", "amparo.validation.dueBeforeMeeting", heldOn);
        }
        PlausibleDates.check("dueOn", dueOn);
        MeetingPromise p = new MeetingPromise(this, kind, what, dueOn, by, at);
        promises.add(p);
        touch(by, at);
        return p;
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    /** The authority met, if one of the jurisdiction's was recorded (and has not been removed since). */
    public Long getAuthorityId() {
        return authorityId;
    }

    public LocalDate getNextMeetingOn() {
        return nextMeetingOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<MeetingAttendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<MeetingAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public List<MeetingPromise> getPromises() {
        return Collections.unmodifiableList(promises);
    }
}
