package org.amparo.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOMAIN.md section 2: the legacy I-247 counts only weekdays that are not US federal holidays, so the calendar must
 * be right for any year, observed dates included. Expected dates are OPM's published holiday tables.
 */
class FederalHolidaysTest {

    static Stream<Arguments> observedHolidays() {
        return Stream.of(
                Arguments.of(2015, List.of("2015-01-01", "2015-01-19", "2015-02-16", "2015-05-25", "2015-07-03",
                        "2015-09-07", "2015-10-12", "2015-11-11", "2015-11-26", "2015-12-25")),
                Arguments.of(2021, List.of("2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18",
                        "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24")),
                Arguments.of(2026, List.of("2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
                        "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25")),
                Arguments.of(2027, List.of("2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18",
                        "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24")));
    }

    @ParameterizedTest(name = "{0}: OPM''s observed federal holidays")
    @MethodSource("observedHolidays")
    void observedDatesMatchOpmTables(int year, List<String> expected) {
        assertThat(FederalHolidays.of(year)).extracting(h -> h.observed().toString())
                .containsExactlyElementsOf(expected);
        expected.forEach(day -> assertThat(FederalHolidays.isBusinessDay(LocalDate.parse(day))).as(day).isFalse());
    }

    @ParameterizedTest(name = "{0} is a business day: {1} ({2})")
    @CsvSource({
            "2021-12-31, false, New Year's Day 2022 falls on a Saturday and is observed on Friday 31 December 2021",
            "2010-12-31, false, New Year's Day 2011 falls on a Saturday and is observed the year before",
            "2015-07-04, false, a Saturday is never a business day even when it is the holiday itself",
            "2015-07-06, true, the Monday after an Independence Day observed on Friday is a working day",
            "2020-06-19, true, Juneteenth is a federal holiday only from 2021",
            "1985-01-21, true, Martin Luther King Jr. Day is a federal holiday only from 1986",
            "1986-01-20, false, the first federal Martin Luther King Jr. Day",
            "1975-10-27, false, from 1971 to 1977 Veterans Day was the fourth Monday of October",
            "2026-11-27, true, the day after Thanksgiving is not a federal holiday",
            "2026-12-28, true, an ordinary Monday"
    })
    void businessDays(LocalDate day, boolean business, String why) {
        assertThat(FederalHolidays.isBusinessDay(day)).as(why).isEqualTo(business);
    }
}
