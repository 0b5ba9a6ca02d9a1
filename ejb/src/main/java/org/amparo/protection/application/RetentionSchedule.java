package org.amparo.protection.application;

import java.time.Instant;
import org.amparo.jobs.infrastructure.ScheduleSlots;
import org.amparo.jobs.domain.SharedSchedule;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Runs the retention policy every night at 02:30 (server time), in batches of people per run. */
@Singleton
@RunAs(org.amparo.security.domain.Roles.SYSTEM)
public class RetentionSchedule {

    @EJB
    Retention retention;

    @EJB
    ScheduleSlots slots;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        if (slots.claim(SharedSchedule.RETENTION, Instant.now())) {
            retention.nightly();
        } // else another server sharing the database runs tonight's
    }
}
