package org.amparo.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.amparo.shared.domain.RequestLocale;

import java.io.IOException;
import java.util.Locale;

/**
 * Tells the services which language to word messages in: the language a signed-in user chose (kept in their
 * session), otherwise the request's {@code Accept-Language} when it prefers Spanish. Never creates a session.
 */
@WebFilter(urlPatterns = "/*")
public class RequestLocaleFilter extends HttpFilter {

    static final String SESSION_KEY = "amparo.locale";
    private static final long serialVersionUID = 1L;

    @Inject
    RequestLocale requestLocale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            requestLocale.set(locale);
        } else {
            String header = request.getHeader("Accept-Language");
            requestLocale.set(header != null && request.getLocale().getLanguage().equals("es") ? new Locale("es") : Locale.ENGLISH);
        }
        chain.doFilter(request, response);
    }
}
