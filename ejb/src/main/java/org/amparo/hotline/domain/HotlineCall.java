package org.amparo.hotline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * One call the hotline took: when, what about, in which language, what came of it and who took it. The caller's
 * identity is kept only when the caller agreed to leave it (a frightened caller often will not); without that
 * consent there is no name and no contact, by rule. Name and contact are encrypted at rest.
 */
@Entity
@Table(name = "hotline_call")
@Audited
public class HotlineCall {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hotline_call_seq")
    @SequenceGenerator(name = "hotline_call_seq", sequenceName = "hotline_call_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "taken_by", nullable = false, length = 64)
    private String takenBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CallKind kind;

    @Column(name = "language", length = 40)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 30)
    private CallOutcome outcome;

    @Column(name = "minutes")
    private Integer minutes;

    @Column(name = "case_id")
    private Long caseId;

    @jakarta.persistence.Embedded
    private CallerIdentity caller;

    protected HotlineCall() {
    }

    /**
     * A call as the volunteer logs it. A name or contact without the caller's consent is refused: the log holds no
     * identity the caller did not agree to leave. A call cannot be received in the future.
     */
    public HotlineCall(Instant receivedAt, String takenBy, CallKind kind, String language, CallOutcome outcome,
                       Integer minutes, Long caseId, boolean callerConsented, String callerName, String callerContact,
                       Instant now) {
        if (receivedAt.isAfter(now.plusSeconds(300))) {
            throw new DomainRuleViolation("receivedAt", "amparo.validation.callInFuture");
        }
        CallerIdentity identity = CallerIdentity.of(callerConsented, callerName, callerContact);
        this.receivedAt = receivedAt;
        this.takenBy = takenBy;
        this.kind = kind;
        this.language = blankToNull(language);
        this.outcome = outcome;
        this.minutes = minutes;
        this.caseId = caseId;
        this.caller = identity;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public CallKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public Long getCaseId() {
        return caseId;
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
}
