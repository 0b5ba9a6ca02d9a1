package org.amparo.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.amparo.security.application.UserAccounts;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.security.SignInGate;

import java.io.IOException;
import java.util.List;

/** Everyone's own password change; also the page a user whose password an administrator set must pass first. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    UserAccounts accounts;

    @Inject
    org.amparo.security.application.SignedInSessions signedIn;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    /** Whether the user comes here because an administrator set the password. */
    public boolean isRequired() {
        return SignInGate.mustChangePassword((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public void change() throws IOException {
        try {
            if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
                throw new InvalidInputException(List.of(new FieldError("newPasswordAgain", Messages.text("password.mismatch"))));
            }
            boolean wasRequired = isRequired();
            accounts.changeOwnPassword(chars(currentPassword), chars(newPassword));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getSessionMap().remove(SignInGate.MUST_CHANGE_PASSWORD);
            signedIn.passwordChosen();
            external.getFlash().setKeepMessages(true);
            Messages.info("password.changed");
            if (wasRequired) {
                external.redirect(external.getRequestContextPath() + "/");
            }
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("password", invalid);
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordAgain = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getNewPasswordAgain() { return newPasswordAgain; }
    public void setNewPasswordAgain(String v) { newPasswordAgain = v; }
}
