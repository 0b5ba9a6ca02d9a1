package org.amparo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.amparo.security.application.SignIns;

/**
 * One sign-in, for the form and for the API's HTTP Basic alike. Amparo's {@link SignIns} judges the attempt first
 * (throttle; an unknown or disabled username is verified against a dummy hash and refused there); only an existing,
 * enabled account's password goes to the server's Elytron security domain, through {@link HttpServletRequest#login},
 * which verifies the bcrypt hash, caches the identity in the session and changes the session id. The outcome is
 * audited either way.
 * <p>
 * Why not inside Elytron: its jdbc-realm and FORM mechanism have no hook for a throttle or an audit, and a custom realm
 * would be a server module outside the application. The form still posts to {@code j_security_check}, but
 * {@code WEB-INF/undertow-handlers.conf} hands that URL to {@link SignInServlet} before the server's FORM mechanism
 * sees it, so there is no second way in that skips these rules.
 */
@ApplicationScoped
public class SignInGate {

    /** Session attribute: the user must choose a new password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "amparo.mustChangePassword";

    public enum Outcome { SIGNED_IN, FAILED, THROTTLED }

    public record Result(Outcome outcome, long retryAfterSeconds, boolean mustChangePassword) {
    }

    @Inject
    SignIns signIns;

    @Inject
    org.amparo.security.application.SignedInSessions sessions;

    /**
     * Signs the request in, or says why not. The database being away surfaces as the exception it is
     * ({@link Outages#databaseUnavailable}), never as a failed sign-in.
     *
     * @param via "page" or "api", for the audit
     */
    public Result signIn(HttpServletRequest request, String username, String password, String via) throws ServletException {
        String address = request.getRemoteAddr();
        String name = username == null ? "" : username.trim();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        SignIns.Attempt attempt = signIns.admit(name, typed, address, via);
        if (attempt.admission() == SignIns.Admission.THROTTLED) {
            return new Result(Outcome.THROTTLED, attempt.retryAfterSeconds(), false);
        }
        if (attempt.admission() == SignIns.Admission.REFUSED) {
            return new Result(Outcome.FAILED, 0, false);
        }
        try {
            request.login(name, password == null ? "" : password);
        } catch (ServletException e) {
            if (Outages.databaseUnavailable(e)) {
                throw e;
            }
            signIns.failed(name, address, via);
            return new Result(Outcome.FAILED, 0, false);
        }
        boolean mustChange = signIns.succeeded(name, address, via);
        HttpSession session = request.getSession(true);
        if (mustChange) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
        try {
            ActiveSessions.begin(sessions, session, name, via, mustChange);
        } catch (RuntimeException e) {
            // A session the table does not know could never be ended: no sign-in without its row (the session emptied, not
            // invalidated, since the error page would begin another in the same request).
            ActiveSessions.empty(sessions, request, session);
            throw e;
        }
        return new Result(Outcome.SIGNED_IN, 0, mustChange);
    }

    /** Whether the request's session belongs to a user who must change the password first. */
    public static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
