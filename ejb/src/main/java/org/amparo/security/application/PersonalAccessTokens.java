package org.amparo.security.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.AccessToken;
import org.amparo.security.domain.AccessTokens;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Personal access tokens for the API: a signed-in user makes one with some of their roles and an expiry and is shown
 * it once; the user or an administrator revokes it; the API's bearer authentication asks {@link #authenticate} on each
 * call. Every creation, revocation and refused use is audited, by the token's id: the token itself (and its hash) is
 * never recorded or logged.
 */
@Stateless
@Interceptors(org.amparo.shared.domain.DomainRules.class)
public class PersonalAccessTokens {

    /** The expiry when none is asked for. */
    public static final int DEFAULT_DAYS = 90;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: its description and, this once, the token itself. */
    public record Created(AccessTokenSummary token, String secret) {
    }

    /** Who a valid token speaks for, and with which roles (the token's, as far as the user still has them). */
    public record Grant(long tokenId, String username, Set<String> roles) {
    }

    @Inject
    AccessTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * A new token of the caller, with these of the caller's roles (all of them if none is named), valid for {@code days}
     * days ({@value #DEFAULT_DAYS} if not said, at most {@value AccessToken#MAX_DAYS}), or until {@code expiresAt} if
     * that is given instead (in the future, at most as far).
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public Created create(String name, Set<String> roles, Integer days, Instant expiresAt) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty()) {
            throw validation.invalid("name", "amparo.validation.required");
        }
        if (label.length() > 80) {
            throw validation.invalid("name", "amparo.validation.tokenName");
        }
        if (roles != null && !Roles.allKnown(roles)) {
            // a null or blank role is as unknown as a misspelt one (and a sorted set would not take a null)
            throw validation.invalid("roles", "amparo.validation.tokenRoles");
        }
        Set<String> mine = new TreeSet<>();
        Roles.ALL.stream().filter(session::isCallerInRole).forEach(mine::add);
        Set<String> scope = roles == null || roles.isEmpty() ? mine : new TreeSet<>(roles);
        if (scope.isEmpty() || !mine.containsAll(scope)) {
            throw validation.invalid("roles", "amparo.validation.tokenRoles");
        }
        Instant now = Instant.now(clock);
        Instant expiry;
        if (expiresAt != null) {
            if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(Duration.ofDays(AccessToken.MAX_DAYS)))) {
                throw validation.invalid("expiresAt", "amparo.validation.tokenExpiry", AccessToken.MAX_DAYS);
            }
            expiry = expiresAt;
        } else {
            int lifetime = days == null ? DEFAULT_DAYS : days;
            if (lifetime < 1 || lifetime > AccessToken.MAX_DAYS) {
                throw validation.invalid("days", "amparo.validation.tokenDays", AccessToken.MAX_DAYS);
            }
            expiry = now.plus(Duration.ofDays(lifetime));
        }
        String secret = AccessToken.newSecret(RANDOM);
        AccessToken token = new AccessToken(me(), label, secret, scope, now, expiry);
        tokens.add(token);
        audit.record("token.created", "AccessToken", token.getId(), "user=" + token.getUsername() + ", roles=" + scope
                + ", expiresAt=" + token.getExpiresAt());
        return new Created(summary(token, now), secret);
    }

    /** The caller's tokens, newest first, revoked and expired ones included. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public List<AccessTokenSummary> mine() {
        Instant now = Instant.now(clock);
        return tokens.of(me()).stream().map(t -> summary(t, now)).toList();
    }

    /** The caller revokes one of their own tokens (404 for anyone else's). */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
    public AccessTokenSummary revokeMine(long id) {
        AccessToken token = tokens.find(id).filter(t -> t.getUsername().equals(me()))
                .orElseThrow(() -> new NotFoundException("token", id));
        return revoke(token);
    }

    /** Every token (of one user, if named), newest first: for administrators. */
    @RolesAllowed(Roles.ADMIN)
    public List<AccessTokenSummary> list(String username) {
        Instant now = Instant.now(clock);
        List<AccessToken> found = username == null || username.isBlank() ? tokens.all(1000) : tokens.of(username.trim());
        return found.stream().map(t -> summary(t, now)).toList();
    }

    /** An administrator revokes anyone's token. */
    @RolesAllowed(Roles.ADMIN)
    public AccessTokenSummary revokeAny(long id) {
        return revoke(tokens.find(id).orElseThrow(() -> new NotFoundException("token", id)));
    }

    /**
     * Whom a bearer token speaks for, if it is a live token of an enabled account; a refusal is audited with its reason
     * (and the token's id when the token exists), never with the token. Called before anyone is signed in, hence
     * {@code @PermitAll}: it writes only the audit record and the token's last use.
     */
    @PermitAll
    public Optional<Grant> authenticate(String secret, String address) {
        if (!AccessToken.looksLikeToken(secret)) {
            audit.record("token.refused", "AccessToken", null, "reason=malformed, address=" + address);
            return Optional.empty();
        }
        Optional<AccessToken> found = tokens.findByHash(AccessToken.hash(secret));
        if (found.isEmpty()) {
            audit.record("token.refused", "AccessToken", null, "reason=unknown, address=" + address);
            return Optional.empty();
        }
        AccessToken token = found.get();
        Instant now = Instant.now(clock);
        String refusal = null;
        Optional<UserAccount> account = accounts.find(token.getUsername());
        Set<String> roles = account.map(a -> token.effectiveRoles(a.getRoles())).orElse(Set.of());
        if (token.isRevoked()) {
            refusal = "revoked";
        } else if (!token.isUsableAt(now)) {
            refusal = "expired";
        } else if (account.isEmpty() || !account.get().isEnabled()) {
            refusal = "accountDisabled";
        } else if (roles.isEmpty()) {
            refusal = "noRolesLeft";
        }
        if (refusal != null) {
            audit.record("token.refused", "AccessToken", token.getId(), "user=" + token.getUsername() + ", reason=" + refusal
                    + ", address=" + address);
            return Optional.empty();
        }
        if (token.useWorthRecording(now)) {
            tokens.recordUse(token.getId(), now, AccessToken.staleUseBefore(now));
        }
        return Optional.of(new Grant(token.getId(), token.getUsername(), roles));
    }

    private AccessTokenSummary revoke(AccessToken token) {
        if (token.revoke(me(), Instant.now(clock))) {
            audit.record("token.revoked", "AccessToken", token.getId(), "user=" + token.getUsername());
        }
        return summary(token, Instant.now(clock));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    static AccessTokenSummary summary(AccessToken t, Instant now) {
        String state = t.isRevoked() ? "revoked" : t.isUsableAt(now) ? "active" : "expired";
        return new AccessTokenSummary(t.getId(), t.getUsername(), t.getName(), List.copyOf(t.getRoles()), t.getCreatedAt(),
                t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(), state);
    }
}
