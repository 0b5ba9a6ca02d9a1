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
        try {
            Object context = principal == null ? null : principal.getClass().getMethod("getOidcSecurityContext").invoke(principal);
            if (context == null) {
                return null;
            }
            Object configuration = context.getClass().getMethod("getOidcClientConfiguration").invoke(context);
            Object endpoint = configuration.getClass().getMethod("getEndSessionEndpointUrl").invoke(configuration);
            if (!(endpoint instanceof String end) || end.isBlank()) {
                return null;
            }
            Object idToken = context.getClass().getMethod("getIDTokenString").invoke(context);
            Object clientId = configuration.getClass().getMethod("getClientId").invoke(configuration);
            StringBuilder address = new StringBuilder(end).append(end.contains("?") ? '&' : '?');
            address.append("post_logout_redirect_uri=").append(encode(startPage(request)));
            if (clientId instanceof String id && !id.isBlank()) {
                address.append("&client_id=").append(encode(id));
            }
            if (idToken instanceof String hint && !hint.isBlank()) {
                address.append("&id_token_hint=").append(encode(hint));
            }
            return address.toString();
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
