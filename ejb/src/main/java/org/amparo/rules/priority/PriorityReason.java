package org.amparo.rules.priority;

import org.amparo.rules.Reason;

/**
 * One rule that applied: the priority it gives, whether a conviction met it (as opposed to status or a removal
 * order), and why.
 */
public record PriorityReason(EnforcementPriority priority, boolean convictionBased, Reason reason) {
}
