package org.amparo.notifications.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.platform.Installation;
import org.amparo.security.domain.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every minute (or the installation's shorter {@linkplain Installation#reminderPeriod() period}), the reminders' emails: each one claimed first (one server sends it, whichever nodes run this timer),
 * then sent in a transaction of its own. Apart from {@link ReminderWatch}, so a slow mail server delays only emails.
 */
@Singleton
@Startup
@RunAs(Roles.SYSTEM)
public class ReminderMailer {

    private static final Logger LOG = Logger.getLogger(ReminderMailer.class.getName());

    @EJB
    Reminders reminders;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** The timer, not persistent (each start makes it anew), at {@link ReminderTimes#mailer}. */
    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(ReminderTimes.mailer(Installation.reminderPeriod()), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void send() {
        int sent = ReminderWatch.run("emails", () -> {
            int n = 0;
            for (long id : reminders.pendingEmails(Instant.now(clock))) {
                try {
                    if (reminders.claimEmail(id, Instant.now(clock)) && reminders.sendEmail(id, Instant.now(clock))) {
                        n++;
                    }
                } catch (RuntimeException e) {
                    // One reminder that cannot be sent holds up no other; its claim lapses and it is tried again later.
                    LOG.warning(() -> "Reminder " + id + " was not emailed: " + org.amparo.platform.LogSafe.causes(e));
                }
            }
            return n;
        });
        if (sent > 0) {
            LOG.info(() -> "Reminders: " + sent + " emailed");
        }
    }
}
