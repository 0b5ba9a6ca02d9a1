package org.amparo.cases.domain;

import java.time.Duration;

/**
 * How far ahead lists and the dashboard look for holds running out: the one place these windows are set. A hold's own
 * length is the ICE form's (reference data); the warning before expiry is the process's
 * ({@link org.amparo.process.ProcessFacts#warningLeadTime()}).
 */
public final class HoldWindows {

    /** Holds expiring within this time are tonight's emergencies. */
    public static final Duration URGENT = Duration.ofHours(24);

    /** Holds expiring within this time (or already expired) are the ones to act on: the "holds expiring" lists. */
    public static final Duration SOON = Duration.ofHours(48);

    /** Whether a hold ending at this moment is one of tonight's emergencies: it ends within {@link #URGENT}, or has ended. */
    public static boolean isUrgent(java.time.Instant endsAt, java.time.Instant now) {
        return endsAt != null && endsAt.isBefore(now.plus(URGENT));
    }

    private HoldWindows() {
    }
}
