package org.amparo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.amparo.security.application.SignedInSessions;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ties the server's sessions to the table of signed-in sessions ({@link SignedInSessions}), which every server sharing
 * the database reads: a sign-in begins a row and keeps its random handle in the session ({@link #begin}); a session
 * that ends on its server (signed out, timed out) removes its row. An administrator ends a session by marking its row,
 * and {@link SessionStanding} ends it on whichever server holds it at its next request.
 */
@WebListener
public class ActiveSessions implements HttpSessionListener {

    /** Session attribute: the session's handle in the table (never the session's id). */
    static final String HANDLE = "amparo.sessionHandle";

    private static final Logger LOG = Logger.getLogger(ActiveSessions.class.getName());

    @Inject
    SignedInSessions sessions;

    /** Marks a session as signed in by the user, so that it is listed and can be ended from any server. */
    static void begin(SignedInSessions sessions, HttpSession session, String username, String via, boolean mustChangePassword) {
        session.setAttribute(HANDLE, sessions.begin(username, via, mustChangePassword));
    }

    /**
     * Ends the request's sign-in and empties its session, which carries on under a new id, instead of invalidating it:
     * the rest of the request (an error page, a sign-in page, an API call's own sign-in) would begin another session,
     * and one begun in the request that invalidated another is never closed by the server's distributable session
     * manager (every stop or redeploy afterwards waited a minute for it). Nothing of the signed-in session stays: not
     * the identity, no attribute (the identity provider's tokens neither), not its id, and its row in the table of
     * signed-in sessions is forgotten, as the session's end would have done.
     */
    public static void empty(SignedInSessions sessions, HttpServletRequest request, HttpSession session) {
        Object handle = null;
        boolean valid = true;
        try {
            handle = session.getAttribute(HANDLE);
            // The attributes go first: with single sign-on, signing out while the provider's security context is still
            // in the session makes WildFly's OpenID Connect client invalidate the session itself (its token store's
            // logout), and this request would then begin another. (That logout also ended the person's session at the
            // provider: a page sign-out still does, by sending the browser to the provider's sign-out; a refused
            // sign-in leaves it, and the next visit is refused again.)
            for (String name : java.util.Collections.list(session.getAttributeNames())) {
                session.removeAttribute(name);
            }
        } catch (IllegalStateException endedMeanwhile) {
            valid = false; // invalidated meanwhile by another request: nothing of it is left
        } finally {
            try {
                request.logout();
            } catch (ServletException | IllegalStateException alreadyOut) {
                // nothing left to sign out of
            }
        }
        if (valid) {
            try {
                request.changeSessionId();
            } catch (IllegalStateException endedMeanwhile) {
                // invalidated meanwhile by another request
            }
        }
        if (handle instanceof String h) {
            try {
                sessions.forget(h);
            } catch (RuntimeException e) {
                // the database is away: the row is forgotten with the other old ones a day after its last use
                LOG.log(Level.FINE, "A signed-in session's row was left", org.amparo.platform.LogSafe.withoutMessages(e));
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object handle;
        try {
            handle = event.getSession().getAttribute(HANDLE);
        } catch (IllegalStateException gone) {
            return;
        }
        if (handle instanceof String h) {
            try {
                sessions.forget(h);
            } catch (RuntimeException e) {
                // the database away: the row is forgotten a day after its last use
                LOG.log(Level.FINE, "A signed-in session's row was left", org.amparo.platform.LogSafe.withoutMessages(e));
            }
        }
    }
}
