package org.amparo.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Use cases around user accounts: creating them and remembering each user's language. */
@Stateless
public class UserAccounts {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

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

    /** Creates an account. Only an administrator may. */
    @RolesAllowed(Roles.ADMIN)
    public void create(String username, String displayName, char[] password, Set<String> roles) {
        createAccount(username, displayName, password, roles);
    }

    /**
     * Creates an account without a signed-in administrator: for the first administrator of a new
     * installation and for the demo set-up, both at start-up ({@code DemoSetup} runs as {@link Roles#SYSTEM}).
     * Not reachable from any page or API: no person has the system role.
     */
    @RolesAllowed(Roles.SYSTEM)
    public void createAtStartup(String username, String displayName, char[] password, Set<String> roles) {
        createAccount(username, displayName, password, roles);
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
        if (!LANGUAGES.contains(language)) {
            throw validation.invalid("language", "amparo.validation.language", String.join(", ", LANGUAGES));
        }
        accounts.find(session.getCallerPrincipal().getName()).ifPresent(me -> me.setLocale(language));
    }

    private java.util.List<AccountOption> options(String role) {
        return accounts.activeWithRole(role).stream().map(a -> new AccountOption(a.username(), a.displayName())).toList();
    }

    private void createAccount(String username, String displayName, char[] password, Set<String> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw validation.invalid("username", "amparo.validation.username");
        }
        if (password == null || password.length < 8) {
            throw validation.invalid("password", "amparo.validation.passwordLength", 8);
        }
        if (accounts.find(username).isPresent()) {
            throw validation.invalid("username", "amparo.validation.usernameTaken");
        }
        accounts.add(new UserAccount(username, displayName, hasher.hash(password), roles));
        audit.record("user.created", "UserAccount", username, "roles=" + roles);
    }
}
