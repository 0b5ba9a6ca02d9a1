package org.amparo.security.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.PasswordPolicy;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An administrator's use cases on accounts: create, disable, re-enable, assign roles, reset a password. Every change
 * is audited with what changed (never a password). An administrator cannot disable their own account or take away
 * their own administrator role, so that an installation never loses its last way in by a slip.
 * <p>
 * Ending a user's sessions is the web layer's (the sessions are the server's); it tells {@link #recordSessionsEnded}.
 */
@Stateless
@Interceptors(DomainRules.class)
public class AccountAdministration {

    private static final String USERNAME = "[a-z0-9._-]{3,64}";
    /** Words of the accounts API's paths, which no account may be called. */
    private static final Set<String> RESERVED = Set.of("me", "sessions", "sign-in-work");

    @Inject
    InputValidation validation;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    org.amparo.audit.application.SubjectHistory trail;

    @Inject
    SignInWork work;

    /** Every account, by username. */
    @RolesAllowed(Roles.ADMIN)
    public List<AccountSummary> list() {
        return accounts.all().stream().map(AccountAdministration::summary).toList();
    }

    /** One account. */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary get(String username) {
        return summary(load(username));
    }

    /** A new account with a temporary password the user must replace at the first sign-in. */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary create(String username, String displayName, char[] temporaryPassword, Set<String> roles) {
        if (username == null || !username.matches(USERNAME)) {
            throw validation.invalid("username", "amparo.validation.username");
        }
        if (accounts.find(username).isPresent() || RESERVED.contains(username)) {
            throw validation.invalid("username", "amparo.validation.usernameTaken");
        }
        PasswordPolicy.check("password", temporaryPassword, username);
        UserAccount account = UserAccount.withTemporaryPassword(username, displayName == null ? null : displayName.trim(),
                hasher.hash(temporaryPassword), roles == null ? Set.of() : roles);
        accounts.add(account);
        audit.record("user.created", "UserAccount", username, "roles=" + new TreeSet<>(account.getRoles()));
        return summary(account);
    }

    /** Nobody can sign in with the account any more; the caller ends its sessions. */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary disable(String username) {
        UserAccount account = load(username);
        if (username.equals(me())) {
            throw new DomainRuleViolation("username", "amparo.validation.ownAccount");
        }
        if (account.isEnabled()) {
            account.disable();
            audit.record("user.disabled", "UserAccount", username, null);
        }
        return summary(account);
    }

    /** The account may sign in again, with the password it had. */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary enable(String username) {
        UserAccount account = load(username);
        if (!account.isEnabled()) {
            account.enable();
            audit.record("user.enabled", "UserAccount", username, null);
        }
        return summary(account);
    }

    /** Replaces the account's roles; they apply from the user's next sign-in (the caller ends the current sessions). */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary assignRoles(String username, Set<String> roles) {
        UserAccount account = load(username);
        Set<String> before = new TreeSet<>(account.getRoles());
        if (username.equals(me()) && (roles == null || !roles.contains(Roles.ADMIN))) {
            throw new DomainRuleViolation("roles", "amparo.validation.ownAdminRole");
        }
        account.assignRoles(roles);
        Set<String> after = new TreeSet<>(account.getRoles());
        if (!before.equals(after)) {
            audit.record("user.rolesChanged", "UserAccount", username, "before=" + before + ", after=" + after);
        }
        return summary(account);
    }

    /**
     * Sets a temporary password, which the user must replace at the next sign-in (the caller ends the current
     * sessions). The administrator tells the user the temporary password by a channel of their own.
     */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary resetPassword(String username, char[] temporaryPassword) {
        UserAccount account = load(username);
        PasswordPolicy.check("password", temporaryPassword, username);
        account.resetPassword(hasher.hash(temporaryPassword), Instant.now(clock));
        audit.record("user.passwordReset", "UserAccount", username, "mustChangePassword=true");
        return summary(account);
    }

    /**
     * Ends an account's link to the organisation's identity provider, for an organisation going back to local
     * accounts: the person can then be given a temporary password ({@link #resetPassword}). Ending a link that is not
     * there changes nothing and records nothing.
     */
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary endProviderLink(String username) {
        UserAccount account = load(username);
        if (account.isProviderLinked()) {
            account.endProviderLink();
            audit.record("user.providerLinkEnded", "UserAccount", username, null);
        }
        return summary(account);
    }

    /** Audits sessions the administrator ended (by hand, or because the account was disabled or changed). */
    @RolesAllowed(Roles.ADMIN)
    public void recordSessionsEnded(String username, int count, String reason) {
        if (count > 0) {
            audit.record("user.sessionsEnded", "UserAccount", username, "count=" + count + ", reason=" + reason);
        }
    }

    /**
     * The audit trail of a username, newest first: its sign-ins (successful, failed, throttled) and the changes to its
     * account. Failed sign-ins with a username no account had are found by their keyed hash, as they were recorded.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<org.amparo.audit.application.SubjectHistory.Entry> history(String username, int max) {
        String name = username == null ? "" : username.trim();
        return trail.about("UserAccount", List.of(name, work.keyedHash(name)), max);
    }

    private UserAccount load(String username) {
        return accounts.find(username == null ? "" : username).orElseThrow(() -> new NotFoundException("account", username));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    static AccountSummary summary(UserAccount a) {
        return new AccountSummary(a.getUsername(), a.getDisplayName(), List.copyOf(new TreeSet<>(a.getRoles())), a.isEnabled(),
                a.mustChangePassword(), a.getCreatedAt(), a.getPasswordChangedAt(), a.isProviderLinked());
    }
}
