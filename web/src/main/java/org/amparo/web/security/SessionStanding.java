package org.amparo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.amparo.security.application.SignedInSessions;

import java.io.IOException;

/**
 * At each request of a signed-in session, asks the table of signed-in sessions how it stands, so that what an
 * administrator did on any server holds here at once: a session ended there ends here (a page request gets the sign-in
 * page, the API answers {@code 401}), and a password chosen in another session releases this one from the password page.
 * Declared in {@code web.xml}, after the provider's sign-in and before every other filter.
 */
public class SessionStanding extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(jakarta.faces.application.ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            chain.doFilter(request, response); // the pages' scripts and styles: nothing to judge, no database call
            return;
        }
        HttpSession session = request.getSession(false);
        Object handle = null;
        try {
            handle = session == null ? null : session.getAttribute(ActiveSessions.HANDLE);
        } catch (IllegalStateException gone) {
            // ended meanwhile
        }
        if (handle instanceof String h) {
            SignedInSessions.Standing standing;
            try {
                standing = sessions.standing(h);
            } catch (RuntimeException e) {
                if (!Outages.databaseUnavailable(e)) {
                    throw e;
                }
                // The database is away: nothing can be read or changed without it, and the page or the API call answers
                // "try again" (503) as it always does; the session's standing is asked again at its next request.
                chain.doFilter(request, response);
                return;
            }
            switch (standing) {
                case ENDED -> {
                    endHere(request, response, session, chain);
                    return;
                }
                case MUST_CHANGE_PASSWORD -> session.setAttribute(SignInGate.MUST_CHANGE_PASSWORD, Boolean.TRUE);
                case GOING -> session.removeAttribute(SignInGate.MUST_CHANGE_PASSWORD);
            }
        } else if (session != null && request.getUserPrincipal() != null && request.getHeader("Authorization") == null) {
            // Signed in, but the table of sessions knows nothing of it: it could never be ended, so it is not kept.
            endHere(request, response, session, chain);
            return;
        }
        chain.doFilter(request, response);
    }

    /** This request was signed in by the ended session: it goes no further than the way back to the sign-in. */
    private void endHere(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                         FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") && request.getHeader("Authorization") != null) {
            // The call brings its own credentials (a token, Basic): they are judged as without the ended session. The
            // session is emptied and given a new id rather than invalidated: a Basic sign-in begins a session, and one
            // begun in the request that invalidated another is never closed by the server's distributable session
            // manager (every stop or redeploy afterwards waited a minute for it).
            ActiveSessions.empty(sessions, request, session);
            chain.doFilter(request, response);
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException already) {
            // ended meanwhile
        }
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Amparo\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"authentication required\"}");
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + "/\"/></partial-response>");
        } else {
            // The address asked for again, in a request of its own: it shows the sign-in page there (or starts the
            // identity provider's sign-in). Showing the page here would begin the sign-in page's session in the request
            // that ended this one, and the server's distributable session manager never closes such a session: every
            // stop or redeploy afterwards waited a minute for it.
            signOut(request);
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + ("GET".equals(request.getMethod())
                    ? path + (query == null ? "" : "?" + query) : "/"));
        }
    }

    private static void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException | IllegalStateException alreadyOut) {
            // nothing left to sign out of
        }
    }
}
