package org.amparo.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.amparo.security.domain.SignInThrottle;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sign-in's memory on this server: the throttle (limits from system properties, see
 * {@link SignInThrottle.Limits#fromSystemProperties()}), the key of the audit's hash of unknown usernames, and counters
 * of the hash work done.
 * <p>
 * The key is {@code amparo.signin.auditKey} (system property) or {@code AMPARO_SIGNIN_AUDIT_KEY}; without either, a random
 * key made at start-up, so that the same unknown username gets the same hash until the server restarts.
 */
@ApplicationScoped
public class SignInWork {

    /** Hash work since start-up. */
    public record Counts(long dummyHashVerifications, long accountHashVerifications) {
    }

    private SignInThrottle throttle;
    private SecretKeySpec key;
    private final AtomicLong dummy = new AtomicLong();
    private final AtomicLong account = new AtomicLong();

    @PostConstruct
    void start() {
        throttle = new SignInThrottle(SignInThrottle.Limits.fromSystemProperties());
        String configured = System.getProperty("amparo.signin.auditKey", System.getenv("AMPARO_SIGNIN_AUDIT_KEY"));
        byte[] bytes;
        if (configured == null || configured.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = configured.getBytes(StandardCharsets.UTF_8);
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public SignInThrottle throttle() {
        return throttle;
    }

    /** {@code unknown:} and 32 hex digits of HMAC-SHA256 of the lower-cased username: fits the audit's subject id. */
    public String keyedHash(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(username.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "unknown:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    void dummyHashVerified() {
        dummy.incrementAndGet();
    }

    void accountHashHandedOver() {
        account.incrementAndGet();
    }

    Counts counts() {
        return new Counts(dummy.get(), account.get());
    }
}
