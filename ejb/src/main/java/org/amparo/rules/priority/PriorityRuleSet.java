package org.amparo.rules.priority;

import java.time.LocalDate;

import org.amparo.rules.ScreeningFacts;

/**
 * One administration's enforcement priorities. Each set is its own class, registered in {@link PriorityRuleSets};
 * adding the next memo is adding a class, not editing the others.
 */
public interface PriorityRuleSet {

    /** A stable identifier, e.g. {@code DHS-2014-11-20}; the API returns it. */
    String id();

    /** The first day the set applies. */
    LocalDate effectiveFrom();

    /** The priority of the person on {@code facts.asOf()}. */
    PriorityAssessment assess(ScreeningFacts facts);
}
