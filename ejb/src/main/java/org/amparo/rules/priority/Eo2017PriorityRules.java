package org.amparo.rules.priority;

import static org.amparo.rules.priority.EnforcementPriority.NOT_A_PRIORITY;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.PendingChargeFact;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.Reason;
import org.amparo.rules.RemovalOrderFact;
import org.amparo.rules.ScreeningFacts;

/**
 * Executive Order 13768 of 25 January 2017 ("Enhancing Public Safety in the Interior of the United States", section
 * 5), carried out by Secretary Kelly's memo of 20 February 2017 ("Enforcement of the Immigration Laws to Serve the
 * National Interest", section A), in force 2017-01-25 to 2021-01-19. A priority: convicted of any offense; charged with
 * any unresolved offense; a chargeable act (Amparo knows gang participation at 16+); fraud or misrepresentation
 * (visa abuse); a final removal order not complied with; a risk to national security. No class of removable person
 * is exempt from enforcement, so no detainer is judged as targeting a non-priority.
 */
public final class Eo2017PriorityRules implements PriorityRuleSet {

    public static final String ID = "EO-2017-01-25";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2017, 1, 25);
    }

    @Override
    public PriorityAssessment assess(ScreeningFacts facts) {
        List<PriorityReason> applied = new ArrayList<>();
        PersonFacts person = facts.person();
        LocalDate day = facts.asOf();
        List<Numbered> convictions = CriminalRecord.on(facts, day).convictions();
        if (!convictions.isEmpty()) {
            applied.add(new PriorityReason(PRIORITY, "5(a)", true, Reason.of("eo2017.convicted", CriminalRecord.indexes(convictions))));
        }
        long charged = facts.pendingCharges().stream().map(PendingChargeFact::date)
                .filter(d -> d == null || !d.isAfter(day)).count();
        if (charged > 0) {
            applied.add(new PriorityReason(PRIORITY, "5(b)", false, Reason.of("eo2017.charged", charged)));
        }
        if (person.countedGangInvolvement()) {
            applied.add(new PriorityReason(PRIORITY, "5(c)", false, Reason.of("eo2017.chargeableAct", person.gangInvolvement())));
        }
        if (Boolean.TRUE.equals(person.visaAbuse())) {
            applied.add(new PriorityReason(PRIORITY, "5(d)", false, Reason.of("eo2017.fraud")));
        }
        for (int i = 0; i < facts.removalOrders().size(); i++) {
            RemovalOrderFact order = facts.removalOrders().get(i);
            if (order.isFinal() && (order.date() == null || !order.date().isAfter(day))) {
                applied.add(new PriorityReason(PRIORITY, "5(f)", false, Reason.of("eo2017.finalOrder", i, order.date())));
            }
        }
        if (Boolean.TRUE.equals(person.nationalSecurityConcern())) {
            applied.add(new PriorityReason(PRIORITY, "5(g)", false, Reason.of("eo2017.risk")));
        }
        if (applied.isEmpty()) {
            applied.add(new PriorityReason(NOT_A_PRIORITY, null, false, Reason.of("eo2017.noneExempt")));
        }
        return PriorityAssessment.of(ID, applied);
    }
}
