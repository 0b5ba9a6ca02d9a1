package org.amparo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
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
                LOG.log(Level.FINE, "A signed-in session's row was left", e);
            }
        }
    }
}
