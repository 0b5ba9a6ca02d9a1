package org.amparo.notifications.application;

import jakarta.ejb.ScheduleExpression;

import java.time.Duration;

/**
 * When the reminder timers fire, in each period of {@link org.amparo.platform.Installation#reminderPeriod()}: the watch
 * half-way through it (at :30 of every minute by default), the mailer three quarters through (:45), so the emails of the
 * reminders made in a period go out in the same period.
 */
final class ReminderTimes {

    private ReminderTimes() {
    }

    /** The watch's times: half-way through each period. */
    static ScheduleExpression watch(Duration period) {
        return within(period, 1, 2);
    }

    /** The mailer's times: three quarters through each period. */
    static ScheduleExpression mailer(Duration period) {
        return within(period, 3, 4);
    }

    private static ScheduleExpression within(Duration period, int numerator, int denominator) {
        long seconds = period.getSeconds();
        long offset = seconds * numerator / denominator;
        return new ScheduleExpression().hour("*").minute("*")
                .second(seconds >= 60 ? Long.toString(offset) : offset + "/" + seconds);
    }
}
