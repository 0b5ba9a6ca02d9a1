package org.amparo.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.security.application.AccessTokenSummary;
import org.amparo.security.application.PersonalAccessTokens;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everyone's own API tokens (make one, see it once, revoke); administrators also see and revoke everyone's. The page
 * only shows and forwards: the rules are {@link PersonalAccessTokens}'.
 */
@Named
@RequestScoped
public class TokensView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Inject
    PersonalAccessTokens tokens;

    private String name;
    private List<String> roles = new ArrayList<>();
    private Integer days = PersonalAccessTokens.DEFAULT_DAYS;
    /** The token just made: shown on this answer only, never again. */
    private String created;
    private List<AccessTokenSummary> mine;
    private List<AccessTokenSummary> everyone;

    /** The caller's roles: what a token may carry. */
    public List<String> getMyRoles() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return Roles.ALL.stream().filter(external::isUserInRole).toList();
    }

    public List<AccessTokenSummary> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public List<AccessTokenSummary> getEveryone() {
        if (everyone == null) {
            everyone = isAdmin() ? tokens.list(null) : List.of();
        }
        return everyone;
    }

    public void create() {
        try {
            Set<String> scope = roles == null ? Set.of() : new TreeSet<>(roles);
            PersonalAccessTokens.Created made = tokens.create(name, scope, days, null);
            created = made.secret();
            name = null;
            mine = null;
            everyone = null;
            Messages.info("tokens.created");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("newToken", invalid);
        }
    }

    public void revoke(AccessTokenSummary token) {
        if (isAdmin() && !token.username().equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser())) {
            tokens.revokeAny(token.id());
        } else {
            tokens.revokeMine(token.id());
        }
        mine = null;
        everyone = null;
        Messages.info("tokens.revoked");
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v; }
    public Integer getDays() { return days; }
    public void setDays(Integer v) { days = v; }
    public String getCreated() { return created; }
}
