package org.amparo.monitoring.application;

import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.monitoring.domain.JailMoney;
import org.amparo.monitoring.infrastructure.JailMoneyStore;
import org.amparo.monitoring.infrastructure.MoneySheet;
import org.amparo.reference.domain.Facility;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.SearchText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a money spreadsheet's rows to one jurisdiction (see {@link FollowTheMoney#importFile}): each row's facility is
 * found among the jurisdiction's by its name (case, accents and spacing aside; blank: the jails together), its figures
 * are checked by the same rules as a year typed on the page, and it is added, replaces what is recorded (only when the
 * person chose to), or changes nothing when it repeats it. A facility and year listed twice is a problem of the later
 * row. The caller keeps or rolls back the whole.
 */
final class MoneyImport {

    /** What the rows did: the years added and replaced (for their audit records), how many were left, the problems. */
    record Outcome(List<JailMoney> added, List<JailMoney> replaced, int unchanged, List<Problem> problems) {
    }

    /** A row's problem: where, the value as read, and the message key with its arguments. */
    record Problem(int row, String cell, String field, String value, String key, Object... args) {

        static Problem of(ImportProblem p) {
            return new Problem(p.row(), p.cell(), p.field(), p.value(), p.key(), p.value(), p.detail());
        }
    }

    private final long jurisdictionId;
    private final Map<String, List<Facility>> facilitiesByName = new HashMap<>();
    private final JailMoneyStore store;
    private final Year today;
    private final String by;
    private final Instant at;
    private final boolean replace;

    MoneyImport(long jurisdictionId, List<Facility> facilities, JailMoneyStore store, Year today, String by, Instant at,
                boolean replace) {
        this.jurisdictionId = jurisdictionId;
        facilities.forEach(f -> facilitiesByName.computeIfAbsent(key(f.getName()), k -> new ArrayList<>()).add(f));
        this.store = store;
        this.today = today;
        this.by = by;
        this.at = at;
        this.replace = replace;
    }

    Outcome apply(MoneySheet.Read read) {
        List<Problem> problems = new ArrayList<>(read.problems().stream().map(Problem::of).toList());
        java.util.Set<Integer> badRows = new java.util.HashSet<>();
        read.problems().forEach(p -> badRows.add(p.row()));
        Map<String, Integer> seen = new HashMap<>();
        List<JailMoney> added = new ArrayList<>();
        List<JailMoney> replaced = new ArrayList<>();
        int unchanged = 0;
        for (MoneySheet.Row row : read.rows()) {
            Long facilityId = null;
            if (!row.facility().isBlank()) {
                List<Facility> named = facilitiesByName.getOrDefault(key(row.facility()), List.of());
                if (named.size() != 1) {
                    problems.add(new Problem(row.number(), row.facilityCell(), MoneySheet.FACILITY, row.facility(),
                            "amparo.import.money.unknownFacility", row.facility()));
                    continue;
                }
                facilityId = named.get(0).getId();
            }
            if (badRows.contains(row.number()) || row.fiscalYear() == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(facilityId + "/" + row.fiscalYear(), row.number());
            if (earlier != null) {
                problems.add(new Problem(row.number(), row.yearCell(), MoneySheet.FISCAL_YEAR, String.valueOf(row.fiscalYear()),
                        "amparo.import.money.twice", String.valueOf(earlier)));
                continue;
            }
            JailMoney.Figures figures;
            try {
                figures = figures(row);
                var existing = store.year(jurisdictionId, facilityId, row.fiscalYear());
                if (existing.isEmpty()) {
                    JailMoney year = new JailMoney(jurisdictionId, facilityId, row.fiscalYear(), figures, today, by, at);
                    store.add(year);
                    added.add(year);
                } else if (existing.get().holds(figures)) {
                    unchanged++;
                } else if (replace) {
                    existing.get().change(figures, by, at);
                    store.flush();
                    replaced.add(existing.get());
                } else {
                    problems.add(new Problem(row.number(), row.yearCell(), MoneySheet.FISCAL_YEAR,
                            String.valueOf(row.fiscalYear()), "amparo.validation.moneyRecorded"));
                }
            } catch (DomainRuleViolation broken) {
                boolean year = MoneySheet.FISCAL_YEAR.equals(broken.field());
                String cell = year ? row.yearCell() : row.cells().getOrDefault(broken.field(), row.yearCell());
                problems.add(new Problem(row.number(), cell, broken.field(),
                        year ? String.valueOf(row.fiscalYear()) : value(row, broken.field()), broken.messageKey(), broken.args()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        return new Outcome(added, replaced, unchanged, problems);
    }

    private static String value(MoneySheet.Row row, String field) {
        BigDecimal v = row.figures().get(field);
        return v == null ? "" : v.toPlainString();
    }

    private static JailMoney.Figures figures(MoneySheet.Row row) {
        Map<String, BigDecimal> f = row.figures();
        return new JailMoney.Figures(f.get(MoneySheet.SCAAP), f.get(MoneySheet.BUDGET), whole(f, MoneySheet.BEDS),
                f.get(MoneySheet.RATE), f.get(MoneySheet.REVENUE), f.get(MoneySheet.BED_COST), whole(f, MoneySheet.BED_DAYS),
                f.get(MoneySheet.OTHER), row.source(), row.notes());
    }

    /** A count of beds or bed-days: a whole number, else refused as the page refuses it. */
    private static Integer whole(Map<String, BigDecimal> f, String field) {
        BigDecimal v = f.get(field);
        if (v == null) {
            return null;
        }
        try {
            return v.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new DomainRuleViolation(field, "amparo.import.money.wholeNumber", v.toPlainString());
        }
    }

    private static String key(String name) {
        return SearchText.fold(name).replaceAll("\\s+", " ").strip();
    }
}
