package org.amparo.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries: no framing by another site, no content sniffing, no referrer leaving the site, a
 * Content-Security-Policy that keeps every script, style and connection on this origin, and no caching of anything
 * but the static resources (pages and API answers hold personal data).
 * <p>
 * The policy allows inline scripts and styles because PrimeFaces' components write them; what it forbids is anything
 * from another origin, plugins, framing, and forms posting elsewhere.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = policy("'self'");

    /** The policy this deployment sends: with single sign-on, forms may also lead to the identity provider. */
    private String policy = CONTENT_SECURITY_POLICY;

    /**
     * The policy, forms allowed to post (and to be redirected) to these sources. Signing out is a form whose answer
     * sends the browser on to the provider's end-session address, and browsers hold redirects after a form to
     * {@code form-action} too: so with single sign-on the provider's origin is allowed there, and nothing else.
     */
    static String policy(String formAction) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action " + formAction,
                "frame-ancestors 'none'");
    }

    @Override
    public void init(jakarta.servlet.FilterConfig config) throws ServletException {
        super.init(config);
        String provider = ProviderSignOut.providerOrigin(config.getServletContext());
        if (provider != null) {
            policy = policy("'self' " + provider);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
