package org.amparo.rules;

import java.time.ZoneId;

import org.amparo.rules.detainer.DetainerRules;
import org.amparo.rules.priority.PriorityRuleSets;
import org.amparo.rules.relief.Daca2012;
import org.amparo.rules.relief.Scaap;

/**
 * The one entry to the screening rules, used by the case file, the workflow and the API alike. A screening is for an
 * attorney's review, never legal advice.
 */
public final class Screening {

    /**
     * The version of the rule code. Change it with every change to the rules that can change a screening's result:
     * at the next start the open cases on file are screened again, with a report of what changed
     * ({@code CaseRescreening}).
     */
    public static final String RULES_VERSION = "2026-11-30 issue 18: rule sets by date";

    private final PriorityRuleSets ruleSets;
    private final DetainerRules detainerRules;

    public Screening(PriorityRuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.detainerRules = new DetainerRules(ruleSets);
    }

    /** The registry of rule sets this screening judges by. */
    public PriorityRuleSets ruleSets() {
        return ruleSets;
    }

    /** Screening with every rule set Amparo knows. */
    public static Screening standard() {
        return new Screening(PriorityRuleSets.standard());
    }

    /** Screens facts; date-times are taken on the wall clock of an unknown zone. */
    public ScreeningResult screen(ScreeningFacts facts) {
        return screen(facts, null);
    }

    /** Screens facts for a facility in a known zone, so holds across a clock change last their real hours. */
    public ScreeningResult screen(ScreeningFacts facts, ZoneId facilityZone) {
        return new ScreeningResult(
                ruleSets.forDate(facts.asOf()).assess(facts),
                Daca2012.screen(facts),
                Scaap.screen(facts),
                facts.detainer() == null ? null : detainerRules.screen(facts, facilityZone));
    }
}
