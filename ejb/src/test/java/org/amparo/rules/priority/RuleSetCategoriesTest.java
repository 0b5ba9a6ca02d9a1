package org.amparo.rules.priority;

import static org.amparo.people.domain.OffenseCategory.ASSAULT;
import static org.amparo.people.domain.OffenseCategory.DUI;
import static org.amparo.people.domain.OffenseCategory.IMMIGRATION;
import static org.amparo.people.domain.OffenseCategory.MINOR_TRAFFIC;
import static org.amparo.people.domain.OffenseCategory.THEFT;
import static org.amparo.rules.Facts.aggravated;
import static org.amparo.rules.Facts.felony;
import static org.amparo.rules.Facts.juvenile;
import static org.amparo.rules.Facts.misdemeanor;
import static org.amparo.rules.Facts.statusOffense;
import static org.amparo.rules.priority.EnforcementPriority.BORDER_SECURITY;
import static org.amparo.rules.priority.EnforcementPriority.NATIONAL_SECURITY;
import static org.amparo.rules.priority.EnforcementPriority.NOT_A_PRIORITY;
import static org.amparo.rules.priority.EnforcementPriority.NO_PRIORITIES_IN_EFFECT;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_1;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_2;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_3;
import static org.amparo.rules.priority.EnforcementPriority.PUBLIC_SAFETY_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.Facts;
import org.amparo.rules.GangInvolvement;
import org.amparo.rules.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every category of every rule set of DOMAIN.md section 3, each test named by the rule it checks. The facts carry
 * their own screening date, inside the set's period, and the registry picks the set.
 */
class RuleSetCategoriesTest {

    private static final PriorityRuleSets SETS = PriorityRuleSets.standard();

