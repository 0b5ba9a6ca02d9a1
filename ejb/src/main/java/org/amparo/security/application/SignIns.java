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

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

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

    /** What becomes of a sign-in through the organisation's identity provider (OpenID Connect). */
    public enum ProviderOutcome {
        /** The local record exists (made now if it did not), is enabled, and carries the provider's roles. */
        ADMITTED,
        /** An administrator disabled the local record: the provider's word is not enough. */
        DISABLED
    }

    /**
     * The caller signed in through the organisation's OpenID Connect provider (WildFly's {@code elytron-oidc-client};
     * their roles are the token's, already mapped to Amparo's names by the provider). Amparo keeps its own record of
     * every user (language, teams, who a case can be given to, the audit's subject), so a first sign-in makes one
     * just in time, linked by username: it has no password anyone knows (a bcrypt hash of random bytes), so it cannot
     * sign in through the local form. Each later sign-in brings the record's roles in line with the provider's.
     * <p>
     * Only the caller's own record, with no more roles than the caller has: nobody can make another account here.
     *
     * @param displayName the provider's {@code name} claim, or null (the username stands in)
     * @param address     the request's address, for the audit
     * @param audited     whether this is a new sign-in (a new session) to record as {@code signin.succeeded}
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public ProviderOutcome signedInThroughProvider(String displayName, String address, boolean audited) {
        String username = session.getCallerPrincipal().getName();
        java.util.Set<String> roles = new java.util.TreeSet<>();
        for (String role : Roles.ALL) {
            if (session.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        Optional<UserAccount> existing = accounts.find(username);
        if (existing.isPresent() && !existing.get().isEnabled()) {
            if (audited) {
                audit.record("signin.failed", "UserAccount", username, detail(address, "oidc", "account=disabled"));
            }
            return ProviderOutcome.DISABLED;
        }
        if (existing.isEmpty()) {
            String name = displayName == null || displayName.isBlank() ? username
                    : displayName.strip().substring(0, Math.min(120, displayName.strip().length()));
            accounts.add(UserAccount.linkedToProvider(username, name, unknowablePasswordHash(), roles));
            audit.record("user.created", "UserAccount", username, "roles=" + roles + ", provider=oidc");
        } else {
            if (existing.get().linkToProvider(this::unknowablePasswordHash)) {
                audit.record("user.providerLinked", "UserAccount", username, "provider=oidc");
            }
            if (!existing.get().getRoles().equals(roles)) {
                String before = new java.util.TreeSet<>(existing.get().getRoles()).toString();
                existing.get().assignRoles(roles);
                audit.record("user.rolesChanged", "UserAccount", username, "before=" + before + ", after=" + roles + ", provider=oidc");
            }
        }
        if (audited) {
            audit.record("signin.succeeded", "UserAccount", username, detail(address, "oidc", null));
        }
        return ProviderOutcome.ADMITTED;
    }

    /** The bcrypt hash of 32 random characters nobody is told: a password no one can type. */
    private String unknowablePasswordHash() {
        char[] nobodyKnows = new char[32];
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < nobodyKnows.length; i++) {
            nobodyKnows[i] = (char) ('!' + random.nextInt(94));
        }
        return hasher.hash(nobodyKnows);
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
