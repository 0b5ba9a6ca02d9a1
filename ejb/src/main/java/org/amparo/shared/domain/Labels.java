package org.amparo.shared.domain;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place codes become words: every enum constant a person reads (on a page, in history, in an export) is worded
 * by the bundle {@code org/amparo/i18n/labels} under {@code enum.<Type>.<NAME>} ({@code enum.CaseStep.INTAKE}; a
 * nested type keeps its outer one: {@code enum.PossibleDuplicate.Reason.SAME_A_NUMBER}), in English and Spanish. ICE
 * forms, which are reference data, are named as DHS prints them ({@code I_247A} is "I-247A").
 */
public final class Labels {

    public static final String BUNDLE = "org.amparo.i18n.labels";

    private Labels() {
    }

    /** The bundle key of an enum constant. */
    public static String key(Enum<?> value) {
        return "enum." + typeName(value.getDeclaringClass()) + "." + value.name();
    }

    /** An enum type's name in the bundle's keys: its simple name, after its outer type's if it is nested. */
    public static String typeName(Class<?> enumType) {
        return enumType.getName().substring(enumType.getPackageName().length() + 1).replace('$', '.');
    }

    /** Any other key of the bundle ({@code record.Person}), or {@code fallback} if it lacks it. */
    public static String text(String key, String fallback, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** Whether this language writes the day before the month: 30/11/2026 in Spanish, 11/30/2026 in English. */
    public static boolean dayFirst(Locale locale) {
        return locale != null && !"en".equals(locale.getLanguage());
    }

    /**
     * How this language writes a day (a {@link java.time.format.DateTimeFormatter} pattern), as the pages' date fields
     * ask for one and as every page shows one.
     */
    public static String dayPattern(Locale locale) {
        return dayFirst(locale) ? "dd/MM/yyyy" : "MM/dd/yyyy";
    }

    /** A day as this language writes it ({@link #dayPattern}): 11/30/2026, 30/11/2026. */
    public static java.time.format.DateTimeFormatter day(Locale locale) {
        return formatter(locale, "");
    }

    /** A day and its time to the minute: 11/30/2026 18:00, 30/11/2026 18:00. */
    public static java.time.format.DateTimeFormatter minutes(Locale locale) {
        return formatter(locale, " HH:mm");
    }

    /** A day, its time and the zone's name in this language: 11/30/2026 18:00 CST. */
    public static java.time.format.DateTimeFormatter minutesWithZone(Locale locale) {
        return formatter(locale, " HH:mm z");
    }

    /**
     * Each language's formatters, made once: the case list and the audit trail format several dates a row, and a pattern
     * parsed anew for each was work done again for nothing.
     */
    private static final Map<Locale, Map<String, java.time.format.DateTimeFormatter>> FORMATTERS = new ConcurrentHashMap<>();

    private static java.time.format.DateTimeFormatter formatter(Locale locale, String time) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        Map<String, java.time.format.DateTimeFormatter> made = FORMATTERS.get(language);
        if (made == null) {
            if (FORMATTERS.size() >= MAX_LOCALES) { // a reader's locale comes from a request: never an unbounded cache
                return java.time.format.DateTimeFormatter.ofPattern(dayPattern(language) + time, language);
            }
            made = FORMATTERS.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        }
        return made.computeIfAbsent(time, t -> java.time.format.DateTimeFormatter.ofPattern(dayPattern(language) + t, language));
    }

    /** "yes" or "no" in the reader's language. */
    public static String yesNo(boolean yes, Locale locale) {
        return bundle(locale).getString(yes ? "word.yes" : "word.no");
    }

    /** An enum constant in the reader's language; its code only if the bundle lacks it (a test sees that never happens). */
    public static String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        Map<Enum<?>, String> words = WORDS.get(language);
        if (words == null) {
            if (WORDS.size() >= MAX_LOCALES) { // a reader's locale comes from a request: never an unbounded cache
                return lookUp(value, language);
            }
            words = WORDS.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        }
        return words.computeIfAbsent(value, v -> lookUp(v, language));
    }

    /**
     * Each constant's word per language, looked up once: an export words four or five constants per row, and a bundle
     * look-up (the class loader's cache key, the key's string) per cell was most of what an export of a million rows
     * spent beyond writing its cells.
     */
    private static final Map<Locale, Map<Enum<?>, String>> WORDS = new ConcurrentHashMap<>();

    private static final int MAX_LOCALES = 16;

    private static String lookUp(Enum<?> value, Locale locale) {
        try {
            return bundle(locale).getString(key(value));
        } catch (MissingResourceException missing) {
            return value.name();
        }
    }

    /**
     * A code that names an enum constant of {@code type} (as stored in history or sent by a program) in the reader's
     * language; anything else as it is.
     */
    public static <E extends Enum<E>> String ofCode(Class<E> type, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        try {
            return of(Enum.valueOf(type, code), locale);
        } catch (IllegalArgumentException notOne) {
            return code;
        }
    }

    /**
     * A code by its enum type's key name ({@code "CaseStep"}, {@code "ReferenceImport.Kind"}) and its name, for codes
     * that reach a page or a history as text; a code the bundle lacks stays as it is.
     */
    public static String ofName(String type, String name, Locale locale) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        try {
            return bundle(locale).getString("enum." + type + "." + name);
        } catch (MissingResourceException missing) {
            return name;
        }
    }

    /** Whether the bundle words this constant (for tests). */
    public static boolean has(Enum<?> value, Locale locale) {
        return bundle(locale).containsKey(key(value));
    }

    /** An ICE form's code as DHS names the form: {@code I_247A} is "I-247A". */
    public static String iceForm(String code) {
        return code == null ? "" : code.replace('_', '-');
    }

    /**
     * An ICE form by its number as DHS prints it and what it is, in the reader's language ("I-247A · Detainer, notice
     * of action (2017 on)" for {@code I_247A}): a volunteer choosing the paper in a caller's hand knows it by either.
     * A form the labels do not know is its number alone.
     */
    public static String iceFormNamed(String code, Locale locale) {
        String name = code == null ? null : text("iceForm." + code, null, locale);
        return name == null ? iceForm(code) : iceForm(code) + " · " + name;
    }

    /**
     * An ICE document's title: in English the reference data's own (as DHS titles the form), in another language the
     * form's number and what it is in that language, where the labels know it.
     */
    public static String iceFormTitle(String code, String title, Locale locale) {
        boolean english = locale == null || "en".equals(locale.getLanguage());
        return english || code == null || text("iceForm." + code, null, locale) == null ? title : iceFormNamed(code, locale);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
