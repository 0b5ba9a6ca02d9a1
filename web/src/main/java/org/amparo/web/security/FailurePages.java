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
 * Two failures of a page that are not errors, answered with the error page's words and never a stack trace: a service
 * that refuses the signed-in user's role is {@code 403}, and a database that does not answer is {@code 503} ("try
 * again in a minute"). Each is logged in one line with the path and no personal data. Any other failure (but an expired
 * view, which web.xml sends back to the case list) is the error page's {@code 500}, logged with an incident reference
 * and its stack trace without the messages ({@link org.amparo.platform.LogSafe}); the error page shows the reference.
 */
@WebFilter(filterName = "failurePages", urlPatterns = "*.xhtml")
public class FailurePages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FailurePages.class.getName());
    /** The request attribute that holds a failure's incident reference, for the error page. */
    public static final String INCIDENT = "amparo.incident";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (refusedAccess(e)) {
                LOG.info(() -> "Refused: " + request.getRequestURI() + " for a role that may not use it");
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (Outages.databaseUnavailable(e)) {
                LOG.warning(() -> "The database did not answer for " + request.getRequestURI() + "; answered 503");
                response.setHeader("Retry-After", Outages.RETRY_AFTER);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else if (expiredView(e)) {
                throw e; // web.xml takes an expired view back to the case list
            } else {
                // Logged here, as the API's mapper logs its failures: the server would log the failure with its messages,
                // which may quote what the page was saving.
                logIncident(request, e);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    /**
     * Logs a page's failure under a new incident reference, with its classes and stack frames and none of its messages,
     * and keeps the reference for the error page ({@link #INCIDENT}), which shows it: what a person can give an
     * administrator to find the failure in the log, which holds nothing else of theirs.
     */
    public static String logIncident(HttpServletRequest request, Throwable failure) {
        String incident = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LOG.log(java.util.logging.Level.SEVERE, "Page failure, incident " + incident + " on " + request.getRequestURI(),
                org.amparo.platform.LogSafe.withoutMessages(failure));
        request.setAttribute(INCIDENT, incident);
        return incident;
    }

    private static boolean expiredView(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
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
