package org.amparo.dashboard.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A period of whole days split into the whole calendar months inside it that were over when the counts kept per month
 * were made, which those counts answer, and the days at either end, which are counted from the cases. The last 12
 * months to today (the dashboard's default), counted this month, are 12 whole months and this month's days so far.
 *
 * @param firstMonth the first whole month, empty when the period holds none
 * @param lastMonth  the last whole month (empty with {@code firstMonth})
 * @param edges      the days outside the whole months, each as its first and last day (none, one or two ranges)
 */
public record CountedPeriod(Optional<YearMonth> firstMonth, Optional<YearMonth> lastMonth, List<Days> edges) {

    /** Whole days from {@code first} to {@code last}, both included. */
    public record Days(LocalDate first, LocalDate last) {
    }

    /**
     * The split of {@code from} to {@code to} (both included, {@code from} not after {@code to}), with whole months taken
     * only before {@code countedBefore}: the month the counts were made in was not over when they were, so it and any
     * later month are counted from the cases.
     */
    public static CountedPeriod of(LocalDate from, LocalDate to, YearMonth countedBefore) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period ends on or after its first day");
        }
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        if (!last.isBefore(countedBefore)) {
            last = countedBefore.minusMonths(1);
        }
        if (first.isAfter(last)) {
            return new CountedPeriod(Optional.empty(), Optional.empty(), List.of(new Days(from, to)));
        }
        List<Days> edges = new ArrayList<>(2);
        if (from.isBefore(first.atDay(1))) {
            edges.add(new Days(from, first.atDay(1).minusDays(1)));
        }
        if (to.isAfter(last.atEndOfMonth())) {
            edges.add(new Days(last.plusMonths(1).atDay(1), to));
        }
        return new CountedPeriod(Optional.of(first), Optional.of(last), List.copyOf(edges));
    }
}
