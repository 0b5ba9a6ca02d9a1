package org.amparo.cases.application;

import java.time.Instant;
import org.amparo.jobs.infrastructure.ScheduleSlots;
import org.amparo.jobs.domain.SharedSchedule;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * When the open cases are screened again: shortly after start-up (after the schema migration and the demo data), so a
 * new rule code re-judges the cases on file as a migration step, and every day at 10:05 UTC (just after midnight in
 * Hawaii, the westernmost US zone), so a rule set that takes effect re-judges the open cases on its first day. The
 * timers are not public (only the container runs them) and the work runs as {@code Roles.SYSTEM}.
 */
@Singleton
@Startup
@DependsOn("DemoSetup")
@jakarta.annotation.security.RunAs(org.amparo.security.domain.Roles.SYSTEM)
// No transaction of the timer's own: the work commits batch by batch (CaseRescreening). A container transaction around it
// stood idle until the transaction timeout (5 minutes) when a million cases were on file, was rolled back, and the
// container then ran the whole re-screening again.
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class RescreeningSchedule {

    static final long AFTER_START_MILLIS = 20_000;
    private static final Logger LOG = Logger.getLogger(RescreeningSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CaseRescreening rescreening;

    @jakarta.ejb.EJB
    ScheduleSlots slots;

    @PostConstruct
    void scheduleAfterStart() {
        timers.createSingleActionTimer(AFTER_START_MILLIS, new TimerConfig("rescreen-after-start", false));
    }

    @Timeout
    void afterStart() {
        run();
    }

    @Schedule(hour = "10", minute = "5", timezone = "UTC", persistent = false)
    void nightly() {
        if (slots.claim(SharedSchedule.NIGHTLY_RESCREENING, Instant.now())) {
            run();
        } // else another server sharing the database runs tonight's
    }

    private void run() {
        try {
            rescreening.rerunIfDue();
        } catch (RuntimeException e) {
            // The next start or night tries again; the message names no person.
            LOG.log(Level.WARNING, "Re-screening of the cases on file failed: " + e.getClass().getSimpleName());
        }
    }
}