    static Stream<Arguments> categories() {
        return Stream.of(
                // ICE-2011-03-02
                Arguments.of("Morton P1: national-security concern", Facts.none().asOf("2013-06-01").nationalSecurity(true), Ice2011PriorityRules.ID, PRIORITY_1),
                Arguments.of("Morton P1 (L1): an aggravated felony", Facts.none().asOf("2013-06-01").convicted(aggravated(felony("2010-01-01"))), Ice2011PriorityRules.ID, PRIORITY_1),
                Arguments.of("Morton P1 (L1): two felonies", Facts.none().asOf("2013-06-01").convicted(felony("2010-01-01")).convicted(felony("2011-01-01")), Ice2011PriorityRules.ID, PRIORITY_1),
                Arguments.of("Morton P1 (L2): one felony", Facts.none().asOf("2013-06-01").convicted(felony("2010-01-01")), Ice2011PriorityRules.ID, PRIORITY_1),
                Arguments.of("Morton P1 (L3): any one misdemeanor", Facts.none().asOf("2013-06-01").convicted(misdemeanor("2010-01-01", THEFT, 0)), Ice2011PriorityRules.ID, PRIORITY_1),
                Arguments.of("Morton: a minor traffic offense is no conviction for the levels", Facts.none().asOf("2013-06-01").convicted(misdemeanor("2010-01-01", MINOR_TRAFFIC, 0)), Ice2011PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Morton: a juvenile adjudication is no conviction", Facts.none().asOf("2013-06-01").convicted(juvenile(felony("2010-01-01"))), Ice2011PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Morton P1: gang participation at 16+", Facts.none().asOf("2013-06-01").gang(GangInvolvement.PARTICIPATED_AT_16_OR_OLDER), Ice2011PriorityRules.ID, PRIORITY_1),
                Arguments.of("Morton: a gang-database listing alone is no priority", Facts.none().asOf("2013-06-01").gang(GangInvolvement.LISTED_IN_GANG_DATABASE), Ice2011PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Morton P2: apprehended at the border", Facts.none().asOf("2013-06-01").apprehendedAtBorder(true), Ice2011PriorityRules.ID, PRIORITY_2),
                Arguments.of("Morton P2: visa abuse", Facts.none().asOf("2013-06-01").visaAbuse(true), Ice2011PriorityRules.ID, PRIORITY_2),
                Arguments.of("Morton P2: an unlawful entry within three years is recent", Facts.none().asOf("2013-06-01").enteredUnlawfully("2010-06-02"), Ice2011PriorityRules.ID, PRIORITY_2),
                Arguments.of("Morton: an unlawful entry three years ago to the day is not recent", Facts.none().asOf("2013-06-01").enteredUnlawfully("2010-06-01"), Ice2011PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Morton P3: a fugitive under a final order of any date", Facts.none().asOf("2013-06-01").removalOrder("2005-01-01", true), Ice2011PriorityRules.ID, PRIORITY_3),
                Arguments.of("Morton: no record is no priority", Facts.none().asOf("2013-06-01"), Ice2011PriorityRules.ID, NOT_A_PRIORITY),
                // DHS-2014-11-20 (the v1.1 additions; the v1 tiers are in Dhs2014PriorityRulesTest)
                Arguments.of("2014 1(b): apprehended at the border", Facts.none().apprehendedAtBorder(true), Dhs2014PriorityRules.ID, PRIORITY_1),
                Arguments.of("2014 1(c): a gang-element conviction", Facts.none().gang(GangInvolvement.CONVICTED_GANG_OFFENSE), Dhs2014PriorityRules.ID, PRIORITY_1),
                Arguments.of("2014 1(c): participation at 16 or older", Facts.none().gang(GangInvolvement.PARTICIPATED_AT_16_OR_OLDER), Dhs2014PriorityRules.ID, PRIORITY_1),
                Arguments.of("2014 1(c): a gang-database listing alone is no priority", Facts.none().gang(GangInvolvement.LISTED_IN_GANG_DATABASE), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 1(d): a felony whose essential element is status never counts", Facts.none().convicted(statusOffense(felony("2012-01-01"))), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 1(d): a felony of category IMMIGRATION is a status offense", Facts.none().convicted(Facts.conviction("2012-01-01", OffenseLevel.FELONY, IMMIGRATION, 0)), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 2(b): a status misdemeanor with 120 days never counts", Facts.none().convicted(statusOffense(misdemeanor("2012-01-01", THEFT, 120))), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 2(a): status misdemeanors do not count towards the three", Facts.none()
                        .convicted(misdemeanor("2010-01-01", THEFT, 0)).convicted(misdemeanor("2011-01-01", THEFT, 0))
                        .convicted(statusOffense(misdemeanor("2012-01-01", THEFT, 0))), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 1(e): an aggravated felony counts even as a status offense (1(e) is not excluded)",
                        Facts.none().convicted(aggravated(statusOffense(felony("2012-01-01")))), Dhs2014PriorityRules.ID, PRIORITY_1),
                Arguments.of("2014 2(c): an unlawful entry on 1 January 2014", Facts.none().enteredUnlawfully("2014-01-01"), Dhs2014PriorityRules.ID, PRIORITY_2),
                Arguments.of("2014 2(c): an unlawful entry on 31 December 2013 with presence since then is none",
                        Facts.none().enteredUnlawfully("2013-12-31").residentSince("2013-12-31"), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 2(c): an earlier unlawful entry without continuous presence since 2014",
                        Facts.none().enteredUnlawfully("2010-01-01").residentSince("2014-02-01"), Dhs2014PriorityRules.ID, PRIORITY_2),
                Arguments.of("2014 2(c): an inspected entry after 2014 is no unlawful entry", Facts.none().entered("2014-06-01"), Dhs2014PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("2014 2(d): significant visa abuse", Facts.none().visaAbuse(true), Dhs2014PriorityRules.ID, PRIORITY_2),
                // EO-2017-01-25
                Arguments.of("EO 13768 5(a): any conviction, even minor traffic", Facts.none().asOf("2018-06-01").convicted(misdemeanor("2010-01-01", MINOR_TRAFFIC, 0)), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768 5(a): a status offense counts too", Facts.none().asOf("2018-06-01").convicted(statusOffense(misdemeanor("2010-01-01", THEFT, 0))), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768 5(b): a pending charge", Facts.none().asOf("2018-06-01").pendingCharge("2018-05-01", OffenseLevel.MISDEMEANOR), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768 5(c): gang participation is a chargeable act", Facts.none().asOf("2018-06-01").gang(GangInvolvement.PARTICIPATED_AT_16_OR_OLDER), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768: a gang-database listing alone is none", Facts.none().asOf("2018-06-01").gang(GangInvolvement.LISTED_IN_GANG_DATABASE), Eo2017PriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("EO 13768 5(d): fraud or misrepresentation", Facts.none().asOf("2018-06-01").visaAbuse(true), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768 5(f): a final order not complied with, of any date", Facts.none().asOf("2018-06-01").removalOrder("2005-01-01", true), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768 5(g): a national-security risk", Facts.none().asOf("2018-06-01").nationalSecurity(true), Eo2017PriorityRules.ID, PRIORITY),
                Arguments.of("EO 13768: no category applies, though no class is exempt", Facts.none().asOf("2018-06-01"), Eo2017PriorityRules.ID, NOT_A_PRIORITY),
                // DHS-2021-01-20
                Arguments.of("Pekoske B(1): national security", Facts.none().asOf("2021-06-01").nationalSecurity(true), Dhs2021InterimPriorityRules.ID, NATIONAL_SECURITY),
                Arguments.of("Pekoske B(2): apprehended at the border", Facts.none().asOf("2021-06-01").apprehendedAtBorder(true), Dhs2021InterimPriorityRules.ID, BORDER_SECURITY),
                Arguments.of("Pekoske B(2): an unlawful entry on 1 November 2020", Facts.none().asOf("2021-06-01").enteredUnlawfully("2020-11-01"), Dhs2021InterimPriorityRules.ID, BORDER_SECURITY),
                Arguments.of("Pekoske B(2): an unlawful entry on 31 October 2020 is not", Facts.none().asOf("2021-06-01").enteredUnlawfully("2020-10-31"), Dhs2021InterimPriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Pekoske B(3): an aggravated felony", Facts.none().asOf("2021-06-01").convicted(aggravated(felony("2015-01-01"))), Dhs2021InterimPriorityRules.ID, PUBLIC_SAFETY_REVIEW),
                Arguments.of("Pekoske: a felony that is no aggravated felony is none", Facts.none().asOf("2021-06-01").convicted(felony("2015-01-01")), Dhs2021InterimPriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("ICE interim guidance: a gang conviction counts from 2021-02-18", Facts.none().asOf("2021-02-18").gang(GangInvolvement.CONVICTED_GANG_OFFENSE), Dhs2021InterimPriorityRules.ID, PUBLIC_SAFETY_REVIEW),
                Arguments.of("Pekoske alone (2021-02-17): a gang conviction is none", Facts.none().asOf("2021-02-17").gang(GangInvolvement.CONVICTED_GANG_OFFENSE), Dhs2021InterimPriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("ICE interim guidance: a gang-database listing is none", Facts.none().asOf("2021-06-01").gang(GangInvolvement.LISTED_IN_GANG_DATABASE), Dhs2021InterimPriorityRules.ID, NOT_A_PRIORITY),
                // DHS-2021-09-30
                Arguments.of("Mayorkas II.A.1: national security", Facts.none().asOf("2024-06-01").nationalSecurity(true), Dhs2021GuidelinesPriorityRules.ID, NATIONAL_SECURITY),
                Arguments.of("Mayorkas II.A.2: a felony is for an attorney's review", Facts.none().asOf("2024-06-01").convicted(felony("2015-01-01")), Dhs2021GuidelinesPriorityRules.ID, PUBLIC_SAFETY_REVIEW),
                Arguments.of("Mayorkas II.A.2: a significant misdemeanor", Facts.none().asOf("2024-06-01").convicted(misdemeanor("2015-01-01", DUI, 0)), Dhs2021GuidelinesPriorityRules.ID, PUBLIC_SAFETY_REVIEW),
                Arguments.of("Mayorkas II.A.2: gang participation", Facts.none().asOf("2024-06-01").gang(GangInvolvement.PARTICIPATED_AT_16_OR_OLDER), Dhs2021GuidelinesPriorityRules.ID, PUBLIC_SAFETY_REVIEW),
                Arguments.of("Mayorkas: a gang-database listing is none", Facts.none().asOf("2024-06-01").gang(GangInvolvement.LISTED_IN_GANG_DATABASE), Dhs2021GuidelinesPriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Mayorkas: a minor misdemeanor is none", Facts.none().asOf("2024-06-01").convicted(misdemeanor("2015-01-01", ASSAULT, 10)), Dhs2021GuidelinesPriorityRules.ID, NOT_A_PRIORITY),
                Arguments.of("Mayorkas II.A.3: apprehended at the border", Facts.none().asOf("2024-06-01").apprehendedAtBorder(true), Dhs2021GuidelinesPriorityRules.ID, BORDER_SECURITY),
                Arguments.of("Mayorkas II.A.3: an unlawful entry on 1 November 2020", Facts.none().asOf("2024-06-01").enteredUnlawfully("2020-11-01"), Dhs2021GuidelinesPriorityRules.ID, BORDER_SECURITY),
                Arguments.of("Mayorkas: an unlawful entry on 31 October 2020 is not", Facts.none().asOf("2024-06-01").enteredUnlawfully("2020-10-31"), Dhs2021GuidelinesPriorityRules.ID, NOT_A_PRIORITY),
                // NONE-2022-06-10 and EO-2025-01-20
                Arguments.of("vacatur: even a felony is no priority, none are in effect", Facts.none().asOf("2022-12-01").convicted(felony("2015-01-01")), GuidelinesVacated2022.ID, NO_PRIORITIES_IN_EFFECT),
                Arguments.of("vacatur: no record, none in effect", Facts.none().asOf("2022-12-01"), GuidelinesVacated2022.ID, NO_PRIORITIES_IN_EFFECT),
                Arguments.of("EO 14159: a felony, none in effect", Facts.none().asOf("2026-01-01").convicted(felony("2015-01-01")), Eo2025NoPriorities.ID, NO_PRIORITIES_IN_EFFECT),
                Arguments.of("EO 14159: no record, none in effect", Facts.none().asOf("2026-01-01"), Eo2025NoPriorities.ID, NO_PRIORITIES_IN_EFFECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("categories")
    void category(String rule, Facts facts, String ruleSet, EnforcementPriority expected) {
        PriorityAssessment result = SETS.forDate(facts.build().asOf()).assess(facts.build());
        assertThat(result.ruleSet()).as(rule).isEqualTo(ruleSet);
        assertThat(result.priority()).as(rule + ": " + result.reasons()).isEqualTo(expected);
        for (Reason r : result.reasons()) {
            assertThat(r.text(Locale.ENGLISH)).as("an English text for " + r.key()).doesNotStartWith(r.key());
            assertThat(r.text(Locale.forLanguageTag("es"))).as("a Spanish text for " + r.key()).doesNotStartWith(r.key());
        }
        if (expected != NOT_A_PRIORITY || ruleSet.equals(Eo2017PriorityRules.ID)) {
            assertThat(result.reasons()).as("every priority comes with its reasons").isNotEmpty();
        }
    }

    static Stream<Arguments> citations() {
        return Stream.of(
                Arguments.of(Facts.none().asOf("2013-06-01").convicted(felony("2010-01-01")), "Morton memo of 2 March 2011"),
                Arguments.of(Facts.none().convicted(felony("2010-01-01")), "Priority 1(d)"),
                Arguments.of(Facts.none().asOf("2018-06-01").convicted(felony("2010-01-01")), "Executive Order 13768, section 5(a)"),
                Arguments.of(Facts.none().asOf("2021-06-01").apprehendedAtBorder(true), "Pekoske memo of 20 January 2021, section B(2)"),
                Arguments.of(Facts.none().asOf("2024-06-01").convicted(felony("2010-01-01")), "Mayorkas guidelines of 30 September 2021, section II.A.2"),
                Arguments.of(Facts.none().asOf("2022-12-01"), "Texas v. United States"),
                Arguments.of(Facts.none().asOf("2026-01-01"), "Executive Order 14159"));
    }

    @ParameterizedTest(name = "the reason cites {1}")
    @MethodSource("citations")
    void everyReasonCitesItsMemoAndParagraph(Facts facts, String citation) {
        PriorityAssessment result = SETS.forDate(facts.build().asOf()).assess(facts.build());
        assertThat(result.reasons()).extracting(Object::toString).anyMatch(t -> t.contains(citation));
    }

    @org.junit.jupiter.api.Test
    void mayorkasFlagsTheMitigatingFactsItKnows() {
        PriorityAssessment result = SETS.forDate(java.time.LocalDate.of(2024, 6, 1)).assess(Facts.none().asOf("2024-06-01")
                .born("1998-01-01").entered("2005-01-01").convicted(felony("2015-06-01")).build());
        assertThat(result.reasons()).extracting(Object::toString)
                .anyMatch(t -> t.contains("under 18 at the") && t.contains("conviction of 2015-06-01"))
                .anyMatch(t -> t.contains("19 years in the United States"))
                .anyMatch(t -> t.contains("totality"));
    }
}
