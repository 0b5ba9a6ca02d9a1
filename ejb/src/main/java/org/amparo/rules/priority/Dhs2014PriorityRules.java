package org.amparo.rules.priority;

import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_1;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_2;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.rules.ConvictionFact;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.GangInvolvement;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.Reason;
import org.amparo.rules.RemovalOrderFact;
import org.amparo.rules.ScreeningFacts;

/**
 * The enforcement priorities of the DHS memo of 20 November 2014 ("Policies for the Apprehension, Detention and
 * Removal of Undocumented Immigrants", Secretary Johnson; DOMAIN.md section 3), in force 2015-01-05 to 2017-01-24.
 * Only adult convictions count, never pending charges; a state or local offense with immigration status as an
 * essential element never counts in 1(d), 2(a) or 2(b). PEP (the Priority Enforcement Program memo of the same day)
 * limits custody requests to Priority 1(a), (c), (d), (e) and Priority 2(a), (b).
 */
public final class Dhs2014PriorityRules implements PriorityRuleSet {

    public static final String ID = "DHS-2014-11-20";
    static final int SERIOUS_CUSTODY_DAYS = 90;
    static final int SEPARATE_INCIDENTS = 3;
    static final LocalDate REMOVAL_ORDERS_FROM = LocalDate.of(2014, 1, 1);
    static final LocalDate CONTINUOUS_PRESENCE_SINCE = LocalDate.of(2014, 1, 1);
    /** The paragraphs under which PEP lets ICE ask a jail for custody (hold or notification). */
    static final Set<String> PEP_CUSTODY_REQUESTS = Set.of("1(a)", "1(c)", "1(d)", "1(e)", "2(a)", "2(b)");

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
        PersonFacts person = facts.person();
        LocalDate day = facts.asOf();
        if (Boolean.TRUE.equals(person.nationalSecurityConcern())) {
            applied.add(new PriorityReason(PRIORITY_1, "1(a)", false, Reason.of("priority.nationalSecurity")));
        }
        if (Boolean.TRUE.equals(person.apprehendedAtBorder())) {
            applied.add(new PriorityReason(PRIORITY_1, "1(b)", false, Reason.of("priority.border")));
        }
        GangInvolvement gang = person.gangInvolvement();
        if (gang == GangInvolvement.CONVICTED_GANG_OFFENSE) {
            applied.add(new PriorityReason(PRIORITY_1, "1(c)", true, Reason.of("priority.gangConviction")));
        } else if (gang == GangInvolvement.PARTICIPATED_AT_16_OR_OLDER) {
            applied.add(new PriorityReason(PRIORITY_1, "1(c)", false, Reason.of("priority.gang")));
        }
        CriminalRecord record = CriminalRecord.on(facts, day);
        for (Numbered n : record.convictions()) {
            ConvictionFact c = n.conviction();
            if (c.isAggravatedFelony()) {
                applied.add(new PriorityReason(PRIORITY_1, "1(e)", true, Reason.of("priority.aggravatedFelony", n)));
            }
            if (c.isStatusOffense()) {
                continue;
            }
            if (c.isFelony()) {
                applied.add(new PriorityReason(PRIORITY_1, "1(d)", true, Reason.of("priority.felony", n)));
            }
            if (c.isMisdemeanor()) {
                Integer days = c.custodyDaysToServe();
                if (record.isSignificantCategory(c)) {
                    applied.add(new PriorityReason(PRIORITY_2, "2(b)", true,
                            Reason.of("priority.significantMisdemeanor", n, c.category())));
                } else if (days != null && days >= SERIOUS_CUSTODY_DAYS) {
                    applied.add(new PriorityReason(PRIORITY_2, "2(b)", true,
                            Reason.of("priority.misdemeanorCustody", n, days)));
                }
            }
        }
        List<Numbered> countedMisdemeanors = record.convictions().stream()
                .filter(n -> n.conviction().isMisdemeanor() && n.conviction().category() != OffenseCategory.MINOR_TRAFFIC
                        && !n.conviction().isStatusOffense())
                .toList();
        Map<String, List<Numbered>> incidents = CriminalRecord.byIncident(countedMisdemeanors);
        if (incidents.size() >= SEPARATE_INCIDENTS) {
            applied.add(new PriorityReason(PRIORITY_2, "2(a)", true, Reason.of("priority.threeMisdemeanors",
                    CriminalRecord.indexes(countedMisdemeanors), incidents.size())));
        }
        Optional<LocalDate> unlawful = person.lastUnlawfulEntryOn(day);
        if (unlawful.isPresent()) {
            LocalDate residentSince = person.continuousResidenceSince();
            if (!unlawful.get().isBefore(CONTINUOUS_PRESENCE_SINCE)) {
                applied.add(new PriorityReason(PRIORITY_2, "2(c)", false, Reason.of("priority.unlawfulEntry", unlawful.get())));
            } else if (residentSince != null && residentSince.isAfter(CONTINUOUS_PRESENCE_SINCE)) {
                applied.add(new PriorityReason(PRIORITY_2, "2(c)", false, Reason.of("priority.noContinuousPresence", residentSince)));
            }
        }
        if (Boolean.TRUE.equals(person.visaAbuse())) {
            applied.add(new PriorityReason(PRIORITY_2, "2(d)", false, Reason.of("priority.visaAbuse")));
        }
        for (int i = 0; i < facts.removalOrders().size(); i++) {
            RemovalOrderFact order = facts.removalOrders().get(i);
            if (order.isFinal() && order.date() != null && !order.date().isBefore(REMOVAL_ORDERS_FROM)
                    && !order.date().isAfter(day)) {
                applied.add(new PriorityReason(PRIORITY_3, "3", false, Reason.of("priority.finalOrder", i, order.date())));
            }
        }
        return PriorityAssessment.of(ID, applied);
    }

    /** PEP: custody requests only for Priority 1(a), (c), (d), (e) and Priority 2(a), (b). */
    @Override
    public Optional<Reason> outsideDetainerLimits(ScreeningFacts atIssue, PriorityAssessment assessment) {
        boolean allowed = assessment.applied().stream().anyMatch(r -> PEP_CUSTODY_REQUESTS.contains(r.rule()));
        if (allowed) {
            return Optional.empty();
        }
        String rules = String.join(", ", assessment.applied().stream().map(PriorityReason::rule).distinct().toList());
        return Optional.of(rules.isEmpty()
                ? Reason.of("finding.nonPriority.dhs2014", atIssue.asOf())
                : Reason.of("finding.nonPriority.dhs2014.outsidePep", atIssue.asOf(), rules));
    }
}
