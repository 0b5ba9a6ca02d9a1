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

    public String hash(char[] password) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            random.nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            var spec = new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}
