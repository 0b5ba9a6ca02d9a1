package org.amparo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The sign-in form's target. The form posts {@code j_username} and {@code j_password} to {@code j_security_check} as
 * the server's FORM mechanism expects, and {@code WEB-INF/undertow-handlers.conf} rewrites that URL to this servlet
 * before the mechanism runs (see {@link SignInGate} for why).
 * <ul>
 *     <li>signed in: {@code 302} to the page first asked for ({@code next}, a page of this application only), else to
 *     the case list (staff are sent on to the dashboard); a user who must change the password goes to that page;</li>
 *     <li>refused: the sign-in page with its error, as before;</li>
 *     <li>throttled: {@code 429} with {@code Retry-After}, and the sign-in page saying how long to wait;</li>
 *     <li>the database away: {@code 503}, the error page's "try again";</li>
 *     <li>already signed in: the session ends, and {@code 307} back here, so that the sign-in starts a new session in a
 *     request of its own.</li>
 * </ul>
 */
@WebServlet(name = "signIn", urlPatterns = SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    public static final String PATH = "/signin";
    /** Request attribute for the sign-in page: seconds to wait before trying again. */
    public static final String RETRY_AFTER = "amparoRetryAfter";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());
    /**
     * A page of the application to return to: a path of letters, digits and / . _ - ending in .xhtml, and a query
     * without spaces, line breaks or backslashes (it is appended to the context path, so it cannot lead elsewhere).
     */
    private static final Pattern PAGE = Pattern.compile("(/[A-Za-z0-9_./-]*\\.xhtml|/map)(\\?[^\\s#\\\\]*)?");

    @Inject
    transient SignInGate gate;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            // Signing in again, perhaps as someone else: the old session ends here, and the browser posts the form again
            // (307 keeps the method and the fields) to sign in with a session of its own. A new session in the request
            // that ended the old one is never closed by the server's distributable session manager: every stop or
            // redeploy afterwards waited a minute for it.
            request.logout();
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            response.setStatus(307);
            response.setHeader("Location", request.getContextPath() + PATH);
            return;
        }
        String next = request.getParameter("next");
        SignInGate.Result result;
        try {
            result = gate.signIn(request, request.getParameter("j_username"), request.getParameter("j_password"), "page");
        } catch (ServletException | RuntimeException e) {
            if (Outages.databaseUnavailable(e)) {
                LOG.warning("The database did not answer at sign-in; answered 503");
                response.setHeader("Retry-After", Outages.RETRY_AFTER);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            throw e;
        }
        switch (result.outcome()) {
            case SIGNED_IN:
                response.sendRedirect(request.getContextPath() + (result.mustChangePassword() ? PasswordChangeRequired.PAGE : target(next)));
                break;
            case THROTTLED:
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(result.retryAfterSeconds()));
                request.setAttribute(RETRY_AFTER, result.retryAfterSeconds());
                request.getRequestDispatcher("/login-error.xhtml").forward(request, response);
                break;
            default:
                request.getRequestDispatcher("/login-error.xhtml").forward(request, response);
        }
    }

    /** Where to go after signing in: the page asked for if it is one of ours, else the case list. */
    static String target(String next) {
        if (next != null && PAGE.matcher(next).matches() && !next.contains("//") && !next.contains("/../")) {
            return next;
        }
        return "/cases/list.xhtml";
    }
}
