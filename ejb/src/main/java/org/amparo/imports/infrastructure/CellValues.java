package org.amparo.imports.infrastructure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reading typed values from cells the way real files write them: dates as date cells or as text in common forms. */
public final class CellValues {

    private static final List<DateTimeFormatter> DATE_TEXT = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M-d-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final List<DateTimeFormatter> DATE_TIME_TEXT = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd[' ']['T']H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu h:mm[:ss] a", java.util.Locale.US).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu h:mm[:ss]a", java.util.Locale.US).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uu H:mm").withResolverStyle(ResolverStyle.STRICT));

    private CellValues() {
    }

    /** A date cell's date, or text in one of the common US and ISO forms; empty when it is neither. */
    public static Optional<LocalDate> date(SheetCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.date() != null) {
            return Optional.of(cell.date());
        }
        for (DateTimeFormatter format : DATE_TEXT) {
            try {
                return Optional.of(LocalDate.parse(cell.text(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * A date cell's date and time, text with a date and a time ("3/14/2026 4:05 PM", "2026-03-14 16:05"), or a date
     * alone, which is read as the start of that day.
     */
    public static Optional<LocalDateTime> dateTime(SheetCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.date() != null && cell.number() != null) {
            return Optional.of(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(cell.number()).withNano(0));
        }
        String text = cell.text().toUpperCase(java.util.Locale.ROOT);
        for (DateTimeFormatter format : DATE_TIME_TEXT) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return date(cell).map(LocalDate::atStartOfDay);
    }

    /** What ICE and others write for "none" or "not reported" in a number or date column; read as empty. */
    private static final java.util.regex.Pattern NOT_AVAILABLE = java.util.regex.Pattern.compile(
            "(?i)#?N/?A\\.?|N\\.A\\.|#N/A N/A|-+|\u2013|\u2014|\\.|NONE|NULL|NIL|NOT AVAILABLE|NOT APPLICABLE|NOT REPORTED|UNKNOWN|TBD|\\?|#VALUE!|#REF!|#DIV/0!|#NAME\\?|#NUM!|#NULL!");

    /**
     * A cell that says "no value": N/A, #N/A, NA, n/a, "-", "—", "none", a spreadsheet error and the like. Such a cell
     * in a number or date column is read as empty (with a note), never as a row's problem.
     */
    public static boolean notAvailable(SheetCell cell) {
        return cell != null && cell.number() == null && cell.date() == null && NOT_AVAILABLE.matcher(cell.text().trim()).matches();
    }

    /** A number cell's value, or text that is a number (thousands separators allowed). */
    public static Optional<Double> number(SheetCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return Optional.of(cell.number());
        }
        try {
            double value = Double.parseDouble(cell.text().replace(",", "").replace("$", "").trim());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
