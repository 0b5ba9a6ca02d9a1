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

    /** A number cell's value, or text that is a number (thousands separators allowed). */
    public static Optional<Double> number(SheetCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return Optional.of(cell.number());
        }
        try {
            return Optional.of(Double.parseDouble(cell.text().replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
