package org.amparo.rules.priority;

import java.util.Comparator;
import java.util.List;

import org.amparo.rules.Reason;

/**
 * The highest priority that applies under one rule set, with every rule that applied, highest first.
 */
public record PriorityAssessment(String ruleSet, EnforcementPriority priority, List<PriorityReason> applied) {

    public PriorityAssessment {
        applied = applied.stream().sorted(Comparator.comparing(PriorityReason::priority)).toList();
    }

    /** Builds the assessment from the rules that applied: the result is the highest of them. */
    public static PriorityAssessment of(String ruleSet, List<PriorityReason> applied) {
        EnforcementPriority highest = applied.stream().map(PriorityReason::priority)
                .min(Comparator.naturalOrder()).orElse(EnforcementPriority.NOT_A_PRIORITY);
        return new PriorityAssessment(ruleSet, highest, applied);
    }

    public List<Reason> reasons() {
        return applied.stream().map(PriorityReason::reason).toList();
    }

    /** True when some conviction makes the person a priority (status and removal orders aside). */
    public boolean hasConvictionBasedPriority() {
        return applied.stream().anyMatch(PriorityReason::convictionBased);
    }
}
