package org.amparo.notifications.application;

import org.amparo.platform.LogSafe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.amparo.platform.Installation;
import org.amparo.security.domain.Roles;

import org.amparo.jobs.domain.SharedSchedule;
import org.amparo.jobs.infrastructure.ScheduleSlots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every minute (or the installation's shorter {@linkplain Installation#reminderPeriod() period}): the reminders due now.
 * Each part runs in its own transaction; the subject keys keep every reminder once, whichever node or restart runs the
 * timer. Their emails go out from another timer ({@link ReminderMailer}), so a slow or broken mail server never holds up
 * an alert. The timer's method is not public: only the container calls it.
 */
@Singleton
@Startup
@RunAs(Roles.SYSTEM)
public class ReminderWatch {

    private static final Logger LOG = Logger.getLogger(ReminderWatch.class.getName());

    @EJB
    Reminders reminders;

    @Inject
    Clock clock;

    @EJB
    ScheduleSlots slots;

    @Resource
    TimerService timers;

    private final Duration period = Installation.reminderPeriod();

    /** The timer, not persistent (each start makes it anew), at {@link ReminderTimes#watch}. */
    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(ReminderTimes.watch(period), new TimerConfig(null, false));
    }

    /** No transaction of its own: each part is one of {@link Reminders}' (an email's must see the committed reminder). */
    @Timeout
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void remind() {
        Instant now = Instant.now(clock);
        if (!slots.claim(SharedSchedule.REMINDER_WATCH, now, period)) {
            return; // another server sharing the database runs this period
        }
        int made = 0;
        made += run("hold alerts", () -> reminders.alertExpiringHolds(now));
        made += run("court dates", () -> reminders.remindCourtDates(now));
        made += run("overdue digests", () -> reminders.sendOverdueDigests(now));
        if (made > 0) {
            int m = made;
            LOG.info(() -> "Reminders: " + m + " made");
        }
    }


    static int run(String what, java.util.function.IntSupplier part) {
        try {
            return part.getAsInt();
        } catch (RuntimeException e) {
            // Another node made the same reminder in the same period (the unique key refused ours), or the database is
            // away: the next period tries again. The message may name data, so only the kind of failure is logged.
            LOG.warning(() -> "Reminders (" + what + ") did not run this period: " + LogSafe.causes(e));
            return 0;
        }
    }
}
