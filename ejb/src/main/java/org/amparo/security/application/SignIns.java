package org.amparo.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.SignInThrottle;
import org.amparo.security.domain.UserAccount;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in's own rules, around the server's check of the password (pages and API alike): the throttle, the same
 * work for an unknown username as for a wrong password, and the audit of every attempt.
 * <p>
 * A sign-in is, by nature, made by someone not signed in yet: {@link #admit}, {@link #failed} and {@link #succeeded}
 * are therefore the application's only {@code @PermitAll} methods that write, and all they write is the audit record
 * and the throttle's memory. The audit names an existing account by its username (its id); a username no account has
 * is recorded as a keyed hash ({@link SignInWork#keyedHash}), never as the text typed, which may be a password typed in
 * the wrong field. Passwords are never recorded anywhere.
 */
@Stateless
public class SignIns {

    /** What the web layer does with an attempt. */
    public enum Admission {
        /** An enabled account: let the server's security domain check the password (it verifies the bcrypt hash). */
        CHECK_PASSWORD,
        /** No enabled account has this username: already verified against the dummy hash and recorded as failed. */
        REFUSED,
        /** Too many recent failures for this username or address: nothing was checked. */
        THROTTLED
    }

    /** The admission, and for {@link Admission#THROTTLED} the seconds to wait. */
    public record Attempt(Admission admission, long retryAfterSeconds) {
    }

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInWork work;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Judges an attempt before the password is checked. For an unknown username, the password is checked here. */
    @PermitAll
    public Attempt admit(String username, char[] password, String address, String via) {
        Instant now = Instant.now(clock);
        SignInThrottle.Decision decision = work.throttle().check(username, address, now);
        Optional<UserAccount> account = accounts.find(username == null ? "" : username).filter(UserAccount::isEnabled);
        if (!decision.allowed()) {
            audit.record("signin.throttled", "UserAccount", subject(username), detail(address, via, "retryAfter=" + decision.retryAfterSeconds()));
            return new Attempt(Admission.THROTTLED, decision.retryAfterSeconds());
        }
        if (account.isEmpty()) {
            hasher.verifyAgainstDummy(password);
            work.dummyHashVerified();
            work.throttle().failed(username, address, now);
            audit.record("signin.failed", "UserAccount", subject(username), detail(address, via, "account=none"));
            return new Attempt(Admission.REFUSED, 0);
        }
        work.accountHashHandedOver();
        return new Attempt(Admission.CHECK_PASSWORD, 0);
    }

    /** The server refused the password of an existing account. */
    @PermitAll
    public void failed(String username, String address, String via) {
        work.throttle().failed(username, address, Instant.now(clock));
        audit.record("signin.failed", "UserAccount", subject(username), detail(address, via, "account=yes"));
    }

    /**
     * The server accepted the password: the username's failures are forgotten.
     *
     * @return whether the user must choose a new password before anything else
     */
    @PermitAll
    public boolean succeeded(String username, String address, String via) {
        work.throttle().succeeded(username);
        audit.record("signin.succeeded", "UserAccount", username, detail(address, via, null));
        return accounts.find(username).map(UserAccount::mustChangePassword).orElse(false);
    }

    /**
     * How many sign-ins were refused after verifying the dummy hash, and how many were handed to the server to verify
     * an account's hash, since the server started: evidence, without timing, that both cost a bcrypt verification.
     */
    @RolesAllowed(Roles.ADMIN)
    public SignInWork.Counts work() {
        return work.counts();
    }

    /** The audit's subject: the account's id where the account exists, else a keyed hash of what was typed. */
    private String subject(String username) {
        if (username != null && accounts.find(username).isPresent()) {
            return username;
        }
        return work.keyedHash(username == null ? "" : username);
    }

    private static String detail(String address, String via, String more) {
        return "via=" + via + ", address=" + address + (more == null ? "" : ", " + more);
    }
}
