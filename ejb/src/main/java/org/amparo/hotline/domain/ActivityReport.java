package org.amparo.hotline.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.shared.domain.DomainRuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An enforcement-activity report (DOMAIN.md section 6, the hotline questionnaire): a call about an event rather than
 * one person. When and where, in which jurisdiction; the kinds of ICE activity and of local participation; the
 * agencies; comments; the caller (identity only with consent); the people detained, each of whom can become a case.
 * <p>
 * A report is unverified until someone checks it (who, when and how are kept), or is marked a false report. It shows
 * as a current alert until its alert expiry, never when it is false.
 */
@Entity
@Table(name = "activity_report")
public class ActivityReport {

    /** How long a report shows as a current alert when the caller gives no other expiry. */
    public static final Duration DEFAULT_ALERT = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_report_seq")
    @SequenceGenerator(name = "activity_report_seq", sequenceName = "activity_report_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "place", nullable = false, length = 300)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false)
    private Jurisdiction jurisdiction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_report_ice_activity", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 40)
    private Set<IceActivity> iceActivities = EnumSet.noneOf(IceActivity.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_report_local_part", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "participation", nullable = false, length = 40)
    private Set<LocalParticipation> localParticipation = EnumSet.noneOf(LocalParticipation.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_report_agency", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "agency", nullable = false, length = 20)
    private Set<Agency> agencies = EnumSet.noneOf(Agency.class);

    @Column(name = "comments", length = 8000)
    @Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String comments;

    @jakarta.persistence.Embedded
    private CallerIdentity caller;

    @ElementCollection(fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 100) // the search reads many reports' people: in batches, not one by one
    @CollectionTable(name = "activity_report_person", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportedPerson> people = new ArrayList<>();

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification", nullable = false, length = 20)
    private Verification verification = Verification.UNVERIFIED;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_method", length = 500)
    private String verificationMethod;

    @Column(name = "alert_expires_at", nullable = false)
    private Instant alertExpiresAt;

    protected ActivityReport() {
    }

    public ActivityReport(Instant occurredAt, String place, Jurisdiction jurisdiction, Set<IceActivity> iceActivities,
                          Set<LocalParticipation> localParticipation, Set<Agency> agencies, String comments,
                          boolean callerConsented, String callerName, String callerContact, List<ReportedPerson> people,
                          Instant alertExpiresAt, String reportedBy, Instant now) {
        if (occurredAt.isAfter(now.plusSeconds(300))) {
            throw new DomainRuleViolation("occurredAt", "amparo.validation.callInFuture");
        }
        if ((iceActivities == null || iceActivities.isEmpty()) && (localParticipation == null || localParticipation.isEmpty())) {
            throw new DomainRuleViolation("iceActivities", "amparo.validation.activityNeeded");
        }
        CallerIdentity identity = CallerIdentity.of(callerConsented, callerName, callerContact);
        Instant expiry = alertExpiresAt == null ? occurredAt.plus(DEFAULT_ALERT) : alertExpiresAt;
        if (expiry.isBefore(occurredAt)) {
            throw new DomainRuleViolation("alertExpiresAt", "amparo.validation.expiryBeforeEvent");
        }
        this.occurredAt = occurredAt;
        this.place = place.trim();
        this.jurisdiction = jurisdiction;
        if (iceActivities != null) {
            this.iceActivities.addAll(iceActivities);
        }
        if (localParticipation != null) {
            this.localParticipation.addAll(localParticipation);
        }
        if (agencies != null) {
            this.agencies.addAll(agencies);
        }
        this.comments = blankToNull(comments);
        this.caller = identity;
        if (people != null) {
            this.people.addAll(people);
        }
        this.alertExpiresAt = expiry;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    /** Someone checked the report (or found it false): who, when and how are kept. */
    public void verify(Verification state, String method, String by, Instant at) {
        if (state == null || state == Verification.UNVERIFIED) {
            throw new DomainRuleViolation("state", "amparo.validation.verificationState");
        }
        if (method == null || method.isBlank()) {
            throw new DomainRuleViolation("method", "amparo.validation.required");
        }
        this.verification = state;
        this.verificationMethod = method.trim();
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    /**
     * Whether the search box finds this report: every query word (folded, see {@link org.amparo.shared.domain.SearchText})
     * starts a word of a person it names, of its place or of its jurisdiction's name, in any order.
     */
    public boolean isFoundBy(java.util.Collection<String> queryWords) {
        if (queryWords.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder(place == null ? "" : place);
        if (jurisdiction != null) {
            text.append(' ').append(jurisdiction.getName());
        }
        for (ReportedPerson person : people) {
            text.append(' ').append(person.getFamilyName()).append(' ').append(person.getGivenNames() == null ? "" : person.getGivenNames());
        }
        java.util.Set<String> words = org.amparo.shared.domain.SearchText.words(text.toString());
        return queryWords.stream().allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)));
    }

    /** Whether the report still shows as a current alert: not false, and its alert has not expired. */
    public boolean isCurrent(Instant now) {
        return verification != Verification.FALSE_REPORT && now.isBefore(alertExpiresAt);
    }

    /** The person at {@code index} (from 0) became case {@code caseId}. */
    public ReportedPerson caseOpenedFor(int index, long caseId) {
        ReportedPerson person = person(index);
        if (person.getCaseId() != null) {
            throw new DomainRuleViolation("person", "amparo.validation.caseAlreadyOpened", person.getCaseId());
        }
        person.caseOpened(caseId);
        return person;
    }

    public ReportedPerson person(int index) {
        if (index < 0 || index >= people.size()) {
            throw new DomainRuleViolation("person", "amparo.validation.noSuchPerson");
        }
        return people.get(index);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public Set<IceActivity> getIceActivities() {
        return Collections.unmodifiableSet(iceActivities);
    }

    public Set<LocalParticipation> getLocalParticipation() {
        return Collections.unmodifiableSet(localParticipation);
    }

    public Set<Agency> getAgencies() {
        return Collections.unmodifiableSet(agencies);
    }

    public String getComments() {
        return comments;
    }

    public boolean isCallerConsented() {
        return caller.consented();
    }

    public String getCallerName() {
        return caller.name();
    }

    public String getCallerContact() {
        return caller.contact();
    }

    public List<ReportedPerson> getPeople() {
        return Collections.unmodifiableList(people);
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerificationMethod() {
        return verificationMethod;
    }

    public Instant getAlertExpiresAt() {
        return alertExpiresAt;
    }
}
