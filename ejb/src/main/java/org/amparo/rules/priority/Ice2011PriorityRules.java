package org.amparo.rules.priority;

import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_1;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_2;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.PendingChargeFact;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.Reason;
import org.amparo.rules.RemovalOrderFact;
import org.amparo.rules.ScreeningFacts;

/**
 * ICE's priorities of 2 March 2011 (Director Morton, "Civil Immigration Enforcement: Priorities for the Apprehension,
 * Detention, and Removal of Aliens", ICE policy 10072.1), in force until 2015-01-04. Priority 1 (national security
 * and public safety): national-security concern; any conviction except minor traffic offenses, ranked by Secure
 * Communities levels (L1: an aggravated felony or two or more felonies; L2: one felony or three or more misdemeanors;
 * L3: a misdemeanor); gang participation at 16 or older. Priority 2: recent illegal entrants (apprehended at the
 * border; visa abuse; an unlawful entry within the last three years, ICE's reading of "recent"). Priority 3: fugitives
 * (a final order not complied with) and re-entry after removal. An outstanding criminal warrant (Priority 1) and
 * immigration fraud (Priority 3) are not facts Amparo records.
 * <p>
 * From 2012-12-21, ICE's detainer guidance ("Civil Immigration Enforcement: Guidance on the Use of Detainers in the
 * Federal, State, Local, and Tribal Criminal Justice Systems") limits detainers to people with a felony conviction or
 * charge, three or more misdemeanor convictions, a significant misdemeanor conviction or charge (violence, threats or
 * assault; sexual abuse; DUI; firearm; drug trafficking), an illegal-entry conviction, a re-entry after removal, an
 * outstanding removal order, immigration fraud, or a national-security or border-security risk.
 */
public final class Ice2011PriorityRules implements PriorityRuleSet {

