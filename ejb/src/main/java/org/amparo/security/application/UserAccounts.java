package org.amparo.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.PasswordPolicy;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Use cases of a user's own account (password, language), and the accounts made at start-up. */
@Stateless
public class UserAccounts {

    private static final Set<String> LANGUAGES = Set.of("en", "es");
    /** The first administrator's username, as the README says. */
    public static final String FIRST_ADMIN = "admin";

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @jakarta.annotation.Resource
    SessionContext session;

    @Inject
    java.time.Clock clock;

    /** The active attorney accounts (username and display name) a supervisor can refer a case to. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public java.util.List<AccountOption> attorneys() {
        return options(Roles.ATTORNEY);
    }

    /** The active caseworker accounts a supervisor can give a case to. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public java.util.List<AccountOption> caseworkers() {
        return options(Roles.CASEWORKER);
    }

    /**
     * Whether {@code username} is an enabled account with the role: who a case or a referral may be given to.
     * False for no username.
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public boolean isActive(String username, String role) {
        return accounts.isActive(username, role);
    }

    /**
     * A demo account of a demo installation, at start-up ({@code DemoSetup} runs as {@link Roles#SYSTEM}): it keeps the
     * README's documented password, which the password policy does not judge, and is never asked to change it. Refused
     * on any installation that is not a demo.
     */
    @RolesAllowed(Roles.SYSTEM)
    public void createDemoAccount(String username, String displayName, char[] password, Set<String> roles) {
        if (!org.amparo.platform.Installation.demo()) {
            throw new IllegalStateException("Demo accounts exist on demo installations only");
        }
        checkNewUsername(username);
        java.util.OptionalInt cost = org.amparo.platform.Installation.demoPasswordCost();
        String hash = cost.isPresent() ? hasher.hash(password, cost.getAsInt()) : hasher.hash(password);
        accounts.add(new UserAccount(username, displayName, hash, roles));
        audit.record("user.created", "UserAccount", username, "roles=" + new java.util.TreeSet<>(roles) + ", demo=true");
    }

    /**
     * The first administrator of a new installation, at start-up, from {@code AMPARO_ADMIN_PASSWORD}: the password must
     * meet the policy, and the administrator must replace it at the first sign-in (it was written in the environment).
     * Not reachable from any page or API: no person has the system role.
     */
    @RolesAllowed(Roles.SYSTEM)
    @jakarta.interceptor.Interceptors(org.amparo.shared.domain.DomainRules.class)
    public void createFirstAdministrator(char[] password) {
        checkNewUsername(FIRST_ADMIN);
        PasswordPolicy.check("AMPARO_ADMIN_PASSWORD", password, FIRST_ADMIN);
        accounts.add(UserAccount.withTemporaryPassword(FIRST_ADMIN, "Administrator", hasher.hash(password), Set.of(Roles.ADMIN)));
        audit.record("user.created", "UserAccount", FIRST_ADMIN, "roles=[admin], mustChangePassword=true");
    }

    /**
     * The signed-in user replaces their own password: they type the current one (a session left open is not enough),
     * and the new one must meet the policy and differ from it. Clears "must change at next sign-in".
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    @jakarta.interceptor.Interceptors(org.amparo.shared.domain.DomainRules.class)
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        String username = session.getCallerPrincipal().getName();
        UserAccount me = accounts.find(username).orElseThrow(() -> new org.amparo.shared.domain.NotFoundException("account", username));
        if (currentPassword == null || !hasher.verify(currentPassword, me.passwordHash())) {
            throw validation.invalid("currentPassword", "amparo.validation.currentPassword");
        }
        PasswordPolicy.check("newPassword", newPassword, username);
        if (java.util.Arrays.equals(currentPassword, newPassword)) {
            throw validation.invalid("newPassword", "amparo.validation.passwordUnchanged");
        }
        me.changePassword(hasher.hash(newPassword), Instant.now(clock));
        audit.record("user.passwordChanged", "UserAccount", username, "by=self");
    }

    /** Whether the signed-in user must choose a new password before anything else. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public boolean mustChangePassword() {
        return accounts.find(session.getCallerPrincipal().getName()).map(UserAccount::mustChangePassword).orElse(false);
    }

    /** True when nobody can sign in yet. */
    @RolesAllowed(Roles.SYSTEM)
    public boolean noneExist() {
        return accounts.count() == 0;
    }

    /** The signed-in user's preferred language, if they chose one. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public Optional<Locale> preferredLocale() {
        UserAccount me = accounts.find(session.getCallerPrincipal().getName()).orElse(null);
        return me == null || me.getLocale() == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(me.getLocale()));
    }

    /** Remembers the language the signed-in user chose, for every later session. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public void choosePreferredLocale(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw validation.invalid("language", "amparo.validation.language", String.join(", ", LANGUAGES));
        }
        accounts.find(session.getCallerPrincipal().getName()).ifPresent(me -> me.setLocale(language));
    }

    private java.util.List<AccountOption> options(String role) {
        return accounts.activeWithRole(role).stream().map(a -> new AccountOption(a.username(), a.displayName())).toList();
    }

    private void checkNewUsername(String username) {
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw validation.invalid("username", "amparo.validation.username");
        }
        if (accounts.find(username).isPresent()) {
            throw validation.invalid("username", "amparo.validation.usernameTaken");
        }
    }
}
