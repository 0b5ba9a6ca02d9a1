package org.amparo.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One reminder for one person: shown in the application until read, and emailed when the person has an address and
 * wants this kind. It holds ids and times only, never a name or number: the texts are made when shown or sent, in the
 * reader's language.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** How often an email is tried before it is given up (the reminder still shows in the application). */
    public static final int MAX_EMAIL_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "subject_key", nullable = false, length = 120)
    private String subjectKey;

    @Column(name = "case_id")
    private Long caseId;

    /** The moment the reminder is about: the hold's expiry, the hearing; for a digest, when it was made. */
    @Column(name = "about_at")
    private Instant aboutAt;

    /** The zone the moment is read in (the facility's, the court's), so the text says the local time with its zone. */
    @Column(name = "zone", length = 40)
    private String zone;

    /** For a digest: how many overdue tasks. */
    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_state", nullable = false, length = 10)
    private EmailState emailState;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "email_claimed_at")
    private Instant emailClaimedAt;

    protected Notification() {
    }

    public Notification(String username, NotificationKind kind, String subjectKey, Long caseId, Instant aboutAt,
                        ZoneId zone, int itemCount, boolean email, Instant now) {
        this.username = username;
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.caseId = caseId;
        this.aboutAt = aboutAt;
        this.zone = zone == null ? null : zone.getId();
        this.itemCount = itemCount;
        this.createdAt = now;
        this.emailState = email ? EmailState.PENDING : EmailState.NONE;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void emailSent(Instant now) {
        emailState = EmailState.SENT;
        emailedAt = now;
        emailAttempts++;
    }

    /** The mail server refused or could not be reached: try again later, up to {@link #MAX_EMAIL_ATTEMPTS}. */
    public void emailFailed() {
        emailAttempts++;
        emailState = emailAttempts >= MAX_EMAIL_ATTEMPTS ? EmailState.FAILED : EmailState.PENDING;
    }

    /** The person has no address any more, or chose not to receive this kind by email: nothing to send. */
    public void emailNotWanted() {
        emailState = EmailState.NONE;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public NotificationKind getKind() { return kind; }
    public String getSubjectKey() { return subjectKey; }
    public Long getCaseId() { return caseId; }
    public Instant getAboutAt() { return aboutAt; }
    public ZoneId getZone() { return zone == null ? null : ZoneId.of(zone); }
    public int getItemCount() { return itemCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public EmailState getEmailState() { return emailState; }
    public int getEmailAttempts() { return emailAttempts; }
    public Instant getEmailedAt() { return emailedAt; }
}
