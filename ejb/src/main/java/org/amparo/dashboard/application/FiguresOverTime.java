package org.amparo.dashboard.application;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.domain.CountedPeriod;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;

/**
 * The figures over time put together from their parts (the whole months kept as counts, the days at the period's ends
 * counted from the cases): the counts of one key added up, in one order whichever way they were counted and on either
 * database. Months in time order; facilities by count, most first; jurisdictions and labels alphabetically.
 */
public final class FiguresOverTime {

    private static final Comparator<String> WORDS = nullsLast(Collator.getInstance(Locale.ROOT));

    private FiguresOverTime() {
    }

    public static List<MonthCount> months(List<List<MonthCount>> parts) {
        return sum(parts, m -> List.of(m.year(), m.month(), String.valueOf(m.label())),
                (m, n) -> new MonthCount(m.year(), m.month(), m.label(), n), MonthCount::count,
                Comparator.comparingInt(MonthCount::year).thenComparingInt(MonthCount::month)
                        .thenComparing(MonthCount::label, WORDS));
    }

    public static List<LabelCount> labels(List<List<LabelCount>> parts) {
        return sum(parts, LabelCount::label, (l, n) -> new LabelCount(l.label(), n), LabelCount::count,
                Comparator.comparingLong(LabelCount::count).reversed().thenComparing(LabelCount::label, WORDS));
    }

    public static List<JurisdictionFinding> findings(List<List<JurisdictionFinding>> parts) {
        return sum(parts, f -> List.of(String.valueOf(f.jurisdiction()), f.finding()),
                (f, n) -> new JurisdictionFinding(f.jurisdiction(), f.finding(), n), JurisdictionFinding::count,
                Comparator.comparing(JurisdictionFinding::jurisdiction, WORDS)
                        .thenComparing(f -> f.finding().name()));
    }

    /**
     * A figure over a period in its parts: the whole months that were over when the counts kept per month were made
     * ({@code countedAt}) from those counts, the days at either end (this month's so far) from the cases. A period that
     * ends before it begins has nothing in it.
     */
    public static <T> List<List<T>> parts(DashboardFilter f, Instant countedAt, Function<DashboardFilter, List<T>> fromCases,
                                          BiFunction<YearMonth, YearMonth, List<T>> fromCounts) {
        LocalDate from = f.from() == null ? EARLIEST : f.from();
        LocalDate to = f.to() == null ? LATEST : f.to();
        if (from.isAfter(to)) {
            return List.of();
        }
        CountedPeriod period = CountedPeriod.of(from, to, YearMonth.from(countedAt.atZone(ZoneOffset.UTC)));
        List<List<T>> parts = new ArrayList<>();
        period.firstMonth().ifPresent(first -> parts.add(fromCounts.apply(first, period.lastMonth().orElseThrow())));
        for (CountedPeriod.Days days : period.edges()) {
            parts.add(fromCases.apply(f.between(days.first(), days.last())));
        }
        return parts;
    }

    /** The earliest and latest days of a period left open, as the counts from the cases take them. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9998, 12, 31);

    private static <T> List<T> sum(List<List<T>> parts, Function<T, Object> key, BiFunction<T, Long, T> withCount,
                                   Function<T, Long> count, Comparator<T> order) {
        Map<Object, T> sums = new LinkedHashMap<>();
        for (List<T> part : parts) {
            for (T row : part) {
                sums.merge(key.apply(row), row, (a, b) -> withCount.apply(a, count.apply(a) + count.apply(b)));
            }
        }
        List<T> all = new ArrayList<>(sums.values());
        all.sort(order);
        return all;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<String> nullsLast(Collator collator) {
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsLast((Comparator) collator);
    }
}
