package org.amparo.security.domain;

import org.amparo.shared.domain.DomainRuleViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password a person chooses must be, after NIST SP 800-63B (5.1.1.2): at least {@value #MIN_LENGTH} characters
 * (any characters, spaces included, up to {@value #MAX_LENGTH}), not one of the commonly used passwords shipped with
 * the application ({@code common-passwords.txt}), not mostly the username (fewer than 6 other characters) and not one
 * character repeated. No composition
 * rules (no "one digit, one capital"): they make passwords harder to remember, not harder to guess.
 * <p>
 * Demo accounts of a demo installation keep their documented password and are not checked: they are created at
 * start-up, never through this policy.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any pass phrase; bcrypt reads the first 72 bytes, which still leaves a long phrase's worth. */
    public static final int MAX_LENGTH = 256;

    private static final String LIST = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that breaks the policy, naming the input field it was typed into.
     *
     * @param field    the input field, for the message ("password", "newPassword")
     * @param password the password as typed
     * @param username the account's username, which the password may not be
     * @throws DomainRuleViolation naming the field
     */
    public static void check(String field, char[] password, String username) {
        if (password == null || password.length == 0) {
            throw new DomainRuleViolation(field, "amparo.validation.passwordRequired");
        }
        int length = String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            throw new DomainRuleViolation(field, "amparo.validation.passwordLength", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainRuleViolation(field, "amparo.validation.passwordTooLong", MAX_LENGTH);
        }
        String lower = String.valueOf(password).toLowerCase(Locale.ROOT);
        if (username != null && !username.isEmpty()
                && lower.replace(username.toLowerCase(Locale.ROOT), "").length() < MIN_LENGTH / 2) {
            throw new DomainRuleViolation(field, "amparo.validation.passwordUsername");
        }
        if (lower.chars().distinct().count() == 1 || isCommon(lower)) {
            throw new DomainRuleViolation(field, "amparo.validation.passwordCommon");
        }
    }

    /** Whether the password, in any case, is on the list of commonly used passwords. */
    public static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** The list, read once, when first needed. */
    private static final class Common {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException(LIST + " is missing from the application");
                }
                Set<String> passwords = new HashSet<>(16_384);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("# ")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
