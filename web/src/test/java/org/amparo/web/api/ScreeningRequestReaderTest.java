package org.amparo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.detainer.DocumentForm;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The screening API reads what a client sends field by field and answers bad input with a 400 naming the field
 * (SCREENING.md: "never a 500"): here, dates Java reads but no rule can run on, and bodies that are not JSON it can read.
 */
class ScreeningRequestReaderTest {

    private static final Map<String, DocumentForm> FORMS = Map.of("I_247D", new DocumentForm("I_247D", true, true, false, 48, false));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static ScreeningFacts read(String body) {
        return new ScreeningRequestReader(FORMS, TODAY).read(body);
    }

    @Test
    void aDateOutsideTheYears1900To2200IsRefusedNamingItsField() {
        assertThatThrownBy(() -> read("""
                {"asOf": "+999999999-12-31",
                 "person": {"dateOfBirth": "-999999999-01-01", "entries": [{"date": "1899-12-31"}]},
                 "convictions": [{"date": "2201-01-01", "level": "MISDEMEANOR"}],
                 "detainer": {"form": "I_247D", "scheduledReleaseAt": "+999999999-12-31T23:59:59",
                              "stillHeldAt": "-999999999-01-01T00:00:00"}}
                """)).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                .extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                        tuple("asOf", "Must be a date in the years 1900 to 2200"),
                        tuple("person.dateOfBirth", "Must be a date in the years 1900 to 2200"),
                        tuple("person.entries[0].date", "Must be a date in the years 1900 to 2200"),
                        tuple("convictions[0].date", "Must be a date in the years 1900 to 2200"),
                        tuple("detainer.scheduledReleaseAt", "Must be a date in the years 1900 to 2200"),
                        tuple("detainer.stillHeldAt", "Must be a date in the years 1900 to 2200")));
    }

    @Test
    void theFirstAndLastMomentsOfTheYearsAreRead() {
        ScreeningFacts facts = read("""
                {"asOf": "2200-12-31", "person": {"dateOfBirth": "1900-01-01"},
                 "detainer": {"form": "I_247D", "scheduledReleaseAt": "2200-12-31T23:59:59"}}
                """);
        assertThat(facts.asOf()).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(facts.detainer().scheduledReleaseAt()).isEqualTo(LocalDateTime.of(2200, 12, 31, 23, 59, 59));
    }

    @Test
    void aBodyNestedThousandsOfLevelsDeepIsRefusedNamingTheBody() {
        String deep = "{\"person\":".repeat(5_000) + "{}" + "}".repeat(5_000);
        assertThatThrownBy(() -> read(deep)).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                invalid.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("body");
                    assertThat(error.message()).contains("nested too deeply");
                }));
    }

    @Test
    void aBodyThatIsNoJsonOrNoObjectIsRefusedNamingTheBody() {
        for (String body : new String[]{"{\"asOf\": ", "[1, 2]", "\"text\"", "{\"person\": {\"person\": }}"}) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOfSatisfying(InvalidInputException.class,
                    invalid -> assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("body"));
        }
    }
}
