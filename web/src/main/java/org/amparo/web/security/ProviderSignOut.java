package org.amparo.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(ProviderSignOut.class.getName());
    /** The providers' end-session addresses by provider address ("" for none), read from their discovery documents. */
    private static final Map<String, String> END_SESSION = new ConcurrentHashMap<>();

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
        Object context = call(request.getUserPrincipal(), "getOidcSecurityContext");
        if (context == null) {
            // Where the subsystem also keeps it: on the request, and in the session it signed in.
            context = request.getAttribute(SECURITY_CONTEXT);
            if (context == null && request.getSession(false) != null) {
                context = request.getSession(false).getAttribute(SECURITY_CONTEXT);
            }
        }
        Object configuration = call(context, "getOidcClientConfiguration");
        JsonObject deployment = deploymentConfiguration(request);
        // The provider's end_session_endpoint: getLogoutUrl() in the Elytron of WildFly 39, renamed in later ones; else
        // from the provider's discovery document, read once.
        String end = text(call(configuration, "getLogoutUrl"));
        if (end == null) {
            end = text(call(configuration, "getEndSessionEndpointUrl"));
        }
        if (end == null) {
            end = endSessionEndpoint(deployment == null ? null : deployment.getString("provider-url", deployment.getString("auth-server-url", null)));
        }
        if (end == null) {
            LOG.info("Signed out of Amparo only: the identity provider publishes no end-session address");
            return null;
        }
        String clientId = text(call(configuration, "getClientId"));
        if (clientId == null && deployment != null) {
            clientId = text(deployment.getString("client-id", deployment.getString("resource", null)));
        }
        String hint = text(call(context, "getIDTokenString"));
        StringBuilder address = new StringBuilder(end).append(end.contains("?") ? '&' : '?');
        address.append("post_logout_redirect_uri=").append(encode(startPage(request)));
        if (clientId != null) {
            address.append("&client_id=").append(encode(clientId));
        }
        if (hint != null) {
            address.append("&id_token_hint=").append(encode(hint));
        }
        LOG.info(hint != null ? "Signing out at the identity provider too"
                : "Signing out at the identity provider too (without the ID token: the provider may ask to confirm)");
        return address.toString();
    }

    /**
     * The origin ({@code https://sso.example.org}) of the identity provider that signs people in, or null with local
     * accounts (or a configuration without a usable provider address).
     */
    public static String providerOrigin(jakarta.servlet.ServletContext servletContext) {
        JsonObject deployment = deploymentConfiguration(servletContext);
        String url = deployment == null ? null : text(deployment.getString("provider-url", deployment.getString("auth-server-url", null)));
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("(?i)https?")) {
                return null;
            }
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The subsystem's configuration of this deployment (the context parameter ProviderSignIn reads); null if unreadable. */
    private static JsonObject deploymentConfiguration(HttpServletRequest request) {
        return deploymentConfiguration(request.getServletContext());
    }

    private static JsonObject deploymentConfiguration(jakarta.servlet.ServletContext servletContext) {
        String json = servletContext.getInitParameter(ProviderSignIn.OIDC_CONFIG);
        if (json == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The provider's end_session_endpoint from its discovery document, fetched once per provider; null if none. */
    static String endSessionEndpoint(String providerUrl) {
        if (providerUrl == null || providerUrl.isBlank()) {
            return null;
        }
        return END_SESSION.computeIfAbsent(providerUrl, url -> {
            String discovery = (url.endsWith("/") ? url : url + "/") + ".well-known/openid-configuration";
            try {
                HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                        .send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(5)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return "";
                }
                try (var reader = Json.createReader(new StringReader(answer.body()))) {
                    return reader.readObject().getString("end_session_endpoint", "");
                }
            } catch (IOException | RuntimeException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }).transform(ProviderSignOut::text);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
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
