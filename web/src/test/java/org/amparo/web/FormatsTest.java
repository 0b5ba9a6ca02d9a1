package org.amparo.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone number written as people write it becomes a link a phone can dial; a day reads as its fields ask for one. */
class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void aPhoneNumberBecomesADialableLinkWithItsExtension() {
        assertThat(fmt.tel("(505) 555-0100 ext. 4")).isEqualTo("tel:5055550100;ext=4");
        assertThat(fmt.tel("+1 505.555.0100")).isEqualTo("tel:+15055550100");
        assertThat(fmt.tel("505-555-0100 x12")).isEqualTo("tel:5055550100;ext=12");
        assertThat(fmt.tel(" ")).isEmpty();
        assertThat(fmt.tel(null)).isEmpty();
    }

    @Test
    void aDayReadsAsThePagesDateFieldsAskForOneInEachLanguage() {
        java.time.LocalDate day = java.time.LocalDate.of(1991, 2, 3);
        assertThat(Formats.dayIn(day, java.util.Locale.ENGLISH)).isEqualTo("02/03/1991");
        assertThat(Formats.dayIn(day, java.util.Locale.forLanguageTag("es"))).isEqualTo("03/02/1991");
        assertThat(TypedDates.date(Formats.dayIn(day, java.util.Locale.forLanguageTag("es")), java.util.Locale.forLanguageTag("es")))
                .as("what a page shows, typed back into its field, is the same day").contains(day);
        assertThat(Formats.dayIn(null, java.util.Locale.ENGLISH)).isEmpty();
    }
}
