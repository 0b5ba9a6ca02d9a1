package org.amparo.jobs.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The timed tasks that must run once per slot however many servers share the database: a minute for the watches, an
 * hour for the checklist (the dashboard's recount claims its period of a few minutes within the hour), a (UTC) day for
 * the nightly work. The server whose timer claims the slot first runs it; the others skip that slot. Work that is each
 * server's own (failing its own unfinished jobs, removing its own export files) is not here.
 */
public enum SharedSchedule {
    HOLD_EXPIRY_WATCH(ChronoUnit.MINUTES),
    REMINDER_WATCH(ChronoUnit.MINUTES),
    CHECKLIST_REFRESH(ChronoUnit.HOURS),
    DASHBOARD_RECOUNT(ChronoUnit.HOURS),
    NIGHTLY_RESCREENING(ChronoUnit.DAYS),
    RETENTION(ChronoUnit.DAYS);

    private final ChronoUnit slot;

    SharedSchedule(ChronoUnit slot) {
        this.slot = slot;
    }

    /** The slot a timer firing at this moment belongs to: the start of its minute, hour or UTC day. */
    public Instant slotOf(Instant firedAt) {
        return firedAt.truncatedTo(slot);
    }

    /**
     * The slot of a timer that runs more often than its schedule's unit (the reminders' period, when an installation
     * shortens it): the start of the period, counted from the epoch, that the moment falls in. A period of the unit
     * itself gives the same slot as {@link #slotOf(Instant)}.
     */
    public Instant slotOf(Instant firedAt, java.time.Duration period) {
        long seconds = Math.max(1, Math.min(period.getSeconds(), slot.getDuration().getSeconds()));
        return Instant.ofEpochSecond(Math.floorDiv(firedAt.getEpochSecond(), seconds) * seconds);
    }
}
