package org.amparo.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What one person receives and where: an email address, which optional reminders go by email, whether a supervisor
 * is on call, and the personal calendar feed (its secret is kept only as a hash). A person without settings has no
 * address and receives the reminders in the application only.
 */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    /** Enough to catch a typing slip; the mail server is the judge of the rest. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Version
    private int version;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "on_call", nullable = false)
    private boolean onCall;

    @Column(name = "court_dates_by_email", nullable = false)
    private boolean courtDatesByEmail = true;

    @Column(name = "task_digest_by_email", nullable = false)
    private boolean taskDigestByEmail = true;

    @Column(name = "feed_secret_hash", length = 64)
    private String feedSecretHash;

    @Column(name = "feed_created_at")
    private Instant feedCreatedAt;

    @Column(name = "last_digest_on")
    private LocalDate lastDigestOn;

    protected NotificationSettings() {
    }

    public NotificationSettings(String username) {
        this.username = username;
    }

    /** A new address (blank: none). */
    public void changeEmail(String address) {
        String a = address == null ? null : address.strip();
        if (a == null || a.isEmpty()) {
            email = null;
            return;
        }
        if (a.length() > 254 || !EMAIL.matcher(a).matches()) {
            throw new DomainRuleViolation("email", "amparo.validation.email");
        }
        email = a;
    }

    /** Which optional reminders go by email. Hold alerts always do when there is an address. */
    public void chooseEmails(boolean courtDates, boolean taskDigest) {
        this.courtDatesByEmail = courtDates;
        this.taskDigestByEmail = taskDigest;
    }

    /** Only a supervisor can be on call: the caller checks the role, as the roles are the accounts'. */
    public void setOnCall(boolean onCall) {
        this.onCall = onCall;
    }

    /** Whether a reminder of this kind goes to this person by email. */
    public boolean emails(NotificationKind kind) {
        if (email == null) {
            return false;
        }
        return switch (kind) {
            case HOLD_EXPIRING -> true;
            case COURT_DATE -> courtDatesByEmail;
            case OVERDUE_TASKS -> taskDigestByEmail;
        };
    }

    /** A new feed secret (its hash): the old link stops working. */
    public void newFeed(String secretHash, Instant now) {
        this.feedSecretHash = secretHash;
        this.feedCreatedAt = now;
    }

    public void removeFeed() {
        this.feedSecretHash = null;
        this.feedCreatedAt = null;
    }

    public void digestSent(LocalDate day) {
        this.lastDigestOn = day;
    }

    public String getUsername() { return username; }
    public int getVersion() { return version; }
    public String getEmail() { return email; }
    public boolean isOnCall() { return onCall; }
    public boolean isCourtDatesByEmail() { return courtDatesByEmail; }
    public boolean isTaskDigestByEmail() { return taskDigestByEmail; }
    public boolean hasFeed() { return feedSecretHash != null; }
    public Instant getFeedCreatedAt() { return feedCreatedAt; }
    public LocalDate getLastDigestOn() { return lastDigestOn; }
}
