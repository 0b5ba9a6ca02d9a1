package org.amparo.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.security.application.AccountAdministration;
import org.amparo.security.application.SignedInSessions;
import org.amparo.security.application.AccountSummary;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The administrator's account page: every account, a form for a new one, and for the chosen account its roles, a
 * password reset and disabling or re-enabling it; below, the signed-in sessions, each of which can be ended.
 * The page only calls {@link AccountAdministration} and {@link ActiveSessions}; the rules are theirs.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    SignedInSessions signedIn;

    private List<AccountSummary> accounts;
    private List<SignedInSessions.Info> sessions;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();

    private AccountSummary selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String temporaryPassword;

    public List<AccountSummary> getAccounts() {
        if (accounts == null) {
            accounts = administration.list();
        }
        return accounts;
    }

    public List<SignedInSessions.Info> getSessions() {
        if (sessions == null) {
            sessions = signedIn.list();
        }
        return sessions;
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public void create() {
        try {
            AccountSummary created = administration.create(username, displayName, chars(password), new HashSet<>(roles));
            Messages.info("accounts.created", created.username());
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>();
            refresh();
        } catch (InvalidInputException invalid) {
            password = null;
            Messages.fieldErrors("newAccount", invalid);
        }
    }

    public void select(AccountSummary account) {
        selected = account;
        selectedRoles = new ArrayList<>(account.roles());
        temporaryPassword = null;
    }

    public void saveRoles() {
        try {
            selected = administration.assignRoles(selected.username(), new HashSet<>(selectedRoles));
            ended(signedIn.endAllOf(selected.username()), "rolesChanged");
            Messages.info("accounts.saved");
            refresh();
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("account", renamed(invalid, "roles", "selectedRoles"));
        }
    }

    public void resetPassword() {
        try {
            selected = administration.resetPassword(selected.username(), chars(temporaryPassword));
            temporaryPassword = null;
            ended(signedIn.endAllOf(selected.username()), "passwordReset");
            Messages.info("accounts.passwordWasReset", selected.username());
            refresh();
        } catch (InvalidInputException invalid) {
            temporaryPassword = null;
            Messages.fieldErrors("account", renamed(invalid, "password", "temporaryPassword"));
        }
    }

    /** Ends the selected account's link to the identity provider, so that a temporary password can be set. */
    public void endProviderLink() {
        selected = administration.endProviderLink(selected.username());
        refresh();
        Messages.info("accounts.providerLinkEnded", selected.username());
    }

    public void disable() {
        try {
            selected = administration.disable(selected.username());
            ended(signedIn.endAllOf(selected.username()), "disabled");
            Messages.info("accounts.saved");
            refresh();
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("account", invalid);
        }
    }

    public void enable() {
        selected = administration.enable(selected.username());
        Messages.info("accounts.saved");
        refresh();
    }

    public void endSession(String handle) {
        signedIn.end(handle).ifPresent(user -> ended(1, "endedByAdministrator", user));
        refresh();
    }

    private void ended(int count, String reason) {
        ended(count, reason, selected.username());
    }

    private void ended(int count, String reason, String user) {
        administration.recordSessionsEnded(user, count, reason);
        if (count > 0) {
            Messages.info("accounts.sessionsEnded", count);
        }
    }

    /** The same errors, one field called by this form's name for it. */
    private static InvalidInputException renamed(InvalidInputException invalid, String field, String formField) {
        return new InvalidInputException(invalid.errors().stream()
                .map(e -> field.equals(e.field()) ? new org.amparo.shared.domain.FieldError(formField, e.message()) : e)
                .toList());
    }

    private void refresh() {
        accounts = null;
        sessions = null;
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v == null ? null : v.trim(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v == null ? new ArrayList<>() : v; }
    public AccountSummary getSelected() { return selected; }
    public List<String> getSelectedRoles() { return selectedRoles; }
    public void setSelectedRoles(List<String> v) { selectedRoles = v == null ? new ArrayList<>() : v; }
    public String getTemporaryPassword() { return temporaryPassword; }
    public void setTemporaryPassword(String v) { temporaryPassword = v; }
}
