package org.amparo.reference.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The Census Bureau's FIPS code of a jurisdiction, which ties it to the boundary files the policy map draws: a state has
 * its 2 digits, a county 5 (the state's 2 and 3 of its own), a city or other place 7 (the state's 2 and a 5-digit place
 * code). A code always starts with the digits of the jurisdiction's own state.
 */
public final class FipsCode {

    /** State FIPS codes by postal code (the 50 states, DC and the territories). */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("AL", "01"), Map.entry("AK", "02"), Map.entry("AZ", "04"), Map.entry("AR", "05"),
            Map.entry("CA", "06"), Map.entry("CO", "08"), Map.entry("CT", "09"), Map.entry("DE", "10"),
            Map.entry("DC", "11"), Map.entry("FL", "12"), Map.entry("GA", "13"), Map.entry("HI", "15"),
            Map.entry("ID", "16"), Map.entry("IL", "17"), Map.entry("IN", "18"), Map.entry("IA", "19"),
            Map.entry("KS", "20"), Map.entry("KY", "21"), Map.entry("LA", "22"), Map.entry("ME", "23"),
            Map.entry("MD", "24"), Map.entry("MA", "25"), Map.entry("MI", "26"), Map.entry("MN", "27"),
            Map.entry("MS", "28"), Map.entry("MO", "29"), Map.entry("MT", "30"), Map.entry("NE", "31"),
            Map.entry("NV", "32"), Map.entry("NH", "33"), Map.entry("NJ", "34"), Map.entry("NM", "35"),
            Map.entry("NY", "36"), Map.entry("NC", "37"), Map.entry("ND", "38"), Map.entry("OH", "39"),
            Map.entry("OK", "40"), Map.entry("OR", "41"), Map.entry("PA", "42"), Map.entry("RI", "44"),
            Map.entry("SC", "45"), Map.entry("SD", "46"), Map.entry("TN", "47"), Map.entry("TX", "48"),
            Map.entry("UT", "49"), Map.entry("VT", "50"), Map.entry("VA", "51"), Map.entry("WA", "53"),
            Map.entry("WV", "54"), Map.entry("WI", "55"), Map.entry("WY", "56"), Map.entry("AS", "60"),
            Map.entry("GU", "66"), Map.entry("MP", "69"), Map.entry("PR", "72"), Map.entry("VI", "78"));

    private FipsCode() {
    }

    /** How many digits a jurisdiction of this level has. */
    public static int lengthFor(JurisdictionLevel level) {
        return switch (level) {
            case STATE -> 2;
            case COUNTY -> 5;
            case CITY -> 7;
        };
    }

    /** The 2-digit FIPS code of a state's postal code, if it is one. */
    public static Optional<String> ofState(String stateCode) {
        return Optional.ofNullable(stateCode == null ? null : STATES.get(stateCode));
    }

    /**
     * The code as it is stored (trimmed; null when blank), after checking its shape for the level and state.
     *
     * @throws IllegalArgumentException when it is not all digits, has the wrong length for the level, or does not
     *                                  start with the state's own code
     */
    public static String check(String code, JurisdictionLevel level, String stateCode) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String digits = code.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("A FIPS code has digits only");
        }
        if (level == null || digits.length() != lengthFor(level)) {
            throw new IllegalArgumentException("A FIPS code of a " + (level == null ? "jurisdiction" : level.name().toLowerCase())
                    + " has " + (level == null ? "2, 5 or 7" : lengthFor(level)) + " digits");
        }
        String state = ofState(stateCode).orElse(null);
        if (state != null && !digits.startsWith(state)) {
            throw new IllegalArgumentException("A FIPS code starts with its state's code, " + state + " for " + stateCode);
        }
        return digits;
    }

    /** Whether the code fits the level and state (blank fits: the code is optional). */
    public static boolean fits(String code, JurisdictionLevel level, String stateCode) {
        try {
            check(code, level, stateCode);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
