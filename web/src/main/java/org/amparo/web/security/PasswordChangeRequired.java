package org.amparo.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A user whose password an administrator set (a new account, a reset, the first administrator) sees no page but the
 * password change until they have chosen their own. The API answers such a user {@code 403} the same way
 * ({@code ApiAuthentication}).
 */
@WebFilter(filterName = "passwordChangeRequired", urlPatterns = "*.xhtml")
public class PasswordChangeRequired extends HttpFilter {

    public static final String PAGE = "/account/password.xhtml";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The page's own scripts and styles are served as *.xhtml too (/jakarta.faces.resource/...): they pass.
        if (request.getUserPrincipal() != null && SignInGate.mustChangePassword(request) && !PAGE.equals(path)
                && !path.startsWith("/login") && !path.equals("/error.xhtml")
                && !path.startsWith(jakarta.faces.application.ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
