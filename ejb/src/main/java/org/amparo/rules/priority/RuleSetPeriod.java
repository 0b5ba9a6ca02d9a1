package org.amparo.rules.priority;

import java.time.LocalDate;

/**
 * A stretch of days during which one rule set was in force: {@code from} to {@code until}, both inclusive;
 * {@code until} is null while the set is still in force.
 */
public record RuleSetPeriod(PriorityRuleSet set, LocalDate from, LocalDate until) {

    public RuleSetPeriod {
        if (set == null || from == null) {
            throw new IllegalArgumentException("A period needs its set and its first day");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + set.id());
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
