package org.amparo.rules.priority;

import static org.amparo.people.domain.OffenseCategory.ASSAULT;
import static org.amparo.people.domain.OffenseCategory.DUI;
import static org.amparo.people.domain.OffenseCategory.MINOR_TRAFFIC;
import static org.amparo.people.domain.OffenseCategory.THEFT;
import static org.amparo.rules.Facts.aggravated;
import static org.amparo.rules.Facts.conviction;
import static org.amparo.rules.Facts.felony;
import static org.amparo.rules.Facts.incident;
import static org.amparo.rules.Facts.juvenile;
import static org.amparo.rules.Facts.misdemeanor;
import static org.amparo.rules.Facts.suspended;
import static org.amparo.rules.priority.EnforcementPriority.NOT_A_PRIORITY;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_1;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_2;
import static org.amparo.rules.priority.EnforcementPriority.PRIORITY_3;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.Facts;
import org.amparo.rules.ScreeningFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md section 3: the enforcement priorities of the November 2014 DHS memo. */
class Dhs2014PriorityRulesTest {

    private final Dhs2014PriorityRules rules = new Dhs2014PriorityRules();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no record at all is no priority", Facts.none(), NOT_A_PRIORITY),
                Arguments.of("1(c): the v1 gang flag means participation at 16 or older: priority 1", Facts.none().gang(true), PRIORITY_1),
                Arguments.of("a national-security concern is priority 1", Facts.none().nationalSecurity(true), PRIORITY_1),
                Arguments.of("any felony conviction is priority 1", Facts.none().convicted(felony("2012-01-01")), PRIORITY_1),
                Arguments.of("an aggravated-felony finding makes even a misdemeanor priority 1",
                        Facts.none().convicted(aggravated(misdemeanor("2012-01-01", ASSAULT, 0))), PRIORITY_1),
                Arguments.of("a juvenile adjudication is never a conviction, even for a felony",
                        Facts.none().convicted(juvenile(felony("2005-01-01"))), NOT_A_PRIORITY),
                Arguments.of("a pending felony charge never counts: a charge is not a conviction",
                        Facts.none().pendingCharge("2015-05-01", OffenseLevel.FELONY), NOT_A_PRIORITY),
                Arguments.of("an infraction is no misdemeanor", Facts.none()
                        .convicted(conviction("2012-01-01", OffenseLevel.INFRACTION, DUI, 0)), NOT_A_PRIORITY),
                Arguments.of("another misdemeanor with exactly 90 days to serve is priority 2 (90 or more)",
                        Facts.none().convicted(misdemeanor("2012-01-01", THEFT, 90)), PRIORITY_2),
                Arguments.of("another misdemeanor with 89 days is no priority",
                        Facts.none().convicted(misdemeanor("2012-01-01", THEFT, 89)), NOT_A_PRIORITY),
                Arguments.of("a suspended 120-day sentence is no time to serve",
                        Facts.none().convicted(suspended(misdemeanor("2012-01-01", THEFT, 120))), NOT_A_PRIORITY),
                Arguments.of("three misdemeanors from three separate incidents are priority 2", Facts.none()
                        .convicted(misdemeanor("2010-01-01", THEFT, 0)).convicted(misdemeanor("2011-01-01", THEFT, 0))
                        .convicted(misdemeanor("2012-01-01", ASSAULT, 0)), PRIORITY_2),
                Arguments.of("three misdemeanors of which two arose from one incident are no priority", Facts.none()
                        .convicted(incident(misdemeanor("2010-01-01", THEFT, 0), "a"))
                        .convicted(incident(misdemeanor("2010-02-01", THEFT, 0), "a"))
                        .convicted(misdemeanor("2012-01-01", ASSAULT, 0)), NOT_A_PRIORITY),
                Arguments.of("three misdemeanors on one day without incident count as one incident", Facts.none()
                        .convicted(misdemeanor("2010-01-01", THEFT, 0)).convicted(misdemeanor("2010-01-01", THEFT, 0))
                        .convicted(misdemeanor("2010-01-01", ASSAULT, 0)), NOT_A_PRIORITY),
                Arguments.of("minor traffic offenses do not count towards the three", Facts.none()
                        .convicted(misdemeanor("2010-01-01", THEFT, 0)).convicted(misdemeanor("2011-01-01", THEFT, 0))
                        .convicted(misdemeanor("2012-01-01", MINOR_TRAFFIC, 0)), NOT_A_PRIORITY),
                Arguments.of("a final removal order of 1 January 2014 is priority 3",
                        Facts.none().removalOrder("2014-01-01", true), PRIORITY_3),
                Arguments.of("a final removal order of 31 December 2013 is no priority",
                        Facts.none().removalOrder("2013-12-31", true), NOT_A_PRIORITY),
                Arguments.of("a pending removal order is no priority",
                        Facts.none().removalOrder("2015-01-01", false), NOT_A_PRIORITY),
                Arguments.of("a conviction after the screening date does not count yet",
                        Facts.none().asOf("2015-06-01").convicted(felony("2015-06-02")), NOT_A_PRIORITY),
                Arguments.of("a conviction on the screening date counts",
                        Facts.none().asOf("2015-06-01").convicted(felony("2015-06-01")), PRIORITY_1),
                Arguments.of("the highest priority wins: felony and DUI give priority 1", Facts.none()
                        .convicted(misdemeanor("2010-01-01", DUI, 0)).convicted(felony("2011-01-01"))
                        .removalOrder("2014-05-01", true), PRIORITY_1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void priority(String rule, Facts facts, EnforcementPriority expected) {
        PriorityAssessment result = rules.assess(facts.build());
        assertThat(result.priority()).as(rule).isEqualTo(expected);
        assertThat(result.ruleSet()).isEqualTo("DHS-2014-11-20");
        assertThat(result.reasons().isEmpty()).as("reasons exactly when a rule applied").isEqualTo(expected == NOT_A_PRIORITY);
    }

    static Stream<OffenseCategory> significant() {
        return CriminalRecord.SIGNIFICANT_MISDEMEANOR_CATEGORIES.stream();
    }

    @ParameterizedTest(name = "a {0} misdemeanor is significant: priority 2 without any custody")
    @MethodSource("significant")
    void significantMisdemeanorsArePriorityTwo(OffenseCategory category) {
        PriorityAssessment result = rules.assess(Facts.none().convicted(misdemeanor("2012-01-01", category, 0)).build());
        assertThat(result.priority()).isEqualTo(PRIORITY_2);
        assertThat(result.reasons()).extracting(Object::toString).singleElement().asString()
                .matches("the [a-zA-Z -]+ conviction of 2012-01-01: significant misdemeanor \\(DHS memo of 20 November 2014, Priority 2\\(b\\)\\)").doesNotContain(category.name().equals("DUI") ? "_" : category.name());
    }

    @Test
    void everyRuleThatAppliedIsAReasonHighestFirst() {
        ScreeningFacts facts = Facts.none().convicted(misdemeanor("2010-01-01", DUI, 0)).convicted(felony("2011-01-01"))
                .removalOrder("2014-05-01", true).build();
        assertThat(rules.assess(facts).reasons()).extracting(Object::toString).containsExactly(
                "the conviction of 2011-01-01: felony (DHS memo of 20 November 2014, Priority 1(d))",
                "the DUI conviction of 2010-01-01: significant misdemeanor (DHS memo of 20 November 2014, Priority 2(b))",
                "the removal order of 2014-05-01: a final order, on or after 1 January 2014 (DHS memo of 20 November 2014, Priority 3)");
    }

    @Test
    void aDayBeforeTheFirstRuleSetUsesTheFirstSet() {
        assertThat(PriorityRuleSets.standard().forDate(LocalDate.of(2009, 1, 1)).id()).isEqualTo("ICE-2011-03-02");
    }

    @Test
    void aLaterRuleSetIsAddedAsAClassAndAPeriodAndChosenFromItsFirstDay() {
        PriorityRuleSet later = new PriorityRuleSet() {
            public String id() {
                return "TEST-2021-11-29";
            }

            public LocalDate effectiveFrom() {
                return LocalDate.of(2021, 11, 29);
            }

            public PriorityAssessment assess(ScreeningFacts facts) {
                return PriorityAssessment.of(id(), java.util.List.of());
            }
        };
        PriorityRuleSets sets = new PriorityRuleSets(java.util.List.of(
                new RuleSetPeriod(later, LocalDate.of(2021, 11, 29), null),
                new RuleSetPeriod(new Dhs2014PriorityRules(), LocalDate.of(2015, 1, 5), LocalDate.of(2021, 11, 28))));
        assertThat(sets.forDate(LocalDate.of(2021, 11, 28)).id()).isEqualTo("DHS-2014-11-20");
        assertThat(sets.forDate(LocalDate.of(2021, 11, 29)).id()).isEqualTo("TEST-2021-11-29");
        assertThat(sets.forDate(LocalDate.of(2026, 11, 28)).id()).isEqualTo("TEST-2021-11-29");
    }
}
