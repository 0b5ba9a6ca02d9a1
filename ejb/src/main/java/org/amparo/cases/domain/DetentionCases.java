package org.amparo.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cases on file. {@link #save} is how a case's changes take effect: it stores the case and hands the events it
 * raised to their consequences (screening, the case process) in the same transaction.
 */
public interface DetentionCases {

    Optional<DetentionCase> find(long caseId);

    /** The case, or a not-found refusal. */
    DetentionCase require(long caseId);

    /**
     * The case, locked for writing until the transaction ends, or a not-found refusal. Two screenings of one case at
     * once (the hold watch and the hold's own timer at its expiry, on one server or two) take turns: the second reads
     * what the first stored instead of writing the same findings again and failing at its commit.
     */
    DetentionCase requireLocked(long caseId);

    /** Stores a new case or the changes to one, and publishes what it raised as one {@link CaseChanged}. */
    void save(DetentionCase detentionCase);

    /** The open cases the person is held in (a person may have several bookings). */
    List<Long> openCaseIdsOf(long personId);

    /**
     * Open cases (deleted ones aside), by id; with {@code notJudgedUnder}, only those whose last screening was under
     * another rule set (or none): the ones a rule set that took effect must judge again.
     */
    List<Long> openCaseIds(String notJudgedUnder);

    /** The newest case of the person, if any (deleted ones aside). */
    Optional<Long> latestCaseOf(long personId);

    /**
     * Open cases whose hold expired while the person is still held and which do not carry the finding yet: the ones
     * a screening now would flag as held past expiry.
     */
    List<Long> heldPastExpiryNotYetFlagged(Instant now, int max);

    /**
     * Open cases of people still held whose scheduled release (local to the facility) is before {@code latestLocal},
     * with an active request that asks no hold (an I-247N), not yet flagged {@code HELD_WITHOUT_HOLD_REQUEST}: the
     * candidates the hold watch checks against each facility's clock.
     */
    List<Long> heldPastReleaseWithoutHoldRequestNotYetFlagged(java.time.LocalDateTime latestLocal, int max);

    /**
     * These cases' scheduled releases on their facility's clock (UTC without a facility), read as columns: no case is
     * loaded, so one whose fields cannot be read never stops the reader.
     */
    java.util.Map<Long, java.time.ZonedDateTime> scheduledReleases(List<Long> caseIds);
}
