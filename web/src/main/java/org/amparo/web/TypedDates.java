package org.amparo.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them (issue 15): {@code 1988-03-14} always; {@code 03/14/1988} (month first) in English and
 * {@code 14/03/1988} (day first) in Spanish, with slashes, dashes or dots and one or two digits. A time may follow a
 * date: {@code 18:30}, {@code 6:30 pm}. Anything else is not a date.
 */
public final class TypedDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);

    private TypedDates() {
    }

    /** Whether this language writes the day before the month. */
    public static boolean dayFirst(Locale locale) {
        return org.amparo.shared.domain.Labels.dayFirst(locale);
    }

    /** How a date is written in this language, for placeholders and for showing one back. */
    public static String pattern(Locale locale) {
        return org.amparo.shared.domain.Labels.dayPattern(locale);
    }

    public static Optional<LocalDate> date(String typed, Locale locale) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
            Matcher written = WRITTEN.matcher(text);
            if (written.matches()) {
                int first = Integer.parseInt(written.group(1));
                int second = Integer.parseInt(written.group(2));
                int year = Integer.parseInt(written.group(3));
                return Optional.of(dayFirst(locale) ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second));
            }
        } catch (java.time.DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A text written as a day (its date part, before a time) that names none: month 13, or 31 February. People mistype a
     * day more often than its shape, and "is not a date: write it as MM/DD/YYYY" does not tell them which part is wrong.
     * Empty when the text has not a day's shape, or is a day.
     */
    public static Optional<NoSuchDay> noSuchDay(String typed, Locale locale) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim().replace('T', ' ');
        int space = text.indexOf(' ');
        String day = space < 0 ? text : text.substring(0, space);
        Matcher iso = ISO.matcher(day);
        Matcher written = WRITTEN.matcher(day);
        NoSuchDay read;
        if (iso.matches()) {
            read = new NoSuchDay(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        } else if (written.matches()) {
            int first = Integer.parseInt(written.group(1));
            int second = Integer.parseInt(written.group(2));
            int year = Integer.parseInt(written.group(3));
            read = dayFirst(locale) ? new NoSuchDay(year, second, first) : new NoSuchDay(year, first, second);
        } else {
            return Optional.empty();
        }
        if (!read.monthExists()) {
            return Optional.of(read);
        }
        int last = java.time.YearMonth.of(read.year(), read.month()).lengthOfMonth();
        return read.day() >= 1 && read.day() <= last ? Optional.empty() : Optional.of(read);
    }

    /** The day a person wrote, as written: its month may be none (13), or its day not in that month. */
    public record NoSuchDay(int year, int month, int day) {

        public boolean monthExists() {
            return month >= 1 && month <= 12;
        }

        /** The month's name in this language ("February", "febrero"); only when {@link #monthExists()}. */
        public String monthName(Locale locale) {
            return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale);
        }
    }

    /**
     * Why a typed date is refused, in words, as the field's placeholder writes a date ({@code expected}): "February 1990
     * has no day 31", "there is no month 13: write it as MM/DD/YYYY", or "is not a date: write it as MM/DD/YYYY".
     */
    static String refusal(String typed, Locale locale, String notOneKey, String expected) {
        return noSuchDay(typed, locale)
                .map(wrong -> wrong.monthExists()
                        ? Messages.text("typed.noSuchDay", wrong.monthName(locale), String.valueOf(wrong.year()), String.valueOf(wrong.day()))
                        : Messages.text("typed.noSuchMonth", String.valueOf(wrong.month()), expected))
                .orElseGet(() -> Messages.text(notOneKey, expected));
    }

    public static Optional<LocalDateTime> dateTime(String typed, Locale locale) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.trim().replace('T', ' ');
        int space = text.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Optional<LocalDate> day = date(text.substring(0, space), locale);
        Matcher time = TIME.matcher(text.substring(space + 1).trim());
        if (day.isEmpty() || !time.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        String half = time.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = half.toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        try {
            return Optional.of(LocalDateTime.of(day.get(), LocalTime.of(hour, minute)));
        } catch (java.time.DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** A message about a field, naming it first when the page gave it a label ("Date of birth: is not a date..."). */
    static String fieldNamed(jakarta.faces.component.UIComponent component, String message) {
        Object label = component == null ? null : component.getAttributes().get("label");
        return label == null || label.toString().isBlank() ? message : label + ": " + message;
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(org.amparo.shared.domain.Labels.day(locale));
    }

    public static String format(LocalDateTime at, Locale locale) {
        return at == null ? "" : at.format(org.amparo.shared.domain.Labels.minutes(locale));
    }
}
