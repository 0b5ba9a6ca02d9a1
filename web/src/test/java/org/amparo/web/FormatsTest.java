package org.amparo.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone number written as people write it becomes a link a phone can dial. */
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
}
