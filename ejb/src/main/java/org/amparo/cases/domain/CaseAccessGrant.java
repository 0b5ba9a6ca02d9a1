package org.amparo.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Someone broke the glass: they opened a case outside their access, giving a reason, until {@code expiresAt}. */
@Entity
@Table(name = "case_access_grant")
public class CaseAccessGrant {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_access_grant_seq")
    @SequenceGenerator(name = "case_access_grant_seq", sequenceName = "case_access_grant_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected CaseAccessGrant() {
    }

    /**
     * The reason as it is kept, or empty when it says nothing: control characters (a NUL, which the audit trail would
     * keep as a meaningless reason) become spaces, the ends are trimmed, and what is left must be {@link #REASON_MIN} to
     * {@link #REASON_MAX} characters with a word in it (letters), not only digits or punctuation.
     */
    public static java.util.Optional<String> reason(String given) {
        String why = given == null ? "" : given.replaceAll("\\p{Cntrl}", " ").strip();
        boolean saysSomething = why.codePoints().filter(Character::isLetter).count() >= 2;
        return why.length() < REASON_MIN || why.length() > REASON_MAX || !saysSomething
                ? java.util.Optional.empty() : java.util.Optional.of(why);
    }

    public CaseAccessGrant(String username, long caseId, String reason, Instant grantedAt, Instant expiresAt) {
        this.username = username;
        this.caseId = caseId;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
