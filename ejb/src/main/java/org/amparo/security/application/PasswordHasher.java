package org.amparo.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Hashes passwords with bcrypt into the modular crypt text ({@code $2a$...}) that the server's
 * jdbc-realm verifies at sign-in, using the server's own Elytron implementation.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt cost: 2^10 rounds, about 60 ms per check on this class of machine. */
    static final int COST = 10;
    private final SecureRandom random = new SecureRandom();
    /**
     * A hash of a random password nobody knows, at the same cost as every account's: a sign-in with an unknown (or
     * disabled) username is verified against it, so that it takes as long as a wrong password for a real account.
     */
    private volatile String dummy;

    /** Whether the password matches the stored hash (modular crypt text); false for a hash that cannot be read. */
    public boolean verify(char[] password, String storedHash) {
        try {
            var stored = ModularCrypt.decode(storedHash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The work of {@link #verify} for a password no account has: always false. */
    public boolean verifyAgainstDummy(char[] password) {
        String hash = dummy;
        if (hash == null) {
            char[] unknown = new char[32];
            for (int i = 0; i < unknown.length; i++) {
                unknown[i] = (char) ('!' + random.nextInt(94));
            }
            hash = hash(unknown);
            dummy = hash;
        }
        verify(password == null ? new char[0] : password, hash);
        return false;
    }

    public String hash(char[] password) {
        return hash(password, COST);
    }

    /** A hash at a lower cost than {@link #COST} (never higher): for the demo accounts only, whose password is public. */
    public String hash(char[] password, int cost) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            random.nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            var spec = new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(Math.min(cost, COST), salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}
