package org.amparo.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP Basic (or a personal access token: {@link org.amparo.web.security.BearerTokens}) for the API, through the same sign-in as the pages ({@link org.amparo.web.security.SignInGate}: throttle,
 * audit, the same work for unknown usernames), against the same Elytron security domain. Too many failures answer
 * {@code 429} with {@code Retry-After}; a user who must change the password may only do that ({@code 403} otherwise). Pages send people to the
 * login form; API clients get {@code 401} with a challenge instead. Only {@code /api/health} is open, and a calendar feed ({@code /api/feeds/{secret}.ics}), whose secret is its credential. A request that
 * is signed in only by a page's session cookie may read but not change anything ({@code 403}): that is what keeps
 * another site from driving the API with a signed-in user's browser (CSRF).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    /** Methods that change nothing: a page's session may read through the API, never write. */
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    /** The one call a user who must change the password may make. */
    static final String OWN_PASSWORD = "v1/accounts/me/password";

    @Context
    HttpServletRequest request;


    /**
     * Whether the accounts cannot be read now. Asked only after a sign-in failed, since the sign-in may not say why: a
     * wrong password must not become a 503, nor an outage a 401.
     */
    private static boolean databaseDown() {
        try {
            return !"UP".equals(jakarta.enterprise.inject.spi.CDI.current().select(org.amparo.platform.HealthCheck.class).get()
                    .check().database().status());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        if ("health".equals(path) || path.startsWith(CalendarFeedResource.PATH_PREFIX) && path.indexOf('/', CalendarFeedResource.PATH_PREFIX.length()) < 0) {
            // The health check is open; a calendar feed's address carries its own secret, which its resource checks.
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (org.amparo.web.security.BearerTokens.isBearer(header) && !org.amparo.web.security.BearerTokens.isAccessToken(header)
                && request.getUserPrincipal() != null && org.amparo.web.security.ProviderSignIn.active(request.getServletContext())) {
            // Single sign-on: the identity provider's own access token, which the server's OpenID Connect mechanism has
            // verified (signature, issuer, expiry) before the request got here; the roles are the token's.
            return;
        }
        if (org.amparo.web.security.BearerTokens.isBearer(header)) {
            // A personal access token, judged by the servlet filter before this: signed in for this call only, or refused
            // (whatever session the browser may also have: the token is what the caller chose to send). Any other bearer
            // token is refused too, as no one here judged it.
            Object outcome = request.getAttribute(org.amparo.web.security.BearerTokens.OUTCOME);
            if (outcome == org.amparo.web.security.BearerTokens.Outcome.SIGNED_IN) {
                return;
            }
            if (outcome == org.amparo.web.security.BearerTokens.Outcome.UNAVAILABLE) {
                context.abortWith(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", org.amparo.web.security.Outages.RETRY_AFTER)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", org.amparo.web.security.Outages.MESSAGE)).build());
                return;
            }
            context.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Amparo\", error=\"invalid_token\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "the access token is unknown, expired or revoked, or its account is disabled"))
                    .build());
            return;
        }
        if (request.getUserPrincipal() != null) {
            if (header == null && !SAFE_METHODS.contains(context.getMethod())) {
                // A page's session cookie goes with any request the browser sends, including one a hostile site makes
                // it send: a change through the API needs credentials a browser never adds by itself.
                context.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", "a change through the API needs the Authorization header, not a page's session"))
                        .build());
            } else if (org.amparo.web.security.SignInGate.mustChangePassword(request) && !OWN_PASSWORD.equals(path)) {
                context.abortWith(mustChangePassword());
            }
            return;
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    var result = jakarta.enterprise.inject.spi.CDI.current().select(org.amparo.web.security.SignInGate.class).get()
                            .signIn(request, decoded.substring(0, colon), decoded.substring(colon + 1), "api");
                    if (result.outcome() == org.amparo.web.security.SignInGate.Outcome.SIGNED_IN) {
                        ServerTiming.signedIn(context);
                        if (result.mustChangePassword() && !OWN_PASSWORD.equals(path)) {
                            context.abortWith(mustChangePassword());
                        }
                        return;
                    }
                    if (result.outcome() == org.amparo.web.security.SignInGate.Outcome.THROTTLED) {
                        context.abortWith(Response.status(429).header("Retry-After", result.retryAfterSeconds())
                                .type(MediaType.APPLICATION_JSON_TYPE)
                                .entity(Map.of("error", "too many failed sign-ins; try again in " + result.retryAfterSeconds() + " s"))
                                .build());
                        return;
                    }
                }
            } catch (RuntimeException | ServletException e) {
                boolean badEncoding = e instanceof IllegalArgumentException;
                if (!badEncoding && (org.amparo.web.security.Outages.databaseUnavailable(e) || databaseDown())) {
                    // The accounts could not be read: the caller's credentials were not judged, so no 401.
                    context.abortWith(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                            .header("Retry-After", org.amparo.web.security.Outages.RETRY_AFTER)
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Map.of("error", org.amparo.web.security.Outages.MESSAGE)).build());
                    return;
                }
                if (e instanceof RuntimeException && !badEncoding) {
                    throw (RuntimeException) e;
                }
                // bad encoding (or a refused sign-in the server reported as an exception): answered below, like wrong credentials
            }
        }
        context.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Amparo\", charset=\"UTF-8\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Amparo\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "authentication required"))
                .build());
    }

    private static Response mustChangePassword() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "your password was set by an administrator: choose your own first, with PUT /api/v1/"
                        + OWN_PASSWORD + " {\"currentPassword\":\"...\",\"newPassword\":\"...\"}"))
                .build();
    }
}
