package org.amparo.rules.priority;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The rule sets in force over time; {@link #forDate} picks the one in force on a day. A day before the first set
 * uses the first set.
 */
public final class PriorityRuleSets {

    private final List<PriorityRuleSet> sets;

    public PriorityRuleSets(List<PriorityRuleSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("At least one rule set is needed");
        }
        this.sets = sets.stream().sorted(Comparator.comparing(PriorityRuleSet::effectiveFrom)).toList();
    }

    /** The sets Amparo knows, oldest first. Add a later memo here. */
    public static PriorityRuleSets standard() {
        return new PriorityRuleSets(List.of(new Dhs2014PriorityRules()));
    }

    /** The set in force on a day: the latest that started on or before it, or the first. */
    public PriorityRuleSet forDate(LocalDate day) {
        PriorityRuleSet chosen = sets.get(0);
        for (PriorityRuleSet set : sets) {
            if (!set.effectiveFrom().isAfter(day)) {
                chosen = set;
            }
        }
        return chosen;
    }

    public List<PriorityRuleSet> all() {
        return sets;
    }
}
