package org.amparo.rules.priority;

import java.time.LocalDate;
import java.util.Optional;

import org.amparo.rules.CriminalRecord;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;

/**
 * One administration's enforcement priorities. Each set is its own class, registered with its dates in
 * {@link PriorityRuleSets}; adding the next memo is adding a class and a line there, not editing the others.
 */
public interface PriorityRuleSet {

    /** A stable identifier, e.g. {@code DHS-2014-11-20}; the API returns it. */
    String id();

    /** The day the memo or order was issued (its in-force dates are the registry's). */
    LocalDate effectiveFrom();

    /** The priority of the person on {@code facts.asOf()}. */
    PriorityAssessment assess(ScreeningFacts facts);

    /** The key of the reason naming the set's source (memo, order, decision), e.g. {@code ruleSet.DHS-2014-11-20}. */
    default String sourceKey() {
        return "ruleSet." + id();
    }

    /** False for sets under which no priorities are in effect at all. */
    default boolean hasPriorities() {
        return true;
    }

    /**
     * Why a custody request (hold or notification) issued under this set targeted someone the set does not let ICE
     * target ({@code NON_PRIORITY_TARGET}); empty when the target was allowed or the set sets no such limit.
     *
     * @param atIssue    the facts as of the day the detainer was issued
     * @param assessment the person's priority under this set on that day
     */
    default Optional<Reason> outsideDetainerLimits(ScreeningFacts atIssue, PriorityAssessment assessment) {
        return Optional.empty();
    }

    /**
     * Whether a conviction on or before the day makes the person a target under this set ({@code PRE_CONVICTION}
     * fires when only charges were pending and this is false). Under sets without priorities: any conviction.
     */
    default boolean convictionMakesTarget(ScreeningFacts atIssue, PriorityAssessment assessment) {
        if (!hasPriorities()) {
            return !CriminalRecord.on(atIssue, atIssue.asOf()).convictions().isEmpty();
        }
        return assessment.hasConvictionBasedPriority();
    }
}
