package org.amparo.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session of a staff account, on whichever server holds it, under a random handle (never the session's
 * id, which is as good as the password while it lasts). Ending it is a mark the holding server reads at the session's
 * next request; it then ends the session there. Its changes are conditional updates of one column each
 * ({@code JpaSignedInSessions}), so that a use recorded at the same moment never writes an end away.
 */
@Entity
@Table(name = "signed_in_session")
public class SignedInSession {

    /** How often the last use is written: a session in use is not written on every request. */
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Id
    @Column(name = "handle", length = 36)
    private String handle;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "via", nullable = false, length = 10)
    private String via;

    @Column(name = "node", nullable = false, length = 100)
    private String node;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SignedInSession() {
    }

    public SignedInSession(String handle, String username, String via, String node, Instant now, boolean mustChangePassword) {
        this.handle = Objects.requireNonNull(handle);
        this.username = Objects.requireNonNull(username);
        this.via = Objects.requireNonNull(via);
        this.node = Objects.requireNonNull(node);
        this.signedInAt = now;
        this.lastSeenAt = now;
        this.mustChangePassword = mustChangePassword;
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** Whether a use at this moment is to be written: at most once a {@link #TOUCH_EVERY}. */
    public boolean touchDue(Instant now) {
        return !lastSeenAt.plus(TOUCH_EVERY).isAfter(now);
    }

    public String getHandle() { return handle; }
    public String getUsername() { return username; }
    public String getVia() { return via; }
    public String getNode() { return node; }
    public Instant getSignedInAt() { return signedInAt; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public boolean isMustChangePassword() { return mustChangePassword; }
}
