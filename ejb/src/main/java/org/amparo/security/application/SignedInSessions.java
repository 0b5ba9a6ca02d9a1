package org.amparo.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.jobs.infrastructure.JobStore;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.SignedInSession;
import org.amparo.security.infrastructure.JpaSignedInSessions;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in sessions of every server sharing the database. The web layer begins one at each sign-in and asks at
 * each request of a signed-in session whether it still holds; an administrator lists them and ends them (one, or all
 * of an account's when it is disabled, reset or given other roles), whichever server holds them. Staff accounts
 * only; nothing about the people in the files.
 */
@Stateless
public class SignedInSessions {

    /** A session unused this long has timed out on its server (the web module's session timeout, 30 minutes). */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** Rows of sessions whose server died without telling the table are forgotten after this. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** A signed-in session as an administrator sees it. */
    public record Info(String handle, String username, String via, Instant signedInAt, Instant lastAccessedAt, String server)
            implements Serializable {
    }

    /** What a session's next request must do. */
    public enum Standing { GOING, MUST_CHANGE_PASSWORD, ENDED }

    @Inject
    JpaSignedInSessions store;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext caller;

    /** A sign-in just succeeded on this server (the caller is the web layer's sign-in); the session's new handle. */
    @PermitAll
    public String begin(String username, String via, boolean mustChangePassword) {
        Instant now = clock.instant();
        store.forgetUnusedSince(now.minus(FORGET_AFTER));
        String handle = UUID.randomUUID().toString();
        store.add(new SignedInSession(handle, username, via, JobStore.thisNode(), now, mustChangePassword));
        return handle;
    }

    /** How the session with this handle stands; its use is recorded (at most once a minute). */
    @PermitAll
    public Standing standing(String handle) {
        Optional<SignedInSession> found = store.find(handle);
        if (found.isEmpty() || found.get().ended()) {
            return Standing.ENDED;
        }
        Instant now = clock.instant();
        if (found.get().touchDue(now)) {
            store.touch(handle, now, now.minus(SignedInSession.TOUCH_EVERY));
        }
        return found.get().isMustChangePassword() ? Standing.MUST_CHANGE_PASSWORD : Standing.GOING;
    }

    /** The session ended on its server (signed out or timed out). */
    @PermitAll
    public void forget(String handle) {
        store.remove(handle);
    }

    /** Every session still going, on every server, the most recently used first. */
    @RolesAllowed(Roles.ADMIN)
    public List<Info> list() {
        return store.going(clock.instant().minus(IDLE).minus(SignedInSession.TOUCH_EVERY)).stream()
                .map(s -> new Info(s.getHandle(), s.getUsername(), s.getVia(), s.getSignedInAt(), s.getLastSeenAt(), s.getNode()))
                .toList();
    }

    /** Ends the session with this handle; the username it was signed in as, if it was still going. */
    @RolesAllowed(Roles.ADMIN)
    public Optional<String> end(String handle) {
        Optional<String> username = store.find(handle).map(SignedInSession::getUsername);
        return username.filter(u -> store.end(handle, clock.instant()));
    }

    /** Ends every session of the account (disabled, reset, given other roles); how many. */
    @RolesAllowed(Roles.ADMIN)
    public int endAllOf(String username) {
        return store.endAllOf(username, clock.instant());
    }

    /** The caller chose their own password: none of their sessions is held on the password page any more. */
    @PermitAll
    public void passwordChosen() {
        store.passwordChosen(caller.getCallerPrincipal().getName());
    }
}
