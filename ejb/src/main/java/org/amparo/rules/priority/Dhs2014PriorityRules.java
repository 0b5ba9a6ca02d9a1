package org.amparo.rules.priority;

import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_1;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_2;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.rules.ConvictionFact;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.Reason;
import org.amparo.rules.RemovalOrderFact;
import org.amparo.rules.ScreeningFacts;

/**
 * The enforcement priorities of the DHS memo of 20 November 2014 (DOMAIN.md section 3). Only adult convictions
 * count, never pending charges. Priority 1: gang member, national-security concern, any felony or aggravated
 * felony. Priority 2: a significant misdemeanor, any other misdemeanor with 90 or more days to serve, or three or
 * more misdemeanors (minor traffic aside) from three separate incidents. Priority 3: a final removal order issued
 * on or after 1 January 2014.
 */
public final class Dhs2014PriorityRules implements PriorityRuleSet {

    public static final String ID = "DHS-2014-11-20";
    static final int SERIOUS_CUSTODY_DAYS = 90;
    static final int SEPARATE_INCIDENTS = 3;
    static final LocalDate REMOVAL_ORDERS_FROM = LocalDate.of(2014, 1, 1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2014, 11, 20);
    }

    @Override
    public PriorityAssessment assess(ScreeningFacts facts) {
        List<PriorityReason> applied = new ArrayList<>();
        if (Boolean.TRUE.equals(facts.person().gangMember())) {
            applied.add(new PriorityReason(PRIORITY_1, false, Reason.of("priority.gang")));
        }
        if (Boolean.TRUE.equals(facts.person().nationalSecurityConcern())) {
            applied.add(new PriorityReason(PRIORITY_1, false, Reason.of("priority.nationalSecurity")));
        }
        CriminalRecord record = CriminalRecord.on(facts, facts.asOf());
        for (Numbered n : record.convictions()) {
            ConvictionFact c = n.conviction();
            if (c.isAggravatedFelony()) {
                applied.add(new PriorityReason(PRIORITY_1, true, Reason.of("priority.aggravatedFelony", n)));
            }
            if (c.isFelony()) {
                applied.add(new PriorityReason(PRIORITY_1, true, Reason.of("priority.felony", n)));
            }
            if (c.isMisdemeanor()) {
                Integer days = c.custodyDaysToServe();
                if (record.isSignificantCategory(c)) {
                    applied.add(new PriorityReason(PRIORITY_2, true,
                            Reason.of("priority.significantMisdemeanor", n, c.category())));
                } else if (days != null && days >= SERIOUS_CUSTODY_DAYS) {
                    applied.add(new PriorityReason(PRIORITY_2, true,
                            Reason.of("priority.misdemeanorCustody", n, days)));
                }
            }
        }
        List<Numbered> countedMisdemeanors = record.convictions().stream()
                .filter(n -> n.conviction().isMisdemeanor() && n.conviction().category() != OffenseCategory.MINOR_TRAFFIC)
                .toList();
        Map<String, List<Numbered>> incidents = CriminalRecord.byIncident(countedMisdemeanors);
        if (incidents.size() >= SEPARATE_INCIDENTS) {
            applied.add(new PriorityReason(PRIORITY_2, true, Reason.of("priority.threeMisdemeanors",
                    CriminalRecord.indexes(countedMisdemeanors), incidents.size())));
        }
        for (int i = 0; i < facts.removalOrders().size(); i++) {
            RemovalOrderFact order = facts.removalOrders().get(i);
            if (order.isFinal() && order.date() != null && !order.date().isBefore(REMOVAL_ORDERS_FROM)
                    && !order.date().isAfter(facts.asOf())) {
                applied.add(new PriorityReason(PRIORITY_3, false, Reason.of("priority.finalOrder", i, order.date())));
            }
        }
        return PriorityAssessment.of(ID, applied);
    }
}
