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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void rescreenExpiredHolds() {
        if (!slots.claim(SharedSchedule.HOLD_EXPIRY_WATCH, Instant.now(clock))) {
            return; // another server sharing the database runs this minute
        }
        List<Long> due = cases.heldPastExpiryNotYetFlagged(Instant.now(clock), 500);
        int screened = rescreenEach(due);
        if (screened > 0) {
            LOG.info(() -> "Re-screened " + screened + " case(s) whose hold expired");
        }
        rescreenHeldWithoutHoldRequest();
    }

    /**
     * Each case is screened in a transaction of its own (the watch itself runs in none): one case that cannot be screened,
     * a field damaged on disk or sealed under a lost key, never stops the watch for every other held person, as it did
     * when the whole minute's work was one transaction that such a case rolled back, minute after minute.
     */
    private int rescreenEach(List<Long> caseIds) {
        int screened = 0;
        for (long id : caseIds) {
            if (rescreenOne(id)) {
                screened++;
            }
        }
        return screened;
    }

    private boolean rescreenOne(long caseId) {
        try {
            screening.rescreen(caseId);
            return true;
        } catch (RuntimeException failed) {
            // The case's id and what failed, never its facts.
            LOG.warning(() -> "Case " + caseId + " could not be screened by the hold watch: " + failed.getClass().getSimpleName()
                    + (failed.getCause() == null ? "" : " (" + failed.getCause().getClass().getSimpleName() + ")"));
            return false;
        }
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
        List<Long> due = cases.scheduledReleases(candidates).entrySet().stream()
                .filter(release -> release.getValue().toInstant().isBefore(now)).map(java.util.Map.Entry::getKey).sorted().toList();
        int screened = rescreenEach(due);
        if (screened > 0) {
            LOG.info(() -> "Re-screened " + screened + " case(s) held past release without a hold request");
        }
    }
}
