package org.amparo.exports;

import org.amparo.exports.domain.AgeBand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A de-identified export shows an age band, never a date of birth; birthdays on the export day count. */
class AgeBandTest {

    @ParameterizedTest(name = "born {0}, exported {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "2010-06-01, 2026-06-01, <18",
            "2008-06-02, 2026-06-01, <18",
            "2008-06-01, 2026-06-01, 18-24",
            "2001-06-02, 2026-06-01, 18-24",
            "2001-06-01, 2026-06-01, 25-34",
            "1982-01-01, 2026-06-01, 35-44",
            "1971-06-01, 2026-06-01, 55-64",
            "1961-06-02, 2026-06-01, 55-64",
            "1961-06-01, 2026-06-01, 65+",
            "2027-01-01, 2026-06-01, none"})
    void theBandOfTheAgeOnTheDay(LocalDate born, LocalDate on, String band) {
        assertThat(AgeBand.of(born, on)).isEqualTo(band);
    }
}
