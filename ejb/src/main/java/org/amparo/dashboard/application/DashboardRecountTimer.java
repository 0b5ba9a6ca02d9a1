package org.amparo.dashboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.dashboard.infrastructure.MonthCounts;
import org.amparo.jobs.domain.SharedSchedule;
import org.amparo.jobs.infrastructure.ScheduleSlots;
import org.amparo.platform.Installation;
import org.amparo.security.domain.Roles;

/**
 * Every {@linkplain Installation#dashboardRecountPeriod() few minutes}, once however many servers share the database,
 * the dashboard's counts per month are recounted ({@link DashboardRecount}). The timer fires every minute and runs when
 * it claims a new period; its method is not public and the work runs as {@link Roles#SYSTEM}.
 */
@Singleton
@Startup
@RunAs(Roles.SYSTEM)
public class DashboardRecountTimer {

    private static final Logger LOG = Logger.getLogger(DashboardRecountTimer.class.getName());

    private final Duration period = Installation.dashboardRecountPeriod();

    @EJB
    DashboardRecount recount;

    @EJB
    ScheduleSlots slots;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        if (!slots.claim(SharedSchedule.DASHBOARD_RECOUNT, Instant.now(clock), period)) {
            return; // this period was recounted, here or by another server sharing the database
        }
        try {
            MonthCounts.Run run = recount.recount();
            LOG.fine(() -> "Dashboard recounted: " + run.cases() + " cases in " + run.tookMillis() + " ms");
        } catch (RuntimeException e) {
            // The class only: a message may quote data. The dashboard counts from the cases until a recount succeeds.
            LOG.log(Level.WARNING, "Dashboard not recounted: " + e.getClass().getSimpleName());
        }
    }
}
