package org.amparo.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * A personal access token: a program calls the API with {@code Authorization: Bearer <token>} instead of a password.
 * The token is 256 random bits, shown to its user once; only its SHA-256 is kept, so a leaked table gives nobody a
 * token, and checking one costs a hash, not a bcrypt verification. It carries some of its user's roles (never more than
 * the user has at the time of the call), expires, and can be revoked by its user or an administrator.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    /** What every token starts with, so that it is recognisable (secret scanners, logs that must not keep it). */
    public static final String PREFIX = "amp_";
    /** The longest a token may live. */
    public static final int MAX_DAYS = 366;
    /** How often the last use is written at most, so that a busy program does not write on every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private static final int RANDOM_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
    @SequenceGenerator(name = "access_token_seq", sequenceName = "access_token_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_token_role", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new HashSet<>();

    protected AccessToken() {
    }

    /**
     * A new token of {@code username} with these roles; {@code token} is the secret (from {@link #newSecret}), of which
     * only the hash is kept.
     */
    public AccessToken(String username, String name, String token, Set<String> roles, Instant createdAt, Instant expiresAt) {
        if (roles == null || roles.isEmpty() || !Roles.allKnown(roles)) {
            throw new IllegalArgumentException("A token needs known roles: " + roles);
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token must expire after it is made");
        }
        this.username = username;
        this.name = name;
        this.tokenHash = hash(token);
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new secret: the prefix and 256 random bits, base64url without padding (47 characters). */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token (checked before hashing, so that junk is refused cheaply). */
    public static boolean looksLikeToken(String text) {
        return text != null && text.length() == TOKEN_LENGTH && text.startsWith(PREFIX)
                && text.chars().skip(PREFIX.length()).allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }

    /** The SHA-256 of the token, in lower-case hex: what is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the token may be used at {@code now}: not revoked, not expired. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The roles a call with this token has: the token's, as far as its user still has them. */
    public Set<String> effectiveRoles(Set<String> userRoles) {
        Set<String> effective = new TreeSet<>(roles);
        effective.retainAll(userRoles);
        return effective;
    }

    /**
     * Whether a use at {@code now} should be recorded: only if the last recorded use is older than
     * {@link #LAST_USE_PRECISION}, so that a busy program does not write on every call.
     */
    public boolean useWorthRecording(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now);
    }

    /** The moment before which a recorded last use is stale at {@code now}. */
    public static Instant staleUseBefore(Instant now) {
        return now.minus(LAST_USE_PRECISION);
    }

    /** Revokes the token for good; a second revocation changes nothing. */
    public boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Set<String> getRoles() {
        return new TreeSet<>(roles);
    }
}
