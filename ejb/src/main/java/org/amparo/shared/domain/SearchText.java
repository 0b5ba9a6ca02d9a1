package org.amparo.shared.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, accents removed, runs of white space made one.
 * "José  MUÑOZ" and "jose munoz" fold to the same key, on every database.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private SearchText() {
    }

    /** The longest name word kept whole in the name index; longer words are cut (a prefix still finds them). */
    public static final int MAX_TOKEN = 60;

    /** The most words of a query that are matched; a caller's name never needs more. */
    public static final int MAX_QUERY_WORDS = 6;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The words of a name, folded: what the name index holds and what a query's words are prefixes of.
     * "María José García-López" gives maria, jose, garcia, lopez. Letters and digits of any script; everything else
     * separates words.
     */
    public static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word.length() <= MAX_TOKEN ? word : word.substring(0, MAX_TOKEN));
            }
        }
        return words;
    }

    /**
     * The smallest text after every word that starts with {@code prefix} (made of letters and digits), so that a
     * prefix search is a range {@code prefix <= word < bound} that an ordinary index answers on H2 and PostgreSQL
     * alike, whatever the database's collation. Null when no bound is needed ("zzz" has nothing after it).
     * In ASCII, 'z' carries into the previous letter rather than stepping to punctuation, which some collations
     * ignore.
     */
    public static String prefixBound(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (bound.length() > 0) {
            int last = bound.length() - 1;
            char c = bound.charAt(last);
            if (c == 'z') {
                bound.setLength(last);
            } else if (c == '9') {
                bound.setCharAt(last, 'a');
                return bound.toString();
            } else if (c == Character.MAX_VALUE || Character.isSurrogate(c)) {
                bound.setLength(last);
            } else {
                bound.setCharAt(last, (char) (c + 1));
                return bound.toString();
            }
        }
        return null;
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }
}
