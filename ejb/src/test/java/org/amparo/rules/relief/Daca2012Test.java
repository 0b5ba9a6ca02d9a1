package org.amparo.rules.relief;

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
import static org.amparo.rules.relief.DacaResult.NOT_ELIGIBLE;
import static org.amparo.rules.relief.DacaResult.POTENTIALLY_ELIGIBLE;
import static org.amparo.rules.relief.DacaResult.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md section 4: the DACA 2012 guidelines, a tri-state screen for an attorney. */
class Daca2012Test {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a person who meets every guideline is potentially eligible", Facts.dacaCandidate(), POTENTIALLY_ELIGIBLE),
                Arguments.of("born on 15 June 1981 is 31 on 15 June 2012: not eligible",
                        Facts.dacaCandidate().born("1981-06-15").entered("1990-01-01"), NOT_ELIGIBLE),
                Arguments.of("born on 16 June 1981 is still 30 on 15 June 2012",
                        Facts.dacaCandidate().born("1981-06-16").entered("1990-01-01"), POTENTIALLY_ELIGIBLE),
                Arguments.of("arriving the day before the 16th birthday meets the guideline",
                        Facts.none().born("1990-05-01").entered("2006-04-30").residentSince("2006-04-30")
                                .education(Education.GED).nationalSecurity(false).status(ImmigrationStatus.UNDOCUMENTED), POTENTIALLY_ELIGIBLE),
                Arguments.of("arriving on the 16th birthday does not",
                        Facts.none().born("1990-05-01").entered("2006-05-01").residentSince("2006-05-01")
                                .education(Education.GED).nationalSecurity(false), NOT_ELIGIBLE),
                Arguments.of("the first entry counts as arrival, not the last re-entry",
                        Facts.dacaCandidate().entered("2010-03-01"), POTENTIALLY_ELIGIBLE),
                Arguments.of("continuous residence since exactly 15 June 2007 meets the guideline",
                        Facts.none().born("1995-01-01").entered("2007-06-15").residentSince("2007-06-15")
                                .education(Education.IN_SCHOOL).nationalSecurity(false).status(ImmigrationStatus.UNDOCUMENTED), POTENTIALLY_ELIGIBLE),
                Arguments.of("continuous residence from 16 June 2007 does not",
                        Facts.none().born("1995-01-01").entered("2007-06-16").residentSince("2007-06-16")
                                .education(Education.IN_SCHOOL).nationalSecurity(false), NOT_ELIGIBLE),
                Arguments.of("no schooling, diploma, GED or honourable discharge is not eligible",
                        Facts.dacaCandidate().education(Education.NONE), NOT_ELIGIBLE),
                Arguments.of("a national-security concern disqualifies", Facts.dacaCandidate().nationalSecurity(true), NOT_ELIGIBLE),
                Arguments.of("a felony disqualifies", Facts.dacaCandidate().convicted(felony("2012-01-01")), NOT_ELIGIBLE),
                Arguments.of("a juvenile adjudication is no conviction",
                        Facts.dacaCandidate().convicted(juvenile(felony("2005-01-01"))), POTENTIALLY_ELIGIBLE),
                Arguments.of("the guidelines have no aggravated-felony bar of their own: on a minor misdemeanor it does not disqualify",
                        Facts.dacaCandidate().convicted(aggravated(misdemeanor("2012-01-01", THEFT, 0))), POTENTIALLY_ELIGIBLE),
                Arguments.of("an aggravated felony that is a felony disqualifies as a felony",
                        Facts.dacaCandidate().convicted(aggravated(felony("2012-01-01"))), NOT_ELIGIBLE),
                Arguments.of("an LPR has lawful status: does not appear eligible",
                        Facts.dacaCandidate().status(ImmigrationStatus.LPR), NOT_ELIGIBLE),
                Arguments.of("a citizen has lawful status: does not appear eligible",
                        Facts.dacaCandidate().status(ImmigrationStatus.CITIZEN), NOT_ELIGIBLE),
                Arguments.of("a current visa needs an attorney to establish the status on 15 June 2012: unknown",
                        Facts.dacaCandidate().status(ImmigrationStatus.VISA), UNKNOWN),
                Arguments.of("TPS needs an attorney: unknown", Facts.dacaCandidate().status(ImmigrationStatus.TPS), UNKNOWN),
                Arguments.of("a current DACA grant needs an attorney: unknown", Facts.dacaCandidate().status(ImmigrationStatus.DACA), UNKNOWN),
                Arguments.of("an unknown status leaves the screen unknown", Facts.dacaCandidate().status(null), UNKNOWN),
                Arguments.of("asylum pending is no lawful status", Facts.dacaCandidate().status(ImmigrationStatus.ASYLUM_PENDING), POTENTIALLY_ELIGIBLE),
                Arguments.of("the day before the 15th birthday, not in removal proceedings: not yet eligible to request",
                        Facts.dacaCandidate().born("2005-06-02").entered("2006-01-01").residentSince("2006-01-01").asOf("2020-06-01")
                                .inRemovalProceedings(false), NOT_ELIGIBLE),
                Arguments.of("on the 15th birthday the age guideline is met",
                        Facts.dacaCandidate().born("2005-06-01").entered("2006-01-01").residentSince("2006-01-01").asOf("2020-06-01")
                                .inRemovalProceedings(false), POTENTIALLY_ELIGIBLE),
                Arguments.of("under 15 but in removal proceedings may request",
                        Facts.dacaCandidate().born("2005-06-02").entered("2006-01-01").residentSince("2006-01-01").asOf("2020-06-01")
                                .inRemovalProceedings(true), POTENTIALLY_ELIGIBLE),
                Arguments.of("under 15 under a removal order may request",
                        Facts.dacaCandidate().born("2005-06-02").entered("2006-01-01").residentSince("2006-01-01").asOf("2020-06-01")
                                .removalOrder("2019-01-01", true), POTENTIALLY_ELIGIBLE),
                Arguments.of("under 15 with proceedings unknown: unknown",
                        Facts.dacaCandidate().born("2005-06-02").entered("2006-01-01").residentSince("2006-01-01").asOf("2020-06-01"),
                        UNKNOWN),
                Arguments.of("a DUI is a significant misdemeanor", Facts.dacaCandidate().convicted(misdemeanor("2013-02-01", DUI, 0)), NOT_ELIGIBLE),
                Arguments.of("DACA's threshold is more than 90 days: exactly 90 days does not disqualify (PEP's would)",
                        Facts.dacaCandidate().convicted(misdemeanor("2012-01-01", THEFT, 90)), POTENTIALLY_ELIGIBLE),
                Arguments.of("91 days to serve make a significant misdemeanor",
                        Facts.dacaCandidate().convicted(misdemeanor("2012-01-01", THEFT, 91)), NOT_ELIGIBLE),
                Arguments.of("a suspended 120-day sentence is no custody to serve",
                        Facts.dacaCandidate().convicted(suspended(misdemeanor("2012-01-01", THEFT, 120))), POTENTIALLY_ELIGIBLE),
                Arguments.of("three other misdemeanors from separate incidents disqualify", Facts.dacaCandidate()
                        .convicted(misdemeanor("2010-01-01", THEFT, 0)).convicted(misdemeanor("2011-01-01", THEFT, 0))
                        .convicted(misdemeanor("2012-01-01", THEFT, 0)), NOT_ELIGIBLE),
                Arguments.of("three misdemeanors from one incident count once", Facts.dacaCandidate()
                        .convicted(incident(misdemeanor("2010-01-01", THEFT, 0), "x"))
                        .convicted(incident(misdemeanor("2010-03-01", THEFT, 0), "x"))
                        .convicted(incident(misdemeanor("2010-05-01", THEFT, 0), "x")), POTENTIALLY_ELIGIBLE),
                Arguments.of("minor traffic offenses do not count towards the three", Facts.dacaCandidate()
                        .convicted(misdemeanor("2010-01-01", THEFT, 0)).convicted(misdemeanor("2011-01-01", THEFT, 0))
                        .convicted(misdemeanor("2012-01-01", MINOR_TRAFFIC, 0)), POTENTIALLY_ELIGIBLE),
                Arguments.of("an unknown date of birth with nothing disqualifying is unknown",
                        Facts.none().entered("2000-01-01").residentSince("2000-01-01").education(Education.GED)
                                .nationalSecurity(false), UNKNOWN),
                Arguments.of("an unknown fact does not hide a disqualification",
                        Facts.none().convicted(felony("2012-01-01")), NOT_ELIGIBLE),
                Arguments.of("an unknown national-security answer leaves the screen unknown",
                        Facts.dacaCandidate().nationalSecurity(null), UNKNOWN),
                Arguments.of("a misdemeanor with an unknown sentence may be significant: unknown",
                        Facts.dacaCandidate().convicted(conviction("2012-01-01", OffenseLevel.MISDEMEANOR, THEFT, null)), UNKNOWN),
                Arguments.of("a conviction with an unknown level: unknown",
                        Facts.dacaCandidate().convicted(conviction("2012-01-01", null, THEFT, 0)), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void daca(String rule, Facts facts, DacaResult expected) {
        DacaScreen screen = Daca2012.screen(facts.build());
        assertThat(screen.result()).as(rule + ": " + screen.reasons()).isEqualTo(expected);
        assertThat(screen.reasons()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} meets the education guideline")
    @EnumSource(value = Education.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void educationThatMeetsTheGuideline(Education education) {
        assertThat(Daca2012.screen(Facts.dacaCandidate().education(education).build()).result())
                .isEqualTo(POTENTIALLY_ELIGIBLE);
    }
}
