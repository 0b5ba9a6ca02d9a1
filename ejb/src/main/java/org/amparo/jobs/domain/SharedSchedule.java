package org.amparo.jobs.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The timed tasks that must run once per slot however many servers share the database: a minute for the watches, an
 * hour for the checklist, a (UTC) day for the nightly work. The server whose timer claims the slot first runs it; the
 * others skip that slot. Work that is each server's own (failing its own unfinished jobs, removing its own export
 * files) is not here.
 */
public enum SharedSchedule {
    HOLD_EXPIRY_WATCH(ChronoUnit.MINUTES),
    REMINDER_WATCH(ChronoUnit.MINUTES),
    CHECKLIST_REFRESH(ChronoUnit.HOURS),
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
}
