package org.amparo.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What law enforcement promised at a meeting (documents, data, a policy draft...), by when, and whether it was kept.
 * Rules: a promise has a kind and a due day ("other" needs its words); it is kept or broken on a day that is not in
 * the future nor before the meeting; reopening it clears that day. It is overdue while open after its due day.
 */
@Entity
@Table(name = "meeting_promise")
@Audited
public class MeetingPromise {

    public static final int WHAT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_promise_seq")
    @SequenceGenerator(name = "meeting_promise_seq", sequenceName = "meeting_promise_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PromiseKind kind;

    @Column(name = "what", length = WHAT_MAX)
    private String what;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private PromiseState state = PromiseState.OPEN;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingPromise() {
    }

    MeetingPromise(Meeting meeting, PromiseKind kind, String what, LocalDate dueOn, String by, Instant at) {
        if (kind == null) {
            throw new DomainRuleViolation("kind", "amparo.validation.required");
        }
        String w = what == null ? "" : what.strip();
        if (w.length() > WHAT_MAX) {
            throw new DomainRuleViolation("what", "amparo.validation.atMost", WHAT_MAX);
        }
        if (kind == PromiseKind.OTHER && w.isEmpty()) {
            throw new DomainRuleViolation("what", "amparo.validation.required");
        }
        if (dueOn == null) {
            throw new DomainRuleViolation("dueOn", "amparo.validation.required");
        }
        this.meeting = meeting;
        this.kind = kind;
        this.what = w.isEmpty() ? null : w;
        this.dueOn = dueOn;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * Records whether the promise was kept, on a day (today when none); {@link PromiseState#OPEN} reopens it.
     *
     * @throws DomainRuleViolation on {@code state} when none is given, on {@code on} when the day is in the future or
     *         before the meeting
     */
    public void settle(PromiseState to, LocalDate on, LocalDate today, String by, Instant at) {
        if (to == null) {
            throw new DomainRuleViolation("state", "amparo.validation.required");
        }
        LocalDate day = on == null ? today : on;
        if (to != PromiseState.OPEN) {
            if (day.isAfter(today)) {
                throw new DomainRuleViolation("on", "amparo.validation.notFuture");
            }
            if (day.isBefore(meeting.getHeldOn())) {
                throw new DomainRuleViolation("on", "amparo.validation.beforeMeeting", meeting.getHeldOn());
            }
        }
        state = to;
        settledOn = to == PromiseState.OPEN ? null : day;
        updatedBy = by;
        updatedAt = at;
    }

    /** Still open after its due day. */
    public boolean overdue(LocalDate today) {
        return state == PromiseState.OPEN && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public PromiseKind getKind() {
        return kind;
    }

    /** The promise in the words recorded; null when its kind says it all. */
    public String getWhat() {
        return what;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public PromiseState getState() {
        return state;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
