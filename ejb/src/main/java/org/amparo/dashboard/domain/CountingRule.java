package org.amparo.dashboard.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When the dashboard reads its figures over time from the counts kept per month rather than from the cases: for a view
 * of every case (not narrowed to someone's cases: those are few, and the counts are kept per facility, not per person),
 * once the file holds {@code fromCases} cases, and only while the counts are fresh. Counts older than three recount
 * periods (the recount has failed or stopped) are never served: the view counts from the cases, slow but right.
 *
 * @param fromCases how many cases the last recount must have found
 * @param period    how often the counts are recounted
 */
public record CountingRule(long fromCases, Duration period) {

    /** How many periods old the counts may be before they are no longer served. */
    static final int FRESH_PERIODS = 3;

    /**
     * @param narrowedToSomeone the view is limited to the cases of a caseworker, an attorney or the caller's teams
     * @param countedAt         when the last recount began (null before the first)
     * @param cases             how many cases it found
     */
    public boolean keptCountsAnswer(boolean narrowedToSomeone, Instant countedAt, long cases, Instant now) {
        return !narrowedToSomeone && countedAt != null && cases >= fromCases
                && !countedAt.isBefore(now.minus(period.multipliedBy(FRESH_PERIODS)));
    }
}
