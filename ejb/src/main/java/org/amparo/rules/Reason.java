package org.amparo.rules;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.shared.domain.Labels;

/**
 * Why a rule fired (or could not decide), as a message key with arguments, so the case file can say it in the
 * reader's language. Reasons are for people: clients must not parse them.
 *
 * @param key  a key of the {@code org.amparo.rules.reasons} bundle
 * @param args already formatted arguments (ISO dates, numbers), records and codes as tokens worded by {@link #text}
 */
public record Reason(String key, List<String> args) {

    private static final String BUNDLE = "org.amparo.rules.reasons";

    public Reason {
        args = List.copyOf(args);
    }

    /** Names a record or a code inside an argument, worded only when the reason is read (see {@link #text}). */
    private static final Pattern TOKEN = Pattern.compile("\\{\\{(conviction|enum)\\|([^}]*)}}");
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),\\s*choice\\s*,");

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(Reason::argument).toList());
    }

    /** A code (an enum constant) becomes a token, worded in the reader's language; a time loses its seconds; anything else its text. */
    private static String argument(Object value) {
        if (value instanceof java.time.LocalDateTime t) {
            return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
        return value instanceof Enum<?> e ? "{{enum|" + Labels.typeName(e.getDeclaringClass()) + "|" + e.name() + "}}"
                : String.valueOf(value);
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
        Object[] values = args.stream().map(a -> words(a, locale)).toArray();
        // a count the wording chooses its noun by ("1 hour", "28 hours": {2,choice,...}) is given as the number it is;
        // the pattern writes the count itself as {2,number,#}, without grouping
        Matcher choice = CHOICE.matcher(pattern);
        while (choice.find()) {
            int i = Integer.parseInt(choice.group(1));
            if (i < values.length && values[i] instanceof String v && v.matches("-?\\d{1,18}")) {
                values[i] = Long.parseLong(v);
            }
        }
        return format.format(values);
    }

    /** An argument with its tokens worded: a conviction by its offense and date, a code by its label. */
    private static String words(String argument, Locale locale) {
        Matcher m = TOKEN.matcher(argument);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] parts = m.group(2).split("\\|", -1);
            String text = "enum".equals(m.group(1)) ? Labels.ofName(parts[0], parts[1], locale) : conviction(parts, locale);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String conviction(String[] parts, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Reason.class.getClassLoader());
        String index = parts[0];
        String date = parts.length > 1 ? parts[1] : "";
        String offense = parts.length > 2 && !parts[2].isEmpty() && bundle.containsKey("offense." + parts[2])
                ? bundle.getString("offense." + parts[2]) : "";
        String key = offense.isEmpty() ? (date.isEmpty() ? "record.conviction.neither" : "record.conviction.noOffense")
                : (date.isEmpty() ? "record.conviction.noDate" : "record.conviction");
        return new MessageFormat(bundle.getString(key), locale).format(new Object[]{offense, date, index});
    }

    /** The reason in English, as the API gives it. */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
