package org.amparo.rules;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why a rule fired (or could not decide), as a message key with arguments, so the case file can say it in the
 * reader's language. Reasons are for people: clients must not parse them.
 *
 * @param key  a key of the {@code org.amparo.rules.reasons} bundle
 * @param args already formatted arguments (indexes, ISO dates, enumeration names)
 */
public record Reason(String key, List<String> args) {

    private static final String BUNDLE = "org.amparo.rules.reasons";

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The reason in the given language (English when the language has no translation). */
    public String text(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Reason.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        return format.format(args.toArray());
    }

    /** The reason in English, as the API gives it. */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
