package org.amparo.reference.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A facility's name as people read it. ICE's lists shout ("CLARK COUNTY JAIL"), repeat the state in brackets
 * ("CLARK COUNTY JAIL (IN) (IN)") or leave empty brackets ("IMPERIAL REGIONAL DETENTION FACILITY ()"); this gives
 * "Clark County Jail (IN)" and "Imperial Regional Detention Facility".
 */
public final class FacilityNames {

    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");
    private static final Pattern TRAILING_STATE = Pattern.compile("(\\s*\\(([A-Za-z]{2})\\))+\\s*$");
    private static final java.util.Set<String> KEEP_UPPER = java.util.Set.of("ICE", "CBP", "US", "USA", "ERO", "DHS",
            "CDF", "IPC", "II", "III", "IV", "LLC", "ICC", "CCA", "GEO", "DC");
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "and", "the", "at", "de", "del", "la", "las", "los");

    private FacilityNames() {
    }

    /**
     * Whether every word typed starts a word of the name, the city or the state (its code or its name), accents and
     * case ignored: "ejem ja" and "jail ca" find "Ejemplo County Jail" in California; "oun" finds nothing.
     * Nothing typed matches nothing.
     */
    public static boolean matches(String typed, String name, String city, String stateCode) {
        java.util.Set<String> wanted = org.amparo.shared.domain.SearchText.words(typed);
        if (wanted.isEmpty()) {
            return false;
        }
        String state = stateCode == null ? "" : stateCode + " " + UsStates.name(stateCode);
        java.util.Set<String> have = org.amparo.shared.domain.SearchText.words(
                (name == null ? "" : name) + " " + (city == null ? "" : city) + " " + state);
        return wanted.stream().allMatch(w -> have.stream().anyMatch(h -> h.startsWith(w)));
    }

    public static String clean(String name, String stateCode) {
        if (name == null) {
            return "";
        }
        String text = EMPTY_BRACKETS.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").trim();
        var trailing = TRAILING_STATE.matcher(text);
        String state = null;
        if (trailing.find()) {
            state = trailing.group(2).toUpperCase(Locale.ROOT);
            text = text.substring(0, trailing.start()).trim();
        }
        if (text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter)) {
            text = titleCase(text);
        }
        if (state == null && stateCode != null && !stateCode.isBlank()) {
            state = stateCode.trim().toUpperCase(Locale.ROOT);
        }
        return state == null ? text : text + " (" + state + ")";
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        String[] words = upper.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            String bare = w.replaceAll("[^A-Za-z]", "");
            if (KEEP_UPPER.contains(bare) || w.chars().anyMatch(Character::isDigit)) {
                out.append(w);
            } else if (i > 0 && SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                StringBuilder word = new StringBuilder(w.toLowerCase(Locale.ROOT));
                for (int k = 0; k < word.length(); k++) {
                    if (Character.isLetter(word.charAt(k)) && (k == 0 || !Character.isLetter(word.charAt(k - 1)) && word.charAt(k - 1) != '\'')) {
                        word.setCharAt(k, Character.toUpperCase(word.charAt(k)));
                    }
                }
                out.append(word);
            }
        }
        return out.toString();
    }
}
