package org.amparo.cases.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.IceDocumentForm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.amparo.cases.domain.event.AttorneyAssigned;
import org.amparo.cases.domain.event.CallerRecorded;
import org.amparo.cases.domain.event.CaseOpened;
import org.amparo.cases.domain.event.CaseworkerAssigned;
import org.amparo.cases.domain.event.CustodyDetailsRecorded;
import org.amparo.cases.domain.event.CustodyEnded;
import org.amparo.cases.domain.event.CustodyRecorded;
import org.amparo.cases.domain.event.IceDocumentLifted;
import org.amparo.cases.domain.event.IceDocumentReceived;
import org.amparo.cases.domain.event.IceDocumentRemoved;
import org.amparo.cases.domain.event.JailRespondedToRequest;
import org.amparo.cases.domain.event.MovedToFacility;
import org.amparo.process.CaseStep;
import org.amparo.rules.detainer.Finding;
import org.amparo.shared.domain.DollarAmounts;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.domain.PlausibleDates;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.relief.DacaResult;

/**
 * The unit of work: one person's detention episode, from the hotline call to its outcome.
 * The case keeps its own status; the workflow engine decides who acts next and reports the step here.
 */
@Entity
@Table(name = "detention_case")
@org.hibernate.envers.Audited
@org.hibernate.annotations.SQLRestriction("deleted_at is null")
@jakarta.persistence.EntityListeners(org.amparo.protection.infrastructure.FingerprintListener.class)
public class DetentionCase extends org.amparo.shared.domain.AggregateRoot
        implements org.amparo.shared.domain.Fingerprinted {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "detention_case_seq")
    @SequenceGenerator(name = "detention_case_seq", sequenceName = "detention_case_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @jakarta.validation.constraints.Size(max = 40)
    @Column(name = "booking_number", length = 200)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String bookingNumber;

    /** Blind indexes (keyed hashes) of the encrypted booking number: whole, and its last four digits. */
    @org.hibernate.envers.NotAudited
    @Column(name = "booking_number_bidx", length = 32)
    private String bookingNumberIndex;

    @org.hibernate.envers.NotAudited
    @Column(name = "booking_number_last4_bidx", length = 32)
    private String bookingNumberLast4Index;

    @Column(name = "booked_at")
    private LocalDateTime bookedAt;

    /** Scheduled criminal release, in the facility's local time. */
    @Column(name = "scheduled_release_at")
    private LocalDateTime scheduledReleaseAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CaseStatus status = CaseStatus.OPEN;

    /** The workflow step the case waits in (a task definition key), as the engine last reported it. */
    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_step", length = 60)
    private CaseStep workflowStep;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "step_entered_at")
    private Instant stepEnteredAt;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "caseworker", length = 64)
    private String caseworker;

    @Column(name = "attorney", length = 64)
    private String attorney;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private CaseOutcome outcome;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    /** When custody ended, local to the facility; null while the person is held. */
    @Column(name = "custody_ended_at")
    private LocalDateTime custodyEndedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "custody_end", length = 20)
    private CustodyEnd custodyEnd;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "enforcement_priority", length = 30)
    private EnforcementPriority enforcementPriority;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "priority_rule_set", length = 40)
    private String priorityRuleSet;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "daca_result", length = 25)
    private DacaResult dacaResult;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "scaap_eligible")
    private Boolean scaapEligible;

    /** The earliest expiry of an active hold request. */
    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "screened_at")
    private Instant screenedAt;

    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_finding", joinColumns = @JoinColumn(name = "case_id"))
    private Set<CaseFinding> findings = new HashSet<>();

    @OneToMany(mappedBy = "detentionCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("issuedAt")
    private List<Detainer> detainers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "bail_status", length = 20)
    private BailStatus bailStatus;

    @jakarta.validation.constraints.PositiveOrZero
    @Column(name = "bail_amount", precision = 12, scale = 2)
    private java.math.BigDecimal bailAmount;

    @Column(name = "ice_interviewed")
    private Boolean iceInterviewed;

    /** Whether the person was told of an ICE hold or a transfer. */
    @Column(name = "told_of_hold")
    private Boolean toldOfHold;

    /** Who called the hotline: often a relative, not the detained person. */
    @Column(name = "caller_name", length = 200)
    private String callerName;

    @Column(name = "caller_relation", length = 60)
    private String callerRelation;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "caller_contact", length = 1000)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String callerContact;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 64)
    private String deletedBy;

    /**
     * The team the case was given to by hand (by an admin or supervisor), which wins over its jurisdiction's team; null
     * when it follows its jurisdiction. Kept out of the history and of edit conflicts: the audit trail records it.
     */
    @Column(name = "team_id")
    @org.hibernate.envers.NotAudited
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Long teamId;

    protected DetentionCase() {
    }

    /** The team given this case by hand, or null when it follows its jurisdiction's team. */
    public Long getTeamId() {
        return teamId;
    }

    /** Gives the case to a team by hand (null: back to its jurisdiction's team). */
    public void giveToTeam(Long teamId) {
        this.teamId = teamId;
    }

    /** Opens a case for a person held at a facility; whoever opens it keeps it until reassigned. */
    public DetentionCase(Person person, Facility facility, String openedBy, Instant openedAt) {
        if (person == null) {
            throw new IllegalArgumentException("A case needs a person");
        }
        this.person = person;
        this.facility = facility;
        this.openedBy = openedBy;
        this.caseworker = openedBy;
        this.openedAt = openedAt;
        raise(new CaseOpened());
    }

    /** Records the custody facts the jail gave; release cannot come before booking, and neither outside 1900 to 2200. */
    public void recordCustody(String bookingNumber, LocalDateTime bookedAt, LocalDateTime scheduledReleaseAt) {
        PlausibleDates.check("bookedAt", bookedAt);
        PlausibleDates.check("scheduledReleaseAt", scheduledReleaseAt);
        if (bookedAt != null && scheduledReleaseAt != null && scheduledReleaseAt.isBefore(bookedAt)) {
            throw new DomainRuleViolation("scheduledReleaseAt", "amparo.validation.beforeBooking");
        }
        String number = bookingNumber == null || bookingNumber.isBlank() ? null : bookingNumber.trim();
        boolean releaseChanged = !Objects.equals(this.scheduledReleaseAt, scheduledReleaseAt);
        if (releaseChanged || !Objects.equals(this.bookingNumber, number) || !Objects.equals(this.bookedAt, bookedAt)) {
            this.bookingNumber = number;
            this.bookedAt = bookedAt;
            this.scheduledReleaseAt = scheduledReleaseAt;
            raise(new CustodyRecorded(releaseChanged));
        }
    }

    /** Records when the jail now says it will release the person (the booking stays as recorded). */
    public void rescheduleRelease(LocalDateTime scheduledReleaseAt) {
        recordCustody(bookingNumber, bookedAt, scheduledReleaseAt);
    }

    /** Refuses a change to a closed case: its facts are the record of what happened. */
    public void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new DomainRuleViolation("status", "amparo.validation.closed");
        }
    }

    /** Moves the case to the facility that holds the person now (a transfer, or a correction). */
    public void holdAt(Facility facility) {
        if (facility == null) {
            throw new DomainRuleViolation("facilityId", "amparo.validation.unknownFacility");
        }
        if (this.facility == null || !Objects.equals(this.facility.getId(), facility.getId())) {
            this.facility = facility;
            raise(new MovedToFacility());
        }
    }

    /** Bail, and what ICE and the jail did with the person; null means nobody knows yet. */
    public void recordCustodyDetails(BailStatus bail, java.math.BigDecimal amount, Boolean iceInterviewed, Boolean toldOfHold) {
        if (amount != null && amount.signum() < 0) {
            throw new DomainRuleViolation("bailAmount", "amparo.validation.notNegative");
        }
        java.math.BigDecimal kept = DollarAmounts.check("bailAmount", amount, DollarAmounts.BAIL_MAX);
        this.bailStatus = bail;
        this.bailAmount = kept;
        this.iceInterviewed = iceInterviewed;
        this.toldOfHold = toldOfHold;
        raise(new CustodyDetailsRecorded());
    }

    /** Who reported the detention to the hotline and how to reach them. */
    public void recordCaller(String name, String relation, String contact) {
        this.callerName = name == null || name.isBlank() ? null : name.trim();
        this.callerRelation = relation == null || relation.isBlank() ? null : relation.trim();
        this.callerContact = contact == null || contact.isBlank() ? null : contact.trim();
        raise(new CallerRecorded());
    }

    public void assignCaseworker(String caseworker) {
        this.caseworker = caseworker == null || caseworker.isBlank() ? null : caseworker.trim();
        raise(new CaseworkerAssigned());
    }

    /**
     * Removes the case from every list and query; its rows and history stay for the audit. Only an admin may do
     * this (the service checks the role).
     */
    public void softDelete(String by, Instant at) {
        if (deletedAt != null) {
            throw new IllegalStateException("The case is already deleted");
        }
        this.deletedBy = by;
        this.deletedAt = at;
        this.workflowStep = null;
        this.stepEnteredAt = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Removes an ICE document recorded by mistake (a lifted one stays, marked lifted). */
    public void removeIceDocument(long detainerId) {
        if (detainers.removeIf(d -> d.getId() != null && d.getId() == detainerId)) {
            raise(new IceDocumentRemoved());
        }
    }

    /** ICE withdrew a request: it no longer holds anyone. */
    public void liftIceDocument(long detainerId) {
        Detainer detainer = detainer(detainerId).orElseThrow(() -> new NotFoundException("Detainer", detainerId));
        if (!detainer.isLifted()) {
            detainer.lift();
            raise(new IceDocumentLifted());
        }
    }

    /** Called by a detainer of this case when the jail's answer about it changed. */
    void detainerAnswered() {
        raise(new JailRespondedToRequest());
    }

    public java.util.Optional<Detainer> detainer(long detainerId) {
        return detainers.stream().filter(d -> d.getId() != null && d.getId() == detainerId).findFirst();
    }

    public BailStatus getBailStatus() {
        return bailStatus;
    }

    public java.math.BigDecimal getBailAmount() {
        return bailAmount;
    }

    public Boolean getIceInterviewed() {
        return iceInterviewed;
    }

    public Boolean getToldOfHold() {
        return toldOfHold;
    }

    public String getCallerName() {
        return callerName;
    }

    public String getCallerRelation() {
        return callerRelation;
    }

    public String getCallerContact() {
        return callerContact;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** Records an ICE document the jail received for this person. */
    public Detainer receiveIceDocument(IceDocumentForm form, LocalDateTime issuedAt, Boolean servedOnPerson) {
        PlausibleDates.check("issuedAt", issuedAt);
        Detainer detainer = new Detainer(this, form, issuedAt, servedOnPerson);
        detainers.add(detainer);
        raise(new IceDocumentReceived(form.getCode()));
        return detainer;
    }

    /** True when an unlifted detainer asks the jail to hold the person: the case needs an ICE-hold check. */
    public boolean hasActiveHoldRequest() {
        return detainers.stream().anyMatch(Detainer::isActiveHoldRequest);
    }

    /**
     * Stores what the last screening found, replacing the earlier results: every finding with its own reason (a case
     * may hold several reasons of one kind, e.g. a conflict with each of two policy layers); the same finding with the
     * same reason is kept once.
     */
    public void recordScreening(EnforcementPriority priority, String ruleSet, DacaResult daca, boolean scaap,
                                Instant holdExpiresAt, List<CaseFinding> found, Instant at) {
        this.enforcementPriority = priority;
        this.priorityRuleSet = ruleSet;
        this.dacaResult = daca;
        this.scaapEligible = scaap;
        this.holdExpiresAt = holdExpiresAt;
        this.screenedAt = at;
        Set<CaseFinding> now = new java.util.LinkedHashSet<>(found);
        findings.retainAll(now);
        findings.addAll(now);
    }

    /** Records that the person left the facility's custody (release, transfer to ICE or elsewhere). */
    public void endCustody(CustodyEnd how, LocalDateTime at) {
        if (how == null) {
            throw new DomainRuleViolation("type", "amparo.validation.required");
        }
        if (at == null) {
            throw new DomainRuleViolation("at", "amparo.validation.required");
        }
        if (custodyEnd != null) {
            throw new DomainRuleViolation("type", "amparo.validation.custodyEnded");
        }
        if (bookedAt != null && at.isBefore(bookedAt)) {
            throw new DomainRuleViolation("at", "amparo.validation.beforeBooking");
        }
        this.custodyEnd = how;
        this.custodyEndedAt = at;
        raise(new CustodyEnded(how));
    }

    /** True while the person is still in the facility's custody as far as anyone told us. */
    public boolean isStillHeld() {
        return custodyEnd == null && status == CaseStatus.OPEN;
    }

    public LocalDateTime getCustodyEndedAt() {
        return custodyEndedAt;
    }

    public CustodyEnd getCustodyEnd() {
        return custodyEnd;
    }

    public EnforcementPriority getEnforcementPriority() {
        return enforcementPriority;
    }

    public String getPriorityRuleSet() {
        return priorityRuleSet;
    }

    public DacaResult getDacaResult() {
        return dacaResult;
    }

    public Boolean getScaapEligible() {
        return scaapEligible;
    }

    public Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public Set<CaseFinding> getFindings() {
        return Collections.unmodifiableSet(findings);
    }

    /** The most recent unlifted ICE request that asks for a hold, if any: the one an ICE-hold check verifies. */
    public java.util.Optional<Detainer> latestActiveHoldRequest() {
        Detainer latest = null;
        for (Detainer d : detainers) {
            if (d.isActiveHoldRequest()) {
                latest = d;
            }
        }
        return java.util.Optional.ofNullable(latest);
    }

    public void attachWorkflow(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The case now waits in this step, since this moment (a step entered again restarts its clock). */
    public void moveToStep(CaseStep step, Instant at) {
        this.workflowStep = step;
        this.stepEnteredAt = at;
    }

    public Instant getStepEnteredAt() {
        return stepEnteredAt;
    }

    public void assignAttorney(String attorney) {
        this.attorney = attorney;
        raise(new AttorneyAssigned());
    }

    /** Closes the case with its outcome. A closed case cannot be closed again. */
    public void close(CaseOutcome outcome, Instant at) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("The case is already closed");
        }
        if (outcome == null) {
            throw new DomainRuleViolation("outcome", "amparo.validation.required");
        }
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.closedAt = at;
        this.workflowStep = null;
        this.stepEnteredAt = null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Facility getFacility() {
        return facility;
    }

    public String getBookingNumber() {
        return bookingNumber;
    }

    public LocalDateTime getBookedAt() {
        return bookedAt;
    }

    public LocalDateTime getScheduledReleaseAt() {
        return scheduledReleaseAt;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CaseStep getWorkflowStep() {
        return workflowStep;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCaseworker() {
        return caseworker;
    }

    public String getAttorney() {
        return attorney;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public List<Detainer> getDetainers() {
        return Collections.unmodifiableList(detainers);
    }

    @Override
    public void refreshFingerprints(org.amparo.shared.domain.Fingerprints f) {
        String booking = org.amparo.shared.domain.Fingerprints.normaliseBooking(bookingNumber);
        bookingNumberIndex = booking == null ? null : f.of(org.amparo.shared.domain.Fingerprints.BOOKING_NUMBER, booking);
        String last4 = org.amparo.shared.domain.Fingerprints.lastFourDigits(bookingNumber);
        bookingNumberLast4Index = last4 == null ? null : f.of(org.amparo.shared.domain.Fingerprints.BOOKING_NUMBER_LAST4, last4);
    }
}
