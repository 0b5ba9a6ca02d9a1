package org.amparo.monitoring.application;

import java.time.Instant;
import org.amparo.jobs.infrastructure.ScheduleSlots;
import org.amparo.jobs.domain.SharedSchedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.amparo.monitoring.domain.ChecklistFindings;
import org.amparo.monitoring.infrastructure.ChecklistStore;
import org.amparo.security.domain.Roles;

import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, the checklist of every jurisdiction that has a case with a finding that shows an item, or evidence the
 * system keeps, is recomputed from the stored findings: what no screening announces (a case moved to another
 * jurisdiction's facility, a case deleted) and what a failed run after a screening left behind come right within the
 * hour. Each jurisdiction in its own transaction. A minute after start-up it runs once too, so that an installation
 * whose cases were screened before the checklist existed (or the demo data) shows its items without waiting for the
 * hour. The timers are the bean's only methods and they are not public; the work runs as {@link Roles#SYSTEM}.
 */
@Singleton
@Startup
@DependsOn("DemoSetup")
@RunAs(Roles.SYSTEM)
public class ChecklistRefresh {

    @Resource
    TimerService timers;

    private static final Logger LOG = Logger.getLogger(ChecklistRefresh.class.getName());

    @Inject
    ChecklistStore store;

    @EJB
    MonitoringChecklist checklist;

    @EJB
    ScheduleSlots slots;

    @PostConstruct
    void soonAfterStart() {
        timers.createSingleActionTimer(60_000, new TimerConfig(null, false));
    }

    @Timeout
    void afterStart() {
        refresh();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        if (slots.claim(SharedSchedule.CHECKLIST_REFRESH, Instant.now())) {
            refresh();
        } // else another server sharing the database runs this hour
    }

    private void refresh() {
        for (long id : store.jurisdictionsToFollow(EnumSet.copyOf(ChecklistFindings.mapped()),
                EnumSet.copyOf(ChecklistFindings.mappedActivities()))) {
            try {
                checklist.followEvidence(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Checklist of jurisdiction " + id + " not refreshed: " + e.getClass().getSimpleName());
            }
        }
    }
}
