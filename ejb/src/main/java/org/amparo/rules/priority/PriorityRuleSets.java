package org.amparo.rules.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of rule sets with the days each was in force (DOMAIN.md section 3's table). A date picks exactly one
 * set: the periods neither overlap nor leave a gap, and the last is open-ended. A day before the first period is
 * judged by the first set (the oldest memo Amparo knows).
 */
public final class PriorityRuleSets {

    private final List<RuleSetPeriod> periods;

    public PriorityRuleSets(List<RuleSetPeriod> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("At least one rule set is needed");
        }
        List<RuleSetPeriod> sorted = periods.stream().sorted(Comparator.comparing(RuleSetPeriod::from)).toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            RuleSetPeriod p = sorted.get(i);
            RuleSetPeriod next = sorted.get(i + 1);
            if (p.until() == null || !p.until().plusDays(1).equals(next.from())) {
                throw new IllegalArgumentException("Rule-set periods must follow each other without gap or overlap: "
                        + p.set().id() + " / " + next.set().id());
            }
        }
        if (sorted.get(sorted.size() - 1).until() != null) {
            throw new IllegalArgumentException("The last rule set must be open-ended");
        }
        this.periods = sorted;
    }

    /** One set for every day (tests), whatever its registered dates. */
    public static PriorityRuleSets only(PriorityRuleSet set) {
        return new PriorityRuleSets(List.of(new RuleSetPeriod(set, LocalDate.of(1900, 1, 1), null)));
    }

    /** The sets Amparo knows, with their dates (DOMAIN.md section 3). Add a later memo here. */
    public static PriorityRuleSets standard() {
        Ice2011PriorityRules morton = new Ice2011PriorityRules();
        Dhs2014PriorityRules johnson = new Dhs2014PriorityRules();
        Eo2017PriorityRules eo2017 = new Eo2017PriorityRules();
        Dhs2021InterimPriorityRules pekoske = new Dhs2021InterimPriorityRules();
        Dhs2021GuidelinesPriorityRules mayorkas = new Dhs2021GuidelinesPriorityRules();
        GuidelinesVacated2022 vacated = new GuidelinesVacated2022();
        Eo2025NoPriorities eo2025 = new Eo2025NoPriorities();
        return new PriorityRuleSets(List.of(
                new RuleSetPeriod(morton, LocalDate.of(2011, 3, 2), LocalDate.of(2015, 1, 4)),
                new RuleSetPeriod(johnson, LocalDate.of(2015, 1, 5), LocalDate.of(2017, 1, 24)),
                new RuleSetPeriod(eo2017, LocalDate.of(2017, 1, 25), LocalDate.of(2021, 1, 19)),
                new RuleSetPeriod(pekoske, LocalDate.of(2021, 1, 20), LocalDate.of(2021, 11, 28)),
                new RuleSetPeriod(mayorkas, LocalDate.of(2021, 11, 29), LocalDate.of(2022, 6, 9)),
                new RuleSetPeriod(vacated, LocalDate.of(2022, 6, 10), LocalDate.of(2023, 6, 22)),
                new RuleSetPeriod(mayorkas, LocalDate.of(2023, 6, 23), LocalDate.of(2025, 1, 19)),
                new RuleSetPeriod(eo2025, LocalDate.of(2025, 1, 20), null)));
    }

    /** The set in force on a day. */
    public PriorityRuleSet forDate(LocalDate day) {
        return periodOn(day).set();
    }

    /** The period in force on a day (the first one for days before it). */
    public RuleSetPeriod periodOn(LocalDate day) {
        for (RuleSetPeriod p : periods) {
            if (p.contains(day)) {
                return p;
            }
        }
        return periods.get(0);
    }

    /** Every period, oldest first. */
    public List<RuleSetPeriod> periods() {
        return periods;
    }

    /** Every period of one set (the 2021 guidelines were in force twice). */
    public List<RuleSetPeriod> periodsOf(String ruleSetId) {
        return periods.stream().filter(p -> p.set().id().equals(ruleSetId)).toList();
    }

    /** Each set once, oldest first. */
    public List<PriorityRuleSet> all() {
        Map<String, PriorityRuleSet> sets = new LinkedHashMap<>();
        periods.forEach(p -> sets.putIfAbsent(p.set().id(), p.set()));
        return new ArrayList<>(sets.values());
    }
}
