package org.amparo.notifications.application;

import org.amparo.notifications.domain.NotificationKind;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a reminder in its reader's language: the local time with its zone's name, the case's pseudonym, a link.
 * Nothing else about the case goes in, so an email or a calendar entry that leaks says nothing about who it is.
 */
public final class ReminderTexts {

    /** Subject (email), title (application, calendar) and body (email) of one reminder. */
    public record Text(String subject, String title, String body) {
    }

    private static final String BUNDLE = "org.amparo.notifications.reminders";

    /**
     * The pseudonym kind reminders name a case by ("R-…"): not the de-identified exports' ("C-…"), since a reminder
     * carries the case's link (its id) beside it, and one must not serve as a key to the other.
     */
    public static final String REMINDER_PSEUDONYM = "reminder";

    private final Locale locale;
    private final ResourceBundle words;

    public ReminderTexts(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(BUNDLE, locale, ReminderTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The reader's language from an account's stored setting: Spanish when it says so, else English. */
    public static Locale localeOf(String stored) {
        return stored != null && stored.toLowerCase(Locale.ROOT).startsWith("es") ? Locale.forLanguageTag("es") : Locale.US;
    }

    /** "Monday, November 30, 2026 at 9:15 PM Central Standard Time": the time where it happens, with the zone's name. */
    public String when(Instant at, ZoneId zone) {
        ZoneId z = zone == null ? ZoneId.of("UTC") : zone;
        var local = at.atZone(z);
        String zoneName = z.getRules().isDaylightSavings(at)
                ? java.util.TimeZone.getTimeZone(z).getDisplayName(true, java.util.TimeZone.LONG, locale)
                : java.util.TimeZone.getTimeZone(z).getDisplayName(false, java.util.TimeZone.LONG, locale);
        return DateTimeFormatter.ofPattern(words.getString("time.pattern"), locale).format(local) + " (" + zoneName + ")";
    }

    /**
     * The texts of a reminder.
     *
     * @param pseudonym the case's pseudonym ("C-7K3QZ2M9XA"), or null for a digest
     * @param link      where to act: the case file, or the task inbox
     * @param count     for a digest, how many tasks
     */
    public Text of(NotificationKind kind, Instant at, ZoneId zone, String pseudonym, String link, int count) {
        Object[] args = {when(at, zone), pseudonym == null ? "" : pseudonym, link, count};
        return new Text(format(kind + ".subject", args), format(kind + ".title", args), format(kind + ".body", args));
    }

    /** A title for a calendar entry of this key ("DUE_TASK"), with the case's pseudonym. */
    public String title(String key, String pseudonym) {
        return format(key + ".title", new Object[]{"", pseudonym, "", 0});
    }

    public String word(String key) {
        return words.getString(key);
    }

    private String format(String key, Object[] args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }
}
