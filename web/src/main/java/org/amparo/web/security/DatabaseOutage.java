package org.amparo.web.security;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that fails because the database does not answer gets {@code 503} with the error page's "try again", never a
 * stack trace; the log gets one line.
 */
@WebFilter(filterName = "databaseOutage", urlPatterns = "*.xhtml")
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!Outages.databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "The database did not answer for " + request.getRequestURI() + "; answered 503");
            response.setHeader("Retry-After", Outages.RETRY_AFTER);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
