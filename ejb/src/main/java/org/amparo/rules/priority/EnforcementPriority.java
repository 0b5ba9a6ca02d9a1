package org.amparo.rules.priority;

/**
 * How high DHS ranks a person for removal under a rule set. Each rule set uses its own values (DOMAIN.md section 3);
 * within a set they are declared from highest to lowest.
 */
public enum EnforcementPriority {
    /** ICE 2011 and DHS 2014 tiers. */
    PRIORITY_1, PRIORITY_2, PRIORITY_3,
    /** EO 13768 (2017): a priority, although no class is exempt from enforcement. */
    PRIORITY,
    /** 2021 sets: the three priority categories. */
    NATIONAL_SECURITY, BORDER_SECURITY, PUBLIC_SAFETY_REVIEW,
    /** No rule applied under a set that has priorities. */
    NOT_A_PRIORITY,
    /** The set has no priorities at all (2022-06-10 to 2023-06-22, and from 2025-01-20): priority protects nobody. */
    NO_PRIORITIES_IN_EFFECT;

    /** True when this ranks higher than the other (meaningful within one rule set). */
    public boolean isHigherThan(EnforcementPriority other) {
        return ordinal() < other.ordinal();
    }
}
