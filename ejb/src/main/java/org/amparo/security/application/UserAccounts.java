package org.amparo.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;
import org.amparo.shared.domain.InvalidInputException;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Use cases around user accounts: creating them and remembering each user's language. */
@Stateless
public class UserAccounts {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @jakarta.annotation.Resource
    SessionContext session;

    /** The active attorney accounts (username and display name) a supervisor can refer a case to. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public java.util.List<AccountOption> attorneys() {
        return em.createQuery("""
                        select new org.amparo.security.application.AccountOption(u.username, u.displayName)
                        from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.displayName""",
                AccountOption.class).setParameter("role", Roles.ATTORNEY).getResultList();
    }

    /** The active caseworker accounts a supervisor can give a case to. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public java.util.List<AccountOption> caseworkers() {
        return em.createQuery("""
                        select new org.amparo.security.application.AccountOption(u.username, u.displayName)
                        from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.displayName""",
                AccountOption.class).setParameter("role", Roles.CASEWORKER).getResultList();
    }

    /** Creates an account. Only an administrator may. */
    @RolesAllowed(Roles.ADMIN)
    public void create(String username, String displayName, char[] password, Set<String> roles) {
        createAccount(username, displayName, password, roles);
    }

    /**
     * Creates an account without a signed-in administrator: for the first administrator of a new
     * installation and for the demo set-up, both at start-up. Not reachable from any page or API.
     */
    @PermitAll
    public void createAtStartup(String username, String displayName, char[] password, Set<String> roles) {
        createAccount(username, displayName, password, roles);
    }

    /** True when nobody can sign in yet. */
    @PermitAll
    /** Whether an enabled account of that name holds the role (an attorney to refer to, a caseworker to assign). */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public boolean isActive(String username, String role) {
        return em.createQuery("""
                select count(u) from UserAccount u join u.roles r
                where u.username = :name and u.enabled = true and r = :role""", Long.class)
                .setParameter("name", username).setParameter("role", role).getSingleResult() > 0;
    }

    public boolean noneExist() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0;
    }

    /** The signed-in user's preferred language, if they chose one. */
    @PermitAll
    public Optional<Locale> preferredLocale() {
        UserAccount me = em.find(UserAccount.class, session.getCallerPrincipal().getName());
        return me == null || me.getLocale() == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(me.getLocale()));
    }

    /** Remembers the language the signed-in user chose, for every later session. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public void choosePreferredLocale(String language) {
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "Amparo speaks " + LANGUAGES);
        }
        UserAccount me = em.find(UserAccount.class, session.getCallerPrincipal().getName());
        if (me != null) {
            me.setLocale(language);
        }
    }

    private void createAccount(String username, String displayName, char[] password, Set<String> roles) {
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw InvalidInputException.of("username", "3 to 64 lower-case letters, digits, dots, dashes or underscores");
        }
        if (password == null || password.length < 8) {
            throw InvalidInputException.of("password", "At least 8 characters");
        }
        if (em.find(UserAccount.class, username) != null) {
            throw InvalidInputException.of("username", "This username is taken");
        }
        em.persist(new UserAccount(username, displayName, hasher.hash(password), roles));
        audit.record("user.created", "UserAccount", username, "roles=" + roles);
    }
}
