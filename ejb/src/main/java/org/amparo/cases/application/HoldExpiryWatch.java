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
        Instant now = Instant.now(clock);
        failedUntil.values().removeIf(until -> !until.isAfter(now));
        List<Long> due = cases.heldPastExpiryNotYetFlagged(now, BATCH + failedUntil.size()).stream()
                .filter(id -> !failedUntil.containsKey(id)).limit(BATCH).toList();
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
        List<String> failures = new java.util.ArrayList<>();
        for (long id : caseIds) {
            try {
                screening.rescreen(id);
                screened++;
            } catch (RuntimeException failed) {
                // Tried again in an hour: cases that cannot be read, however many, never fill the minute's batch.
                if (failedUntil.size() < MAX_SET_ASIDE) {
                    failedUntil.put(id, Instant.now(clock).plus(RETRY_AFTER));
                }
                failures.add(id + " (" + failed.getClass().getSimpleName()
                        + (failed.getCause() == null ? "" : ", " + failed.getCause().getClass().getSimpleName()) + ")");
            }
        }
        if (!failures.isEmpty()) {
            // One line a minute: the cases' ids and what failed, never their facts.
            LOG.warning(() -> failures.size() + " case(s) could not be screened by the hold watch, set aside for an hour: "
                    + String.join(", ", failures.subList(0, Math.min(10, failures.size()))) + (failures.size() > 10 ? ", ..." : ""));
        }
        return screened;
    }

    /** The cases the watch could not screen, each until it is tried again. The bean is a singleton, and its only method the timer's. */
    private final java.util.Map<Long, Instant> failedUntil = new java.util.HashMap<>();

    private static final int BATCH = 500;
    private static final int MAX_SET_ASIDE = 10_000;
    private static final java.time.Duration RETRY_AFTER = java.time.Duration.ofHours(1);

    /**
     * A request that asks no hold (I-247N) covers no detention at all: the watch looks at such a case from its
     * scheduled release, on the facility's clock, so {@code HELD_WITHOUT_HOLD_REQUEST} appears on time.
     */
    private void rescreenHeldWithoutHoldRequest() {
        Instant now = Instant.now(clock);
        // Local times run at most 14 hours ahead of UTC: every case whose release passed locally is a candidate.
        List<Long> candidates = cases.heldPastReleaseWithoutHoldRequestNotYetFlagged(
                java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC).plusHours(14), BATCH + failedUntil.size()).stream()
                .filter(id -> !failedUntil.containsKey(id)).limit(BATCH).toList();
        List<Long> due = cases.scheduledReleases(candidates).entrySet().stream()
                .filter(release -> release.getValue().toInstant().isBefore(now)).map(java.util.Map.Entry::getKey).sorted().toList();
        int screened = rescreenEach(due);
        if (screened > 0) {
            LOG.info(() -> "Re-screened " + screened + " case(s) held past release without a hold request");
        }
    }
}
