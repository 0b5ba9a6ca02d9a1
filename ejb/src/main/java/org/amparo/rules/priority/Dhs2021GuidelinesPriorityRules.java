package org.amparo.rules.priority;

import static org.amparo.rules.priority.EnforcementPriority.NATIONAL_SECURITY;
import static org.amparo.rules.priority.EnforcementPriority.PUBLIC_SAFETY_REVIEW;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amparo.rules.ConvictionFact;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.CriminalRecord.Numbered;
import org.amparo.rules.GangInvolvement;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;

/**
 * Secretary Mayorkas's "Guidelines for the Enforcement of Civil Immigration Law" of 30 September 2021, in force
 * 2021-11-29 to 2022-06-09 and again from 2023-06-23 (United States v. Texas) to 2025-01-19. National security
 * (section 1); public safety (section 2): serious criminal conduct, which the guidelines weigh in the totality of the
 * facts, so the screen only flags a felony, a significant misdemeanor or gang participation for an attorney's review,
 * with the mitigating facts it knows (age at the offense, years in the United States); border security (section 3):
 * apprehended at the border, or an unlawful entry on or after 1 November 2020.
 */
public final class Dhs2021GuidelinesPriorityRules implements PriorityRuleSet {

    public static final String ID = "DHS-2021-09-30";
    static final int YOUNG_AT_OFFENSE_UNDER = 18;
    static final int LENGTHY_PRESENCE_YEARS = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2021, 11, 29);
    }

    @Override
    public PriorityAssessment assess(ScreeningFacts facts) {
        List<PriorityReason> applied = new ArrayList<>();
        PersonFacts person = facts.person();
        LocalDate day = facts.asOf();
        if (Boolean.TRUE.equals(person.nationalSecurityConcern())) {
            applied.add(new PriorityReason(NATIONAL_SECURITY, "1", false, Reason.of("dhs2021g.nationalSecurity")));
        }
        CriminalRecord record = CriminalRecord.on(facts, day);
        List<Numbered> serious = new ArrayList<>();
        for (Numbered n : record.convictions()) {
            ConvictionFact c = n.conviction();
            if (c.isFelony()) {
                applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "2", true, Reason.of("dhs2021g.felony", n)));
                serious.add(n);
            } else if (c.isMisdemeanor() && record.isSignificantCategory(c)) {
                applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "2", true,
                        Reason.of("dhs2021g.significantMisdemeanor", n, c.category())));
                serious.add(n);
            }
        }
        boolean gang = person.countedGangInvolvement();
        if (gang) {
            applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "2", person.gangInvolvement() == GangInvolvement.CONVICTED_GANG_OFFENSE,
                    Reason.of("dhs2021g.gang", person.gangInvolvement())));
        }
        if (!serious.isEmpty() || gang) {
            applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "2", false, Reason.of("dhs2021g.review")));
            mitigating(person, serious, day).forEach(r -> applied.add(new PriorityReason(PUBLIC_SAFETY_REVIEW, "2", false, r)));
        }
        Dhs2021InterimPriorityRules.borderSecurity(person, day, "dhs2021g", "3", applied);
        return PriorityAssessment.of(ID, applied);
    }

    /** The mitigating facts the guidelines name that Amparo knows: youth at the offense, years in the country. */
    private static List<Reason> mitigating(PersonFacts person, List<Numbered> serious, LocalDate day) {
        List<Reason> facts = new ArrayList<>();
        LocalDate born = person.dateOfBirth();
        if (born != null) {
            for (Numbered n : serious) {
                LocalDate when = n.conviction().date();
                if (when != null && Period.between(born, when).getYears() < YOUNG_AT_OFFENSE_UNDER) {
                    facts.add(Reason.of("dhs2021g.mitigating.young", n));
                }
            }
        }
        person.firstEntry().filter(e -> Period.between(e, day).getYears() >= LENGTHY_PRESENCE_YEARS)
                .ifPresent(e -> facts.add(Reason.of("dhs2021g.mitigating.years", Period.between(e, day).getYears(), e)));
        return facts;
    }

    @Override
    public Optional<Reason> outsideDetainerLimits(ScreeningFacts atIssue, PriorityAssessment assessment) {
        return assessment.priority() == EnforcementPriority.NOT_A_PRIORITY
                ? Optional.of(Reason.of("finding.nonPriority.dhs2021g", atIssue.asOf())) : Optional.empty();
    }
}
