package org.amparo.imports.domain;

import org.amparo.shared.domain.PlausibleDates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a reference file speaks of, and how it was found. In order: a date in the file's name (ICE's
 * {@code …05182026am.xlsx}, {@code …_04092026.xlsx}, or ISO {@code 2026-04-09}); else its fiscal year, in the name or
 * a title row ("ICE FACILITIES DATA, FY25"): ICE's fiscal year runs from 1 October of the year before to 30 September,
 * and the file is dated the last day of that year, or today while that year is not over; else a date in a title row;
 * else the file's own properties (the day it was last saved, else created). A date after today is not believed, nor
 * a property's day before 1900, which no ICE file was saved on ({@link PlausibleDates}). A file none of these dates is
 * undated, and is imported as history only.
 */
public record FileDate(LocalDate asOf, Source source, String evidence, List<String> ignored) {

    /** Where the date came from, most trusted first. */
    public enum Source { FILE_NAME, FISCAL_YEAR_IN_NAME, FISCAL_YEAR_IN_TITLE, TITLE, FILE_SAVED, FILE_CREATED, NONE }

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\d)(\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{4})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)(?<![A-Z])FY[ _-]?(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?!\\d)");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_NAME_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("(?i)\\b" + MONTHS + ",?\\s+(\\d{4})\\b");

    public boolean dated() {
        return source != Source.NONE;
    }

    /**
     * Dates a file.
     *
     * @param fileName the name it was uploaded with
     * @param titles   the text of the rows above its header, top first
     * @param created  the day its properties say it was created, or null
     * @param saved    the day its properties say it was last saved, or null
     * @param today    today, in the organisation's zone
     */
    public static FileDate of(String fileName, List<String> titles, LocalDate created, LocalDate saved, LocalDate today) {
        List<String> ignored = new ArrayList<>();
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        LocalDate d = dateInName(name, today, ignored);
        if (d != null) {
            return new FileDate(d, Source.FILE_NAME, name, ignored);
        }
        Matcher fy = FISCAL_YEAR.matcher(name);
        if (fy.find()) {
            LocalDate end = fiscalYearEnd(fy.group(1));
            if (end != null) {
                return new FileDate(end.isAfter(today) ? today : end, Source.FISCAL_YEAR_IN_NAME, fy.group(), ignored);
            }
        }
        for (String title : titles) {
            Matcher m = FISCAL_YEAR.matcher(title);
            if (m.find()) {
                LocalDate end = fiscalYearEnd(m.group(1));
                if (end != null) {
                    return new FileDate(end.isAfter(today) ? today : end, Source.FISCAL_YEAR_IN_TITLE, clip(title), ignored);
                }
            }
        }
        for (String title : titles) {
            LocalDate t = dateInText(title);
            if (t != null && t.isAfter(today)) {
                ignored.add(clip(title));
            } else if (t != null) {
                return new FileDate(t, Source.TITLE, clip(title), ignored);
            }
        }
        if (saved != null && !saved.isAfter(today) && PlausibleDates.allows(saved)) {
            return new FileDate(saved, Source.FILE_SAVED, saved.toString(), ignored);
        }
        if (created != null && !created.isAfter(today) && PlausibleDates.allows(created)) {
            return new FileDate(created, Source.FILE_CREATED, created.toString(), ignored);
        }
        return new FileDate(null, Source.NONE, "", ignored);
    }

    /** The fiscal year's first day: 1 October of the year before. */
    public LocalDate fiscalYearStart() {
        return asOf == null ? null : LocalDate.of(asOf.getMonthValue() >= 10 ? asOf.getYear() : asOf.getYear() - 1, 10, 1);
    }

    /** The fiscal year's last day: 30 September. */
    public LocalDate fiscalYearEnd() {
        return fiscalYearStart() == null ? null : fiscalYearStart().plusYears(1).minusDays(1);
    }

    private static LocalDate dateInName(String name, LocalDate today, List<String> ignored) {
        for (Pattern p : List.of(MONTH_DAY_YEAR, YEAR_MONTH_DAY)) {
            Matcher m = p.matcher(name);
            while (m.find()) {
                LocalDate d = p == MONTH_DAY_YEAR ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(1), m.group(2), m.group(3));
                if (d != null && d.isAfter(today)) {
                    ignored.add(m.group());
                } else if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    static LocalDate dateInText(String text) {
        Matcher m = YEAR_MONTH_DAY.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null && m.group().contains("-")) {
                return d;
            }
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            LocalDate d = date(year, m.group(1), m.group(2));
            if (d != null) {
                return d;
            }
        }
        m = MONTH_NAME_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = DAY_MONTH_NAME_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        m = MONTH_NAME_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(2), String.valueOf(month(m.group(1))), "1");
        }
        return null;
    }

    private static int month(String name) {
        String key = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.US).toUpperCase(Locale.ROOT).startsWith(key)) {
                return month.getValue();
            }
        }
        return 0;
    }

    private static LocalDate fiscalYearEnd(String digits) {
        int year = Integer.parseInt(digits);
        year = digits.length() == 2 ? 2000 + year : year;
        return year < 1990 || year > 2100 ? null : LocalDate.of(year, 9, 30);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1990 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
