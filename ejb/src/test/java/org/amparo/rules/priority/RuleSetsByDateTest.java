package org.amparo.rules.priority;

import static org.amparo.rules.Facts.I_247D;
import static org.amparo.rules.Facts.hold;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.amparo.rules.Facts;
import org.amparo.rules.Screening;
import org.amparo.rules.ScreeningResult;
import org.amparo.rules.detainer.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md section 3's table: a date picks exactly one rule set, with a boundary day on each side of every switch. */
class RuleSetsByDateTest {

    private final PriorityRuleSets sets = PriorityRuleSets.standard();

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of("the Morton memo's first day", "2011-03-02", Ice2011PriorityRules.ID),
                Arguments.of("the Morton memo's last day", "2015-01-04", Ice2011PriorityRules.ID),
                Arguments.of("the 2014 memo takes effect on 2015-01-05", "2015-01-05", Dhs2014PriorityRules.ID),
                Arguments.of("the 2014 memo's last day", "2017-01-24", Dhs2014PriorityRules.ID),
                Arguments.of("EO 13768 takes effect on 2017-01-25", "2017-01-25", Eo2017PriorityRules.ID),
                Arguments.of("EO 13768's last day", "2021-01-19", Eo2017PriorityRules.ID),
                Arguments.of("the Pekoske memo takes effect on 2021-01-20", "2021-01-20", Dhs2021InterimPriorityRules.ID),
                Arguments.of("the interim priorities' last day", "2021-11-28", Dhs2021InterimPriorityRules.ID),
                Arguments.of("the Mayorkas guidelines take effect on 2021-11-29", "2021-11-29", Dhs2021GuidelinesPriorityRules.ID),
                Arguments.of("the guidelines' last day before vacatur", "2022-06-09", Dhs2021GuidelinesPriorityRules.ID),
                Arguments.of("vacated on 2022-06-10 (Texas v. United States)", "2022-06-10", GuidelinesVacated2022.ID),
                Arguments.of("the last day without guidelines", "2023-06-22", GuidelinesVacated2022.ID),
                Arguments.of("the guidelines return on 2023-06-23 (United States v. Texas)", "2023-06-23", Dhs2021GuidelinesPriorityRules.ID),
                Arguments.of("the guidelines' last day", "2025-01-19", Dhs2021GuidelinesPriorityRules.ID),
                Arguments.of("EO 14159 from 2025-01-20", "2025-01-20", Eo2025NoPriorities.ID),
                Arguments.of("and still in 2026", "2026-11-30", Eo2025NoPriorities.ID),
                Arguments.of("a day before the first set is judged by the first set", "2009-01-01", Ice2011PriorityRules.ID));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("boundaries")
    void theRuleSetOfADay(String rule, String day, String expected) {
        assertThat(sets.forDate(LocalDate.parse(day)).id()).as(rule).isEqualTo(expected);
        assertThat(Screening.standard().screen(Facts.none().asOf(day).build()).priority().ruleSet()).isEqualTo(expected);
    }

    @Test
    void everyDayFrom2011To2027IsInExactlyOnePeriod() {
        for (LocalDate d = LocalDate.of(2011, 3, 2); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
            LocalDate day = d;
            assertThat(sets.periods().stream().filter(p -> p.contains(day)).count()).as(day.toString()).isEqualTo(1);
        }
    }

    @Test
    void theGuidelinesWereInForceTwice() {
        assertThat(sets.periodsOf(Dhs2021GuidelinesPriorityRules.ID)).extracting(p -> p.from() + ".." + p.until())
                .containsExactly("2021-11-29..2022-06-09", "2023-06-23..2025-01-19");
        assertThat(sets.all()).extracting(PriorityRuleSet::id).containsExactly(Ice2011PriorityRules.ID, Dhs2014PriorityRules.ID,
                Eo2017PriorityRules.ID, Dhs2021InterimPriorityRules.ID, Dhs2021GuidelinesPriorityRules.ID,
                GuidelinesVacated2022.ID, Eo2025NoPriorities.ID);
    }

    @Test
    void periodsWithAGapOrAnOverlapAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PriorityRuleSets(java.util.List.of(
                new RuleSetPeriod(new Dhs2014PriorityRules(), LocalDate.of(2015, 1, 5), LocalDate.of(2017, 1, 23)),
                new RuleSetPeriod(new Eo2017PriorityRules(), LocalDate.of(2017, 1, 25), null))))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PriorityRuleSets(java.util.List.of(
                new RuleSetPeriod(new Dhs2014PriorityRules(), LocalDate.of(2015, 1, 5), null),
                new RuleSetPeriod(new Eo2017PriorityRules(), LocalDate.of(2017, 1, 25), null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A person with no record on whom ICE issued an I-247D: which days make that a non-priority target. */
    static Stream<Arguments> nonPriorityTargetByIssueDate() {
        return Stream.of(
                Arguments.of("before ICE's detainer guidance (2012-12-20) no limit on detainers", "2012-12-20", false),
                Arguments.of("from ICE's detainer guidance of 2012-12-21 a detainer on no record is out of bounds", "2012-12-21", true),
                Arguments.of("Morton memo's last day", "2015-01-04", true),
                Arguments.of("PEP's first day", "2015-01-05", true),
                Arguments.of("PEP's last day", "2017-01-24", true),
                Arguments.of("EO 13768 exempts no class: no finding from 2017-01-25", "2017-01-25", false),
                Arguments.of("EO 13768's last day", "2021-01-19", false),
                Arguments.of("the Pekoske memo's first day", "2021-01-20", true),
                Arguments.of("the interim priorities' last day", "2021-11-28", true),
                Arguments.of("the guidelines' first day", "2021-11-29", true),
                Arguments.of("the guidelines' last day before vacatur", "2022-06-09", true),
                Arguments.of("vacated: no priorities, no finding", "2022-06-10", false),
                Arguments.of("the last day without guidelines", "2023-06-22", false),
                Arguments.of("the guidelines return", "2023-06-23", true),
                Arguments.of("the guidelines' last day", "2025-01-19", true),
                Arguments.of("EO 14159: no priorities, no finding", "2025-01-20", false),
                Arguments.of("a 2026 detainer: no priorities, no finding", "2026-03-01", false));
    }

    @ParameterizedTest(name = "{0}: issued {1}, NON_PRIORITY_TARGET {2}")
    @MethodSource("nonPriorityTargetByIssueDate")
    void nonPriorityTargetFollowsTheSetOfTheIssueDate(String rule, String day, boolean expected) {
        ScreeningResult r = Screening.standard().screen(Facts.none().asOf("2026-11-30")
                .detainer(hold(I_247D).issued(day + "T10:00").build()).build());
        assertThat(r.detainer().codes().contains(Finding.NON_PRIORITY_TARGET)).as(rule).isEqualTo(expected);
        assertThat(r.detainer().ruleSet()).isEqualTo(PriorityRuleSets.standard().forDate(LocalDate.parse(day)).id());
        assertThat(r.priority().ruleSet()).isEqualTo(Eo2025NoPriorities.ID);
        assertThat(r.priority().priority()).isEqualTo(EnforcementPriority.NO_PRIORITIES_IN_EFFECT);
    }

    @Test
    void aDetainerIssuedIn2015OnAPriority3PersonIsANonPriorityTargetUnderPep() {
        ScreeningResult r = Screening.standard().screen(Facts.none().asOf("2015-06-01").removalOrder("2014-03-01", true)
                .detainer(hold(I_247D).issued("2015-05-21T10:00").build()).build());
        assertThat(r.priority().priority()).isEqualTo(EnforcementPriority.PRIORITY_3);
        assertThat(r.detainer().codes()).containsExactly(Finding.NON_PRIORITY_TARGET);
        assertThat(r.detainer().findings().get(0).reason().toString()).contains("priority only under 3").contains("PEP");
    }
}