    public static final String ID = "ICE-2011-03-02";
    static final LocalDate DETAINER_GUIDANCE_FROM = LocalDate.of(2012, 12, 21);
    static final int RECENT_ENTRY_YEARS = 3;
    /** The misdemeanors the 2012 detainer guidance names (its footnote's list). */
    static final Set<OffenseCategory> GUIDANCE_2012_MISDEMEANORS = EnumSet.of(OffenseCategory.ASSAULT,
            OffenseCategory.DOMESTIC_VIOLENCE, OffenseCategory.SEXUAL_ABUSE, OffenseCategory.DUI,
            OffenseCategory.FIREARM, OffenseCategory.DRUG_SALE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2011, 3, 2);
    }

    @Override
    public PriorityAssessment assess(ScreeningFacts facts) {
        List<PriorityReason> applied = new ArrayList<>();
        PersonFacts person = facts.person();
        LocalDate day = facts.asOf();
        if (Boolean.TRUE.equals(person.nationalSecurityConcern())) {
            applied.add(new PriorityReason(PRIORITY_1, "1", false, Reason.of("ice2011.nationalSecurity")));
        }
        List<Numbered> counted = convictions(facts, day);
        List<Numbered> felonies = counted.stream().filter(n -> n.conviction().isFelony()).toList();
        List<Numbered> misdemeanors = counted.stream().filter(n -> n.conviction().isMisdemeanor()).toList();
        boolean aggravated = counted.stream().anyMatch(n -> n.conviction().isAggravatedFelony());
        if (aggravated || felonies.size() >= 2) {
            applied.add(new PriorityReason(PRIORITY_1, "1-L1", true, Reason.of("ice2011.level1",
                    CriminalRecord.indexes(aggravated ? counted.stream().filter(n -> n.conviction().isAggravatedFelony()).toList() : felonies))));
        } else if (felonies.size() == 1 || misdemeanors.size() >= 3) {
            applied.add(new PriorityReason(PRIORITY_1, "1-L2", true, Reason.of("ice2011.level2",
                    CriminalRecord.indexes(felonies.size() == 1 ? felonies : misdemeanors))));
        } else if (!misdemeanors.isEmpty()) {
            applied.add(new PriorityReason(PRIORITY_1, "1-L3", true, Reason.of("ice2011.level3",
                    CriminalRecord.indexes(misdemeanors))));
        }
        if (person.countedGangInvolvement()) {
            applied.add(new PriorityReason(PRIORITY_1, "1", false, Reason.of("ice2011.gang", person.gangInvolvement())));
        }
        if (Boolean.TRUE.equals(person.apprehendedAtBorder())) {
            applied.add(new PriorityReason(PRIORITY_2, "2", false, Reason.of("ice2011.border")));
        }
        if (Boolean.TRUE.equals(person.visaAbuse())) {
            applied.add(new PriorityReason(PRIORITY_2, "2", false, Reason.of("ice2011.visaAbuse")));
        }
        person.lastUnlawfulEntryOn(day).filter(d -> d.isAfter(day.minusYears(RECENT_ENTRY_YEARS)))
                .ifPresent(d -> applied.add(new PriorityReason(PRIORITY_2, "2", false, Reason.of("ice2011.recentEntry", d))));
        for (int i = 0; i < facts.removalOrders().size(); i++) {
            RemovalOrderFact order = facts.removalOrders().get(i);
            if (order.isFinal() && (order.date() == null || !order.date().isAfter(day))) {
                applied.add(new PriorityReason(PRIORITY_3, "3", false, Reason.of("ice2011.fugitive", i, order.date())));
                Optional<LocalDate> reentry = reentryAfter(person, order, day);
                reentry.ifPresent(d -> applied.add(new PriorityReason(PRIORITY_3, "3", false, Reason.of("ice2011.reentry", d))));
            }
        }
        return PriorityAssessment.of(ID, applied);
    }

    /** Adult convictions on or before the day, minor traffic offenses and infractions aside. */
    private static List<Numbered> convictions(ScreeningFacts facts, LocalDate day) {
        return CriminalRecord.on(facts, day).convictions().stream()
                .filter(n -> n.conviction().category() != OffenseCategory.MINOR_TRAFFIC
                        && n.conviction().level() != OffenseLevel.INFRACTION)
                .toList();
    }

    private static Optional<LocalDate> reentryAfter(PersonFacts person, RemovalOrderFact order, LocalDate day) {
        if (order.date() == null) {
            return Optional.empty();
        }
        return person.entries().stream().filter(e -> e.isAfter(order.date()) && !e.isAfter(day)).findFirst();
    }

    /** Before 2012-12-21 no limit on whom a detainer targets; from then on, the detainer guidance's list. */
    @Override
    public Optional<Reason> outsideDetainerLimits(ScreeningFacts atIssue, PriorityAssessment assessment) {
        LocalDate day = atIssue.asOf();
        if (day.isBefore(DETAINER_GUIDANCE_FROM)) {
            return Optional.empty();
        }
        PersonFacts person = atIssue.person();
        if (Boolean.TRUE.equals(person.nationalSecurityConcern()) || Boolean.TRUE.equals(person.apprehendedAtBorder())
                || Boolean.TRUE.equals(person.visaAbuse()) || person.countedGangInvolvement()) {
            return Optional.empty();
        }
        List<Numbered> counted = CriminalRecord.on(atIssue, day).convictions();
        if (counted.stream().anyMatch(n -> n.conviction().isFelony() || n.conviction().isAggravatedFelony()
                || n.conviction().category() == OffenseCategory.IMMIGRATION && !Boolean.TRUE.equals(n.conviction().statusOffense())
                || n.conviction().isMisdemeanor() && GUIDANCE_2012_MISDEMEANORS.contains(n.conviction().category()))) {
            return Optional.empty();
        }
        long misdemeanors = counted.stream().filter(n -> n.conviction().isMisdemeanor()
                && n.conviction().category() != OffenseCategory.MINOR_TRAFFIC).count();
        if (misdemeanors >= 3) {
            return Optional.empty();
        }
        for (PendingChargeFact charge : atIssue.pendingCharges()) {
            if ((charge.date() == null || !charge.date().isAfter(day)) && (charge.level() == OffenseLevel.FELONY
                    || charge.level() == OffenseLevel.MISDEMEANOR && GUIDANCE_2012_MISDEMEANORS.contains(charge.category()))) {
                return Optional.empty();
            }
        }
        for (RemovalOrderFact order : atIssue.removalOrders()) {
            if (order.isFinal() && (order.date() == null || !order.date().isAfter(day))) {
                return Optional.empty();
            }
        }
        return Optional.of(Reason.of("finding.nonPriority.ice2012", day));
    }
}
