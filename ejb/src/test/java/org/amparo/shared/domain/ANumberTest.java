package org.amparo.shared.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOMAIN.md section 1: an A-number is 9 digits, often written A + 8 or 9 digits with dashes; normalise to 9 digits. */
class ANumberTest {

    @ParameterizedTest(name = "\"{0}\" is A-number 012345678")
    @ValueSource(strings = {"A012345678", "A-012-345-678", "12345678", "012345678", "a 012 345 678", " A-12-345-678 ",
            "A12345678", "012.345.678", "A\u00A0012\u00A0345\u00A0678"})
    void everyWrittenFormNormalisesToNineDigits(String written) {
        assertThat(ANumber.parse(written).digits()).isEqualTo("012345678");
    }

    @Test
    void itIsShownInTheFormPeopleRead() {
        assertThat(ANumber.parse("12345678").formatted()).isEqualTo("A-012-345-678");
    }

    @ParameterizedTest(name = "\"{0}\" has the wrong number of digits")
    @ValueSource(strings = {"1234567", "A1234567", "1234567890", "A-123-456-7890"})
    void sevenOrTenDigitsAreRejectedSayingHowMany(String written) {
        assertThatThrownBy(() -> ANumber.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 or 9 digits");
        assertThat(ANumber.isValid(written)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" has letters")
    @ValueSource(strings = {"A01234567B", "B012345678", "AA012345678", "01234X678"})
    void lettersOtherThanALeadingAAreRejected(String written) {
        assertThatThrownBy(() -> ANumber.parse(written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only digits");
    }

    @Test
    void blankIsRejectedButOptionalFieldsMayStayEmpty() {
        assertThatThrownBy(() -> ANumber.parse(" ")).hasMessageContaining("required");
        assertThat(ANumber.parseOptional("  ")).isNull();
    }

    @Test
    void equalityFollowsTheDigitsNotTheSpelling() {
        assertThat(ANumber.parse("A-012-345-678")).isEqualTo(ANumber.parse("12345678"));
    }

    @Test
    void itsToStringMasksTheNumberSoItCannotLeakIntoALog() {
        assertThat(ANumber.parse("A-012-345-678").toString()).doesNotContain("012345").endsWith("678");
    }
}
