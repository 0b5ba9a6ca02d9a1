package org.amparo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.amparo.security.application.SignIns;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;

/**
 * Single sign-on through the organisation's OpenID Connect provider (README, <i>Single sign-on</i>). When the server
 * secures Amparo with WildFly's {@code elytron-oidc-client} (config/src/main/cli/oidc.cli), the provider has already
 * signed the user in and given the roles before this filter runs; it only gives the person their local record, once per
 * session: made just in time on the first sign-in, its roles kept in line with the provider's, the sign-in audited
 * ({@code signin.succeeded via=oidc}). A record an administrator disabled is refused ({@code 403}) whatever the
 * provider says.
 * <p>
 * Inactive with local accounts (the default): the subsystem puts its configuration in the context parameter
 * {@link #OIDC_CONFIG} only for a deployment it secures. That parameter holds the client secret: it is never logged.
 * Declared in web.xml, so it runs before the other filters.
 */
public class ProviderSignIn extends HttpFilter {

    /** The context parameter elytron-oidc-client gives a deployment it secures ({@code Oidc.JSON_CONFIG_CONTEXT_PARAM}). */
    static final String OIDC_CONFIG = "org.wildfly.security.http.oidc.json.config";
    /** Session attribute: the username whose local record this session has already checked. */
    static final String CHECKED = "amparo.providerSignIn";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProviderSignIn.class.getName());

    @Inject
    transient SignIns signIns;

    @Inject
    transient org.amparo.security.application.SignedInSessions sessions;

    private boolean active;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        active = config.getServletContext().getInitParameter(OIDC_CONFIG) != null;
        if (active) {
            LOG.info("Sign-in through the organisation's OpenID Connect provider; local sign-in is off");
        }
    }

    /** Whether the server signs people in through an OpenID Connect provider instead of local accounts. */
    public static boolean active(jakarta.servlet.ServletContext context) {
        return context.getInitParameter(OIDC_CONFIG) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = active ? request.getUserPrincipal() : null;
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        String username = principal.getName();
        HttpSession session = request.getSession(false);
        boolean api = session == null && BearerTokens.isBearer(request.getHeader("Authorization"));
        if (session != null && username.equals(session.getAttribute(CHECKED))) {
            chain.doFilter(request, response);
            return;
        }
        SignIns.ProviderOutcome outcome;
        try {
            // An API call with the provider's access token makes no session: its record is checked on each call, and
            // only sign-ins that start a session are audited as such.
            outcome = signIns.signedInThroughProvider(displayName(principal), request.getRemoteAddr(), !api);
        } catch (jakarta.ejb.EJBAccessException e) {
            // Signed in at the provider, but with none of Amparo's roles (after the provider's mapping).
            LOG.info("A sign-in through the identity provider carried none of Amparo's roles");
            refuse(request, response);
            return;
        }
        if (outcome == SignIns.ProviderOutcome.DISABLED) {
            refuse(request, response);
            return;
        }
        if (!api) {
            session = request.getSession(true);
            ActiveSessions.begin(sessions, session, username, "oidc", false);
            session.setAttribute(CHECKED, username); // only once its row exists: a failure tries again at the next request
        }
        chain.doFilter(request, response);
    }

    /**
     * The refusal page ({@code 403}), with nothing of the sign-in left: the session is emptied, not invalidated, since
     * the error page would begin another in the same request ({@link ActiveSessions#empty}).
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            ActiveSessions.empty(sessions, request, session);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * The provider's {@code name} claim of the ID token, read without a compile-time tie to the subsystem's classes
     * ({@code OidcPrincipal.getOidcSecurityContext().getIdToken().getName()}); null if there is none.
     */
    static String displayName(Principal principal) {
        try {
            Object context = principal.getClass().getMethod("getOidcSecurityContext").invoke(principal);
            Object idToken = context == null ? null : context.getClass().getMethod("getIdToken").invoke(context);
            Object name = idToken == null ? null : idToken.getClass().getMethod("getName").invoke(idToken);
            return name instanceof String s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
