package org.amparo.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.amparo.security.application.AccountAdministration;
import org.amparo.security.application.AccountSummary;
import org.amparo.security.application.SignIns;
import org.amparo.security.application.SignedInSessions;
import org.amparo.security.application.SignInWork;
import org.amparo.security.application.UserAccounts;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts. An administrator lists, creates, disables, re-enables, assigns roles and resets passwords, and lists and
 * ends signed-in sessions; everyone changes their own password ({@code PUT v1/accounts/me/password}) and language ({@code PUT v1/accounts/me/language}). Disabling an
 * account, resetting its password or changing its roles ends its sessions, so the change applies at once.
 * Passwords are accepted in request bodies only, never in the URL, and never returned.
 */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** A new account: the password is temporary, to be replaced by the user at the first sign-in. */
    public static class NewAccount {
        public String username;
        public String displayName;
        public String password;
        public Set<String> roles;
    }

    /** A password an administrator sets: temporary. */
    public static class PasswordReset {
        public String password;
    }

    /** The roles an account has from now on. */
    public static class RoleAssignment {
        public Set<String> roles;
    }

    /** The caller's own password change. */
    public static class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    @Inject
    AccountAdministration administration;

    @Inject
    UserAccounts accounts;

    @Inject
    SignIns signIns;

    @Inject
    SignedInSessions sessions;

    @GET
    @Consumes(MediaType.WILDCARD)
    public List<AccountSummary> list() {
        return administration.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount body, @Context UriInfo uri) {
        NewAccount b = body == null ? new NewAccount() : body;
        AccountSummary created = administration.create(b.username, b.displayName, chars(b.password), b.roles);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Path("{username}")
    @Consumes(MediaType.WILDCARD)
    public AccountSummary get(@PathParam("username") String username) {
        return administration.get(username);
    }

    /** The username's audit trail, newest first: sign-ins (also failed ones, for usernames no account has) and changes. */
    @GET
    @Path("{username}/history")
    @Consumes(MediaType.WILDCARD)
    public List<org.amparo.audit.application.SubjectHistory.Entry> history(@PathParam("username") String username,
                                                                 @jakarta.ws.rs.QueryParam("max") @jakarta.ws.rs.DefaultValue("100") int max) {
        return administration.history(username, max);
    }

    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.WILDCARD)
    public AccountSummary disable(@PathParam("username") String username) {
        AccountSummary changed = administration.disable(username);
        administration.recordSessionsEnded(username, sessions.endAllOf(username), "disabled");
        return changed;
    }

    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.WILDCARD)
    public AccountSummary enable(@PathParam("username") String username) {
        return administration.enable(username);
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountSummary assignRoles(@PathParam("username") String username, RoleAssignment body) {
        AccountSummary changed = administration.assignRoles(username, body == null ? null : body.roles);
        administration.recordSessionsEnded(username, sessions.endAllOf(username), "rolesChanged");
        return changed;
    }

    @POST
    @Path("{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountSummary resetPassword(@PathParam("username") String username, PasswordReset body) {
        AccountSummary changed = administration.resetPassword(username, chars(body == null ? null : body.password));
        administration.recordSessionsEnded(username, sessions.endAllOf(username), "passwordReset");
        return changed;
    }

    /**
     * Ends the account's link to the organisation's identity provider (an organisation going back to local accounts),
     * so that a temporary password can be set. Idempotent.
     */
    @DELETE
    @Path("{username}/provider-link")
    @Consumes(MediaType.WILDCARD)
    public AccountSummary endProviderLink(@PathParam("username") String username) {
        return administration.endProviderLink(username);
    }

    /** The signed-in sessions of every server sharing the database (admin). */
    @GET
    @Path("sessions")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public List<SignedInSessions.Info> sessions() {
        return sessions.list();
    }

    /** Ends one session (admin); the next request of its browser must sign in again. */
    @DELETE
    @Path("sessions/{handle}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public Response endSession(@PathParam("handle") String handle) {
        String username = sessions.end(handle).orElseThrow(() -> new NotFoundException("session", "?"));
        administration.recordSessionsEnded(username, 1, "endedByAdministrator");
        return Response.noContent().build();
    }

    /**
     * Since the server started: sign-ins refused after verifying the dummy hash (unknown or disabled usernames), and
     * sign-ins whose password went to the server to verify against an account's hash (admin).
     */
    @GET
    @Path("sign-in-work")
    @Consumes(MediaType.WILDCARD)
    public SignInWork.Counts signInWork() {
        return signIns.work();
    }

    /** {@code {"language": "es"}}: a body of its own, not a map (which read whatever a client nested in it). */
    public record LanguageChoice(String language) {
    }

    /** The caller's language for pages, reminders and emails: {@code {"language": "en"}} or {@code "es"}. */
    @PUT
    @Path("me/language")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response chooseLanguage(LanguageChoice body) {
        accounts.choosePreferredLocale(body == null ? null : body.language());
        return Response.noContent().build();
    }

    /** The caller changes their own password: the current one and the new one. */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeOwnPassword(PasswordChange body, @Context jakarta.servlet.http.HttpServletRequest request) {
        PasswordChange b = body == null ? new PasswordChange() : body;
        accounts.changeOwnPassword(chars(b.currentPassword), chars(b.newPassword));
        sessions.passwordChosen();
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(org.amparo.web.security.SignInGate.MUST_CHANGE_PASSWORD);
        }
        return Response.noContent().build();
    }

    /** Who the caller is: username, display name and roles, whether they must change the password. */
    @GET
    @Path("me")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> me(@Context jakarta.ws.rs.core.SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        return Map.of("username", name, "mustChangePassword", accounts.mustChangePassword(),
                "roles", Roles.ALL.stream().filter(security::isUserInRole).toList());
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }
}
