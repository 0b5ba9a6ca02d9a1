package org.amparo.rules.priority;

import java.util.List;

import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;

/**
 * A stretch of time with no enforcement priorities in effect: every removable person may be arrested, and priority
 * protects nobody. What does protect is the 48-hour limit on holds, local policies and the warrant requirements.
 */
abstract class NoPriorities implements PriorityRuleSet {

    @Override
    public final boolean hasPriorities() {
        return false;
    }

    @Override
    public final PriorityAssessment assess(ScreeningFacts facts) {
        return PriorityAssessment.of(id(), List.of(new PriorityReason(EnforcementPriority.NO_PRIORITIES_IN_EFFECT,
                null, false, Reason.of(sourceKey() + ".none"))));
    }
}
