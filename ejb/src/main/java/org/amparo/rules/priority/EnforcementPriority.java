package org.amparo.rules.priority;

/** How high DHS ranks a person for removal under a rule set; declared from highest to lowest. */
public enum EnforcementPriority {
    PRIORITY_1, PRIORITY_2, PRIORITY_3, NOT_A_PRIORITY;

    /** True when this ranks higher than the other. */
    public boolean isHigherThan(EnforcementPriority other) {
        return ordinal() < other.ordinal();
    }
}
