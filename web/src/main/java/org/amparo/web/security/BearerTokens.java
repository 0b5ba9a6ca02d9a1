package org.amparo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.amparo.security.application.PersonalAccessTokens;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.authz.Roles;

import java.io.IOException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code Authorization: Bearer <token>} for the API: a personal access token instead of a password, with no bcrypt on
 * each call (the token is looked up by its SHA-256).
 * <p>
 * How: {@link PersonalAccessTokens#authenticate} says whose token it is and with which roles. The identity is then made
 * by the server's own Elytron security domain ({@code AmparoDomain}, the one the pages and HTTP Basic use): its
 * {@code jdbc-realm} loads the account (only an enabled one exists for it) with its roles, and a role mapper keeps only
 * the roles the token carries. The rest of the request runs as that identity, so EJB {@code @RolesAllowed}, the
 * session context's caller and JAX-RS {@code @RolesAllowed} (through the request wrapper) all see the user with the
 * token's roles, and nothing else. No session is made: each call carries its token.
 * <p>
 * A refused token (unknown, malformed, expired, revoked, an account disabled) is audited by the service and answered
 * {@code 401} by {@link org.amparo.web.api.ApiAuthentication}, which reads {@link #OUTCOME}. The token never reaches a
 * log: it is neither logged here nor put in any message.
 */
@WebFilter(filterName = "bearerTokens", urlPatterns = "/api/*")
public class BearerTokens extends HttpFilter {

    /** Request attribute: {@link Outcome} of the bearer token the request carried. */
    public static final String OUTCOME = BearerTokens.class.getName() + ".outcome";
    /** The authentication type of a request signed in by a token ({@link HttpServletRequest#getAuthType()}). */
    public static final String AUTH_TYPE = "BEARER";

    public enum Outcome { SIGNED_IN, REFUSED, UNAVAILABLE }

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    @Inject
    transient PersonalAccessTokens tokens;

    /** Whether the header is a bearer token (whatever its value). */
    public static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * Whether the header carries one of Amparo's personal access tokens (by its prefix, well formed or not). Other bearer
     * tokens (an identity provider's, say) are left alone here, for whatever else may judge them.
     */
    public static boolean isAccessToken(String authorization) {
        return isBearer(authorization) && authorization.substring(7).trim().startsWith(org.amparo.security.domain.AccessToken.PREFIX);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (!isAccessToken(header)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PersonalAccessTokens.Grant> grant;
        try {
            grant = tokens.authenticate(header.substring(7).trim(), request.getRemoteAddr());
        } catch (RuntimeException e) {
            if (!Outages.databaseUnavailable(e)) {
                throw e;
            }
            LOG.warning("The database did not answer while checking an access token");
            request.setAttribute(OUTCOME, Outcome.UNAVAILABLE);
            chain.doFilter(request, response);
            return;
        }
        SecurityIdentity identity = grant.map(BearerTokens::identity).orElse(null);
        if (identity == null) {
            request.setAttribute(OUTCOME, Outcome.REFUSED);
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(OUTCOME, Outcome.SIGNED_IN);
        HttpServletRequest signedIn = new SignedIn(request, identity.getPrincipal(), grant.get().roles());
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(signedIn, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServletException(cause);
        }
    }

    /**
     * The user's identity in Amparo's security domain, limited to the token's roles; none if the domain does not know
     * the account (disabled since) or refuses it.
     */
    static SecurityIdentity identity(PersonalAccessTokens.Grant grant) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No Elytron security domain is associated with the application");
        }
        ServerAuthenticationContext context = domain.createNewAuthenticationContext();
        try {
            context.setAuthenticationName(grant.username());
            if (!context.exists() || !context.authorize()) {
                context.fail();
                return null;
            }
            context.succeed();
            Set<String> scope = grant.roles();
            return context.getAuthorizedIdentity().withDefaultRoleMapper(roles -> roles.and(Roles.fromSet(scope)));
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The accounts could not be read", e);
        }
    }

    /** The request as the token's user: JAX-RS's security context and role checks read these. */
    static final class SignedIn extends HttpServletRequestWrapper {

        private final Principal principal;
        private final Set<String> roles;

        SignedIn(HttpServletRequest request, Principal principal, Set<String> roles) {
            super(request);
            this.principal = principal;
            this.roles = Set.copyOf(roles);
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public String getAuthType() {
            return AUTH_TYPE;
        }
    }
}
