package org.amparo.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evidence report's rule for counts of people: 1 to 4 hidden, totals never giving a hidden count away. */
class SmallCountsTest {

    private static final String FEWER = "fewer than %d";
    private static final String AT_LEAST = "at least %d";

    @Test
    void oneToFourReadsFewerThanFiveWhileNoughtAndFiveAreShown() {
        assertThat(SmallCounts.of(0).cell(FEWER, AT_LEAST)).isEqualTo(0L);
        for (long n = 1; n <= 4; n++) {
            assertThat(SmallCounts.of(n).cell(FEWER, AT_LEAST)).as("count " + n).isEqualTo("fewer than 5");
        }
        assertThat(SmallCounts.of(5).cell(FEWER, AT_LEAST)).isEqualTo(5L);
        assertThat(SmallCounts.of(1234).cell(FEWER, AT_LEAST)).isEqualTo(1234L);
        assertThatThrownBy(() -> SmallCounts.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTotalIsExactOnlyWhenNoneOfItsPartsIsHidden() {
        assertThat(SmallCounts.total(List.of(5L, 0L, 12L)).cell(FEWER, AT_LEAST)).isEqualTo(17L);
        assertThat(SmallCounts.total(List.of()).cell(FEWER, AT_LEAST)).isEqualTo(0L);
    }

    @Test
    void aTotalOverAHiddenPartIsTheLeastTheShownPartsTell() {
        // 5 + 1: the exact 6 would give the 1 away; "at least 6" is what 5 and "fewer than 5" already say.
        assertThat(SmallCounts.total(List.of(5L, 1L)).cell(FEWER, AT_LEAST)).isEqualTo("at least 6");
        assertThat(SmallCounts.total(List.of(10L, 4L, 3L)).cell(FEWER, AT_LEAST)).isEqualTo("at least 12");
        assertThat(SmallCounts.total(List.of(3L, 4L)).cell(FEWER, AT_LEAST)).as("7 of two hidden parts").isEqualTo("at least 5");
    }

    @Test
    void aCountOverlappingItsPartsIsExactOnlyWhenNoPartIsHidden() {
        var nine = SmallCounts.of(9);
        var three = SmallCounts.of(3);
        // 12 cases, 9 with one finding, 3 with another: 12 - 9 would tell the hidden 3.
        assertThat(SmallCounts.overlapping(12, List.of(nine, three)).cell(FEWER, AT_LEAST)).isEqualTo("at least 9");
        assertThat(SmallCounts.overlapping(12, List.of(nine, SmallCounts.of(6))).cell(FEWER, AT_LEAST)).isEqualTo(12L);
        assertThat(SmallCounts.overlapping(2, List.of(SmallCounts.of(2))).cell(FEWER, AT_LEAST)).isEqualTo("fewer than 5");
    }

    @Test
    void aSmallTotalIsHiddenItself() {
        assertThat(SmallCounts.total(List.of(1L, 2L)).cell(FEWER, AT_LEAST)).isEqualTo("fewer than 5");
        assertThat(SmallCounts.total(List.of(0L, 4L)).cell(FEWER, AT_LEAST)).isEqualTo("fewer than 5");
    }
}
