package org.amparo.rules.relief;

import static org.amparo.people.domain.OffenseCategory.MINOR_TRAFFIC;
import static org.amparo.people.domain.OffenseCategory.THEFT;
import static org.amparo.rules.Facts.conviction;
import static org.amparo.rules.Facts.juvenile;
import static org.amparo.rules.Facts.misdemeanor;
import static org.amparo.rules.Facts.suspended;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOMAIN.md section 4, SCAAP: an undocumented person convicted of one felony or two misdemeanors and incarcerated at
 * least 4 consecutive days.
 */
class ScaapTest {

    private static Facts undocumented() {
        return Facts.none().status(ImmigrationStatus.UNDOCUMENTED);
    }

    private static org.amparo.rules.ConvictionFact felony(int days) {
        return conviction("2014-01-01", OffenseLevel.FELONY, OffenseCategory.OTHER, days);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an undocumented person with a felony and 4 days in custody is eligible", undocumented().convicted(felony(4)), true),
                Arguments.of("3 days in custody are not enough", undocumented().convicted(felony(3)), false),
                Arguments.of("two misdemeanors and 10 days are eligible", undocumented()
                        .convicted(misdemeanor("2013-01-01", THEFT, 10)).convicted(misdemeanor("2014-01-01", MINOR_TRAFFIC, 0)), true),
                Arguments.of("one misdemeanor is not enough", undocumented().convicted(misdemeanor("2013-01-01", THEFT, 30)), false),
                Arguments.of("a lawful permanent resident is not reimbursable", Facts.none().status(ImmigrationStatus.LPR).convicted(felony(30)), false),
                Arguments.of("an unknown status is not reimbursable", Facts.none().convicted(felony(30)), false),
                Arguments.of("a suspended sentence is no incarceration", undocumented().convicted(suspended(felony(30))), false),
                Arguments.of("a juvenile adjudication is no conviction", undocumented().convicted(juvenile(felony(30))), false),
                Arguments.of("an infraction is no misdemeanor", undocumented()
                        .convicted(misdemeanor("2013-01-01", THEFT, 10))
                        .convicted(conviction("2014-01-01", OffenseLevel.INFRACTION, THEFT, 0)), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scaap(String rule, Facts facts, boolean eligible) {
        ScaapScreen screen = Scaap.screen(facts.build());
        assertThat(screen.eligible()).as(rule + ": " + screen.reasons()).isEqualTo(eligible);
        assertThat(screen.reasons()).isNotEmpty();
    }
}
