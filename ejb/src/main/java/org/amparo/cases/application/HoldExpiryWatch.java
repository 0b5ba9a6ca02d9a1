package org.amparo.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.amparo.cases.domain.DetentionCases;

/**
 * Holding a person past a hold's expiry is the most urgent alert, and it becomes true with time, not with new facts.
 * Every minute, open cases whose hold has expired while the person is still held are screened again, so the
 * {@code HELD_PAST_EXPIRY} finding appears without anyone touching the case.
 * <p>
 * The timer is the bean's only method and it is not public: no client can call it, only the container's timer. The
 * work runs as {@link org.amparo.security.domain.Roles#SYSTEM}, never as whoever happens to be signed in.
 */
@Singleton
@RunAs(org.amparo.security.domain.Roles.SYSTEM)
public class HoldExpiryWatch {

    private static final Logger LOG = Logger.getLogger(HoldExpiryWatch.class.getName());

    @Inject
    DetentionCases cases;

    @Inject
    CaseScreening screening;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void rescreenExpiredHolds() {
        List<Long> due = cases.heldPastExpiryNotYetFlagged(Instant.now(clock), 500);
        due.forEach(screening::rescreen);
        if (!due.isEmpty()) {
            LOG.info(() -> "Re-screened " + due.size() + " case(s) whose hold expired");
        }
    }
}
