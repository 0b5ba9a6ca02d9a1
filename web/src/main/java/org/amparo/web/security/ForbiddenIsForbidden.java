package org.amparo.web.security;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose service refuses the signed-in user's role answers {@code 403} with the error page, never a {@code 500}
 * with a stack trace in the log. The refusal is logged in one line, with the path and no personal data.
 */
@WebFilter(filterName = "forbiddenIsForbidden", urlPatterns = "*.xhtml")
public class ForbiddenIsForbidden extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ForbiddenIsForbidden.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!refusedAccess(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Refused: " + request.getRequestURI() + " for a role that may not use it");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean refusedAccess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof SecurityException) {
                return true;
            }
        }
        return false;
    }
}
