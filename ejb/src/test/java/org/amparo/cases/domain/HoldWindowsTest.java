package org.amparo.cases.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list's red hold is the dashboard's and the inbox's urgent hold: within 24 hours, or ended. */
class HoldWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");

    @Test
    void aHoldEndingWithinADayOrEndedIsUrgentAndOneLaterOrNoneIsNot() {
        assertThat(HoldWindows.isUrgent(NOW.plus(Duration.ofHours(18)), NOW)).as("ends tomorrow at two").isTrue();
        assertThat(HoldWindows.isUrgent(NOW.minus(Duration.ofHours(3)), NOW)).as("ended, still held").isTrue();
        assertThat(HoldWindows.isUrgent(NOW.plus(Duration.ofHours(30)), NOW)).isFalse();
        assertThat(HoldWindows.isUrgent(null, NOW)).as("no hold").isFalse();
    }
}
