package org.amparo.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in to Amparo. The server's Elytron realm reads {@code password_hash} (bcrypt, modular crypt
 * format) and the roles straight from these tables; the password itself is never stored.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Version
    private int version;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "locale", length = 10)
    private String locale;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The user must choose a new password before anything else (after an administrator set it). */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /**
     * Made by a sign-in through the organisation's OpenID Connect provider: the provider owns the password, so Amparo's
     * own (a hash of random bytes) is never reset or changed here until an administrator ends the link.
     */
    @Column(name = "provider_linked", nullable = false)
    private boolean providerLinked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
        if (!Roles.allKnown(roles)) {
            throw new IllegalArgumentException("Unknown role in " + roles);
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = Instant.now();
        this.passwordChangedAt = createdAt;
    }

    /**
     * A new account with a password someone else chose (an administrator, or the installation's environment for the
     * first administrator): its user must choose their own at the first sign-in.
     */
    public static UserAccount withTemporaryPassword(String username, String displayName, String passwordHash,
                                                    Set<String> roles) {
        checkDisplayName(displayName);
        checkRoles(roles);
        UserAccount account = new UserAccount(username, displayName, passwordHash, roles);
        account.mustChangePassword = true;
        return account;
    }

    /**
     * The record of someone the organisation's identity provider signed in for the first time: its password hash is
     * of random bytes nobody knows, and the provider keeps the password.
     */
    public static UserAccount linkedToProvider(String username, String displayName, String unknowablePasswordHash,
                                               Set<String> roles) {
        UserAccount account = new UserAccount(username, displayName, unknowablePasswordHash, roles);
        account.providerLinked = true;
        return account;
    }

    /**
     * Ends the link to the identity provider (an organisation going back to local accounts): from now on an
     * administrator may give the person a temporary password.
     */
    public void endProviderLink() {
        this.providerLinked = false;
    }

    /**
     * The provider signed this person in: from now on it keeps their password. An account made here before the
     * organisation turned single sign-on on loses its local password, replaced by a hash of random bytes nobody knows,
     * so that an old (perhaps leaked) password cannot sign in again if local accounts come back; an administrator then
     * ends the link and sets a temporary one.
     *
     * @return true if the record was not linked yet
     */
    public boolean linkToProvider(java.util.function.Supplier<String> unknowablePasswordHash) {
        if (providerLinked) {
            return false;
        }
        providerLinked = true;
        passwordHash = unknowablePasswordHash.get();
        mustChangePassword = false;
        return true;
    }

    public boolean isProviderLinked() {
        return providerLinked;
    }

    /** An administrator's new password for the user: the user must replace it at the next sign-in. */
    public void resetPassword(String passwordHash, Instant now) {
        refuseWhileLinked();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
    }

    /** The user's own new password (already checked against the policy and hashed). */
    public void changePassword(String passwordHash, Instant now) {
        refuseWhileLinked();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** Nobody can sign in with a disabled account; its history stays. */
    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Replaces the account's roles: at least one, each a person's role. */
    public void assignRoles(Set<String> newRoles) {
        checkRoles(newRoles);
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    private void refuseWhileLinked() {
        if (providerLinked) {
            throw new org.amparo.shared.domain.DomainRuleViolation("password", "amparo.validation.providerLinked");
        }
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty() || !Roles.allKnown(roles)) {
            throw new org.amparo.shared.domain.DomainRuleViolation("roles", "amparo.validation.roles", String.join(", ", Roles.ALL));
        }
    }

    private static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new org.amparo.shared.domain.DomainRuleViolation("displayName", "amparo.validation.displayName", 120);
        }
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The stored bcrypt hash (modular crypt format): for verifying a password, never for showing. */
    public String passwordHash() {
        return passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
