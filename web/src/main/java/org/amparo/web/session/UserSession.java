package org.amparo.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.amparo.security.application.SignedInSessions;
import org.amparo.web.security.ActiveSessions;
import org.amparo.security.application.UserAccounts;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The signed-in user's UI state: language (remembered in their account) and sign-out. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts accounts;

    @Inject
    SignedInSessions signedIn;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale browser = faces.getExternalContext().getRequestLocale();
            boolean signedIn = faces.getExternalContext().getUserPrincipal() != null;
            locale = (signedIn ? accounts.preferredLocale() : java.util.Optional.<Locale>empty())
                    .orElse("es".equals(browser.getLanguage()) ? new Locale("es") : Locale.ENGLISH);
            faces.getExternalContext().getSessionMap().put(RequestLocaleFilter.SESSION_KEY, locale);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the UI language and remembers the choice for the next sign-in. */
    public void switchLanguage(String language) {
        accounts.choosePreferredLocale(language);
        locale = Locale.forLanguageTag(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(RequestLocaleFilter.SESSION_KEY, locale);
    }

    public String getUsername() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /**
     * Whether people sign in with local accounts (their own password and API tokens); false when the organisation's
     * OpenID Connect provider signs them in, which also owns their passwords.
     */
    public boolean isLocalAccounts() {
        return !org.amparo.web.security.ProviderSignIn.active(
                (jakarta.servlet.ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext());
    }

    /**
     * Signs out: ends this sign-in, and with single sign-on the provider's session too, so that the next person at the
     * computer is asked to sign in again ({@link org.amparo.web.security.ProviderSignOut}). The session is emptied, not
     * invalidated ({@link ActiveSessions#empty}): the rest of this page request (the view's state, the redirect's
     * flash) would begin another session in the request that invalidated this one, which the server's distributable
     * session manager never closes (every stop or redeploy afterwards waited a minute for it).
     */
    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String atProvider = org.amparo.web.security.ProviderSignOut.address(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            ActiveSessions.empty(signedIn, request, session);
        } else {
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                // nothing left to sign out of
            }
        }
        external.redirect(atProvider != null ? atProvider : external.getRequestContextPath() + "/");
    }
}
