package org.amparo.notifications.application;

import org.amparo.jobs.domain.SharedSchedule;
import org.amparo.platform.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder timers' period: a minute unless the installation shortens it to a whole divisor of a minute; the watch
 * fires half-way and the mailer three quarters through each period; the servers sharing a database claim each period
 * once.
 */
class ReminderPeriodTest {

    @AfterEach
    void defaultPeriod() {
        System.clearProperty("amparo.reminders.everySeconds");
    }

    @Test
    void aMinuteUnlessShortenedToADivisorOfAMinuteOfFiveSecondsOrMore() {
        assertThat(Installation.reminderPeriod()).isEqualTo(Duration.ofMinutes(1));
        System.setProperty("amparo.reminders.everySeconds", "10");
        assertThat(Installation.reminderPeriod()).isEqualTo(Duration.ofSeconds(10));
        for (String refused : new String[] {"7", "4", "0", "-10", "120", "ten"}) {
            System.setProperty("amparo.reminders.everySeconds", refused);
            assertThat(Installation.reminderPeriod()).as(refused).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void theWatchFiresHalfWayAndTheMailerThreeQuartersThroughEachPeriod() {
        assertThat(ReminderTimes.watch(Duration.ofMinutes(1)).getSecond()).isEqualTo("30");
        assertThat(ReminderTimes.mailer(Duration.ofMinutes(1)).getSecond()).isEqualTo("45");
        assertThat(ReminderTimes.watch(Duration.ofMinutes(1)).getMinute()).isEqualTo("*");
        assertThat(ReminderTimes.watch(Duration.ofSeconds(10)).getSecond()).isEqualTo("5/10");
        assertThat(ReminderTimes.mailer(Duration.ofSeconds(10)).getSecond()).isEqualTo("7/10");
        assertThat(ReminderTimes.mailer(Duration.ofSeconds(10)).getHour()).isEqualTo("*");
    }

    @Test
    void eachPeriodIsOneSlotAndAMinutesPeriodIsTheMinute() {
        SharedSchedule watch = SharedSchedule.REMINDER_WATCH;
        Instant minute = Instant.parse("2026-12-02T10:15:00Z");
        Duration tenSeconds = Duration.ofSeconds(10);
        assertThat(watch.slotOf(minute.plusSeconds(15), tenSeconds)).isEqualTo(minute.plusSeconds(10));
        assertThat(watch.slotOf(minute.plusSeconds(19), tenSeconds)).isEqualTo(minute.plusSeconds(10));
        assertThat(watch.slotOf(minute.plusSeconds(20), tenSeconds)).isEqualTo(minute.plusSeconds(20));
        assertThat(watch.slotOf(minute.plusSeconds(30), Duration.ofMinutes(1))).isEqualTo(watch.slotOf(minute.plusSeconds(30)));
        assertThat(watch.slotOf(minute.plusSeconds(30), Duration.ofHours(1))).as("never longer than the schedule's unit")
                .isEqualTo(minute);
    }
}
