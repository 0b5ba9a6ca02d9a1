package org.amparo.tasks.application;

import java.time.Duration;
import java.time.Instant;

/** What makes a task urgent, for the inbox's urgency filter. */
public enum InboxUrgency {
    /** The case's hold expires within the next 24 hours. */
    HOLD_WITHIN_24_HOURS,
    /** The case's hold has expired (the person may be held past it). */
    HOLD_EXPIRED,
    /** The task is past its due date. */
    OVERDUE;

    private static final Duration DAY = Duration.ofHours(24);

    /** Whether a task is urgent in this way at {@code now}. */
    public boolean matches(InboxItem item, Instant now) {
        Instant hold = item.holdExpiresAt();
        switch (this) {
            case HOLD_WITHIN_24_HOURS:
                return hold != null && !hold.isBefore(now) && hold.isBefore(now.plus(DAY));
            case HOLD_EXPIRED:
                return hold != null && hold.isBefore(now);
            default:
                return item.overdue();
        }
    }
}
