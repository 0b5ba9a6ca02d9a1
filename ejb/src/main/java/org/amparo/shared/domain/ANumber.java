package org.amparo.shared.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Alien Registration Number: nine digits, written by people and agencies as {@code A012345678},
 * {@code A-012-345-678}, {@code 12345678} and so on. Eight-digit numbers are left-padded to nine.
 */
public final class ANumber implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Separators people type between digit groups. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.\\u00A0]");
    private static final Pattern DIGITS = Pattern.compile("\\d{8,9}");

    private final String digits;

    private ANumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses any written form of an A-number.
     *
     * @throws IllegalArgumentException with a message a caseworker can act on, when the text is no A-number
     */
    public static ANumber parse(String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ANumber(leftPad(strip(text)));
    }

    /** True when {@link #parse(String)} would accept the text. */
    public static boolean isValid(String text) {
        return problemWith(text) == null;
    }

    /** Parses, or returns null for blank text: for optional fields. */
    public static ANumber parseOptional(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** The nine digits, as stored. */
    public String digits() {
        return digits;
    }

    /** The form people read: {@code A-012-345-678}. */
    public String formatted() {
        return "A-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    private static String problemWith(String text) {
        if (text == null || text.isBlank()) {
            return "An A-number is required";
        }
        String bare = strip(text);
        if (!bare.chars().allMatch(Character::isDigit)) {
            return "An A-number has only digits after the letter A";
        }
        if (!DIGITS.matcher(bare).matches()) {
            return "An A-number has 8 or 9 digits, this one has " + bare.length();
        }
        return null;
    }

    private static String strip(String text) {
        String bare = SEPARATORS.matcher(text.trim()).replaceAll("");
        if (!bare.isEmpty() && (bare.charAt(0) == 'A' || bare.charAt(0) == 'a')) {
            bare = bare.substring(1);
        }
        return bare;
    }

    private static String leftPad(String bare) {
        return bare.length() == 8 ? "0" + bare : bare;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ANumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Deliberately the masked form: an A-number must not end up in a log line by accident. */
    @Override
    public String toString() {
        return "A-***-***-" + digits.substring(6);
    }
}
