package org.amparo.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * Signing out at the organisation's identity provider too (OpenID Connect RP-Initiated Logout 1.0). Ending only
 * Amparo's session would leave the provider's: the next visit, or the next person at a shared computer, would be
 * signed straight back in as the same user. So signing out sends the browser to the provider's
 * {@code end_session_endpoint} (from its discovery document, which elytron-oidc-client has already read), with the
 * ID token as {@code id_token_hint} and Amparo's start page as {@code post_logout_redirect_uri}. The provider must
 * list that address among the client's valid post-logout redirect addresses (README, <i>Single sign-on</i>).
 * <p>
 * The subsystem's classes are read without a compile-time tie, as {@link ProviderSignIn#displayName} does:
 * {@code OidcPrincipal.getOidcSecurityContext()}, then the context's ID token and client configuration.
 */
public final class ProviderSignOut {

    /** The name the subsystem keeps a sign-in's {@code OidcSecurityContext} under. */
    private static final String SECURITY_CONTEXT = "org.wildfly.security.http.oidc.OidcSecurityContext";

    private ProviderSignOut() {
    }

    /**
     * Where to send the browser to end the provider's session, or null when there is nothing to end there (local
     * accounts, or a provider that publishes no end-session endpoint). Read before the session is invalidated.
     */
    public static String address(HttpServletRequest request) {
        if (!ProviderSignIn.active(request.getServletContext())) {
            return null;
        }
        Principal principal = request.getUserPrincipal();
        Object context = call(principal, "getOidcSecurityContext");
        if (context == null) {
            // Where the subsystem also keeps it: on the request, and in the session it signed in.
            context = request.getAttribute(SECURITY_CONTEXT);
            if (context == null && request.getSession(false) != null) {
                context = request.getSession(false).getAttribute(SECURITY_CONTEXT);
            }
        }
        Object configuration = call(context, "getOidcClientConfiguration");
        // The provider's end_session_endpoint: getLogoutUrl() in the Elytron of WildFly 39, renamed in later ones.
        Object endpoint = call(configuration, "getLogoutUrl");
        if (!(endpoint instanceof String) || ((String) endpoint).isBlank()) {
            endpoint = call(configuration, "getEndSessionEndpointUrl");
        }
        if (!(endpoint instanceof String end) || end.isBlank()) {
            return null;
        }
        StringBuilder address = new StringBuilder(end).append(end.contains("?") ? '&' : '?');
        address.append("post_logout_redirect_uri=").append(encode(startPage(request)));
        if (call(configuration, "getClientId") instanceof String id && !id.isBlank()) {
            address.append("&client_id=").append(encode(id));
        }
        if (call(context, "getIDTokenString") instanceof String hint && !hint.isBlank()) {
            address.append("&id_token_hint=").append(encode(hint));
        }
        return address.toString();
    }

    /** A public method without arguments, called on an object of the subsystem's; null when either is not there. */
    private static Object call(Object target, String method) {
        if (target == null) {
            return null;
        }
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Amparo's start page: the installation's own address ({@code amparo.base.url} or {@code AMPARO_BASE_URL}) where
     * it is set, as reminders use it, else this request's; the provider only accepts one it lists for the client.
     */
    static String startPage(HttpServletRequest request) {
        String base = System.getProperty("amparo.base.url", System.getenv("AMPARO_BASE_URL"));
        if (base == null || base.isBlank()) {
            String url = request.getRequestURL().toString();
            int path = url.indexOf('/', url.indexOf("//") + 2);
            base = (path < 0 ? url : url.substring(0, path)) + request.getContextPath();
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
