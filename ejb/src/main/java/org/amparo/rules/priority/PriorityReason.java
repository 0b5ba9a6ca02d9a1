package org.amparo.rules.priority;

import org.amparo.rules.Reason;

/**
 * One rule that applied: the priority it gives, the paragraph of the memo it applies (e.g. {@code 1(d)}), whether a
 * conviction met it (as opposed to status or a removal order), and why.
 */
public record PriorityReason(EnforcementPriority priority, String rule, boolean convictionBased, Reason reason) {

    public PriorityReason(EnforcementPriority priority, boolean convictionBased, Reason reason) {
        this(priority, null, convictionBased, reason);
    }
}
