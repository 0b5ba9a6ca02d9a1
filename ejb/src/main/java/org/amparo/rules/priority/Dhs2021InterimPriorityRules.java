package org.amparo.rules.priority;

import static org.amparo.rules.priority.EnforcementPriority.BORDER_SECURITY;
import static org.amparo.rules.priority.EnforcementPriority.NATIONAL_SECURITY;
import static org.amparo.rules.priority.EnforcementPriority.PUBLIC_SAFETY_REVIEW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.GangInvolvement;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;

/**
 * The interim priorities of 2021, in force 2021-01-20 to 2021-11-28: Acting Secretary Pekoske's memo of 20 January
 * 2021 ("Review of and Interim Revision to Civil Immigration Enforcement and Removal Policies and Priorities",
 * section B) and, from 18 February 2021, ICE's interim guidance ("Interim Guidance: Civil Immigration Enforcement and
 * Removal Priorities", Acting Director Johnson), which added gang convictions and gang participation at 16+ to
 * public safety. National security; border security (apprehended at the border, or an unlawful entry on or after
 * 1 November 2020); public safety (an aggravated-felony conviction; from 2021-02-18 also gang). Anyone else is no
 * priority, and a custody request on them is {@code NON_PRIORITY_TARGET}.
 */
public final class Dhs2021InterimPriorityRules implements PriorityRuleSet {

    public static final String ID = "DHS-2021-01-20";
    static final LocalDate UNLAWFUL_ENTRY_FROM = LocalDate.of(2020, 11, 1);
    static final LocalDate ICE_INTERIM_GUIDANCE = LocalDate.of(2021, 2, 18);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2021, 1, 20);
    }

    @Override
    public PriorityAssessment assess(ScreeningFacts facts) {
        List<PriorityReason> applied = new ArrayList<>();
        PersonFacts person = facts.person();
        LocalDate day = facts.asOf();
        if (Boolean.TRUE.equals(person.nationalSecurityConcern())) {
            applied.add(new PriorityReason(NATIONAL_SECURITY, "B(1)", false, Reason.of("dhs2021i.nationalSecurity")));
        }
        borderSecurity(person, day, "dhs2021i", "B(2)", applied);
        List<Numbered> aggravated = CriminalRecord.on(facts, day).convictions().stream()
                .filter(n -> n.conviction().isAggravatedFelony()).toList();
        if (!aggravated.isEmpty()) {
            applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "B(3)", true,
                    Reason.of("dhs2021i.aggravatedFelony", CriminalRecord.indexes(aggravated))));
        }
        if (!day.isBefore(ICE_INTERIM_GUIDANCE) && person.countedGangInvolvement()) {
            applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "B(3)", person.gangInvolvement() == GangInvolvement.CONVICTED_GANG_OFFENSE,
                    Reason.of("dhs2021i.gang", person.gangInvolvement())));
        }
        return PriorityAssessment.of(ID, applied);
    }

    /** Border security as both 2021 sets define it. */
    static void borderSecurity(PersonFacts person, LocalDate day, String prefix, String rule, List<PriorityReason> applied) {
        if (Boolean.TRUE.equals(person.apprehendedAtBorder())) {
            applied.add(new PriorityReason(BORDER_SECURITY, rule, false, Reason.of(prefix + ".border")));
        }
        person.lastUnlawfulEntryOn(day).filter(d -> !d.isBefore(UNLAWFUL_ENTRY_FROM))
                .ifPresent(d -> applied.add(new PriorityReason(BORDER_SECURITY, rule, false, Reason.of(prefix + ".recentEntry", d))));
    }

    @Override
    public Optional<Reason> outsideDetainerLimits(ScreeningFacts atIssue, PriorityAssessment assessment) {
        return assessment.priority() == EnforcementPriority.NOT_A_PRIORITY
                ? Optional.of(Reason.of("finding.nonPriority.dhs2021i", atIssue.asOf())) : Optional.empty();
    }
}
