package org.amparo.cases.application;

import jakarta.ejb.EJB;
import org.amparo.jobs.domain.SharedSchedule;
import org.amparo.jobs.infrastructure.ScheduleSlots;

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
 * {@code HELD_PAST_EXPIRY} finding appears without anyone touching the case; so are cases held past their scheduled
 * release on a request that asks no hold ({@code HELD_WITHOUT_HOLD_REQUEST}).
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

    @EJB
    ScheduleSlots slots;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void rescreenExpiredHolds() {
        if (!slots.claim(SharedSchedule.HOLD_EXPIRY_WATCH, Instant.now(clock))) {
            return; // another server sharing the database runs this minute
        }
        List<Long> due = cases.heldPastExpiryNotYetFlagged(Instant.now(clock), 500);
        due.forEach(screening::rescreen);
        if (!due.isEmpty()) {
            LOG.info(() -> "Re-screened " + due.size() + " case(s) whose hold expired");
        }
        rescreenHeldWithoutHoldRequest();
    }

    /**
     * A request that asks no hold (I-247N) covers no detention at all: the watch looks at such a case from its
     * scheduled release, on the facility's clock, so {@code HELD_WITHOUT_HOLD_REQUEST} appears on time.
     */
    private void rescreenHeldWithoutHoldRequest() {
        Instant now = Instant.now(clock);
        // Local times run at most 14 hours ahead of UTC: every case whose release passed locally is a candidate.
        List<Long> candidates = cases.heldPastReleaseWithoutHoldRequestNotYetFlagged(
                java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC).plusHours(14), 500);
        int screened = 0;
        for (long id : candidates) {
            var c = cases.require(id);
            java.time.ZoneId zone = c.getFacility() == null ? java.time.ZoneOffset.UTC : c.getFacility().getTimeZone();
            if (c.getScheduledReleaseAt() != null && c.getScheduledReleaseAt().atZone(zone).toInstant().isBefore(now)) {
                screening.rescreen(id);
                screened++;
            }
        }
        if (screened > 0) {
            int count = screened;
            LOG.info(() -> "Re-screened " + count + " case(s) held past release without a hold request");
        }
    }
}
