package org.amparo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The every-minute hold watch flags a person held past the hold's expiry even when another held case cannot be read:
 * the watch once ran the minute's cases in one transaction, which a single unreadable case (a field damaged on disk,
 * or sealed under a key that was lost) rolled back, minute after minute, for everyone. PostgreSQL pass only: the test
 * damages a stored field through the database, and restores it.
 */
@Tag("slow")
class HoldWatchIT {

    private final Http api = Http.api();

    @Test
    void aCaseThatCannotBeReadNeverStopsTheWatchFlaggingAnotherPersonHeldPastTheirHold() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("amparo.db")), "the test damages a field through PostgreSQL");
        HeldCases held = new HeldCases(Duration.ofSeconds(3));
        String family = "Vigia" + HeldCases.tag();
        HeldCases.Made unreadable = held.make(Http.BASE, family, 1);
        HeldCases.Made flagged = held.make(Http.BASE, family, 1);
        // Each hold's own timer in the case process flags its case once, a few seconds after the expiry; from then on only
        // the watch can flag it again, so the test takes both flags away once the timers have fired.
        waitFor(unreadable.id(), Duration.ofSeconds(90));
        waitFor(flagged.id(), Duration.ofSeconds(90));
        List<String> processes = List.of(process(unreadable.id()), process(flagged.id()));
        Instant timersDeadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!held.firedExpiryTimers(processes).values().stream().allMatch(n -> n == 1)
                || held.firedExpiryTimers(processes).size() < 2) {
            assertThat(Instant.now()).as("both holds' own timers fired").isBefore(timersDeadline);
            Thread.sleep(1_000);
        }

        String original;
        try (Connection db = held.database();
             PreparedStatement read = db.prepareStatement(
                     "select p.id, p.date_of_birth from person p join detention_case c on c.person_id = p.id where c.id = ?")) {
            read.setLong(1, unreadable.id());
            long personId;
            try (ResultSet r = read.executeQuery()) {
                assertThat(r.next()).isTrue();
                personId = r.getLong(1);
                original = r.getString(2);
            }
            assertThat(original).as("sealed").startsWith("enc1:");
            // One character of the sealed value changed: its tag no longer matches, as with a damaged disk.
            int at = original.length() - 5;
            String damaged = original.substring(0, at) + (original.charAt(at) == 'A' ? 'B' : 'A') + original.substring(at + 1);
            try {
                write(db, personId, damaged);
                try (PreparedStatement unflag = db.prepareStatement(
                        "delete from case_finding where finding = 'HELD_PAST_EXPIRY' and case_id in (?, ?)")) {
                    unflag.setLong(1, unreadable.id());
                    unflag.setLong(2, flagged.id());
                    assertThat(unflag.executeUpdate()).isPositive();
                }
                assertThat(findings(flagged.id())).doesNotContain("HELD_PAST_EXPIRY");
                waitFor(flagged.id(), Duration.ofSeconds(150));
                try (PreparedStatement flags = db.prepareStatement(
                        "select count(*) from case_finding where finding = 'HELD_PAST_EXPIRY' and case_id = ?")) {
                    flags.setLong(1, unreadable.id());
                    try (ResultSet r = flags.executeQuery()) {
                        r.next();
                        assertThat(r.getInt(1)).as("the unreadable case was tried and failed, beside the other").isZero();
                    }
                }
            } finally {
                write(db, personId, original); // the watch tries it again within the hour
            }
        }
    }

    private String process(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId, "Authorization", HeldCases.SUPERVISOR)).getString("processInstanceId");
    }

    /** Waits until the case shows HELD_PAST_EXPIRY, at most {@code atMost}. */
    private void waitFor(long caseId, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!findings(caseId).contains("HELD_PAST_EXPIRY") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
        }
        assertThat(findings(caseId)).as("case " + caseId + " flagged held past its hold within " + atMost.toSeconds() + " s")
                .contains("HELD_PAST_EXPIRY");
    }

    private static void write(Connection db, long personId, String dateOfBirth) throws Exception {
        try (PreparedStatement update = db.prepareStatement("update person set date_of_birth = ? where id = ?")) {
            update.setString(1, dateOfBirth);
            update.setLong(2, personId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private String findings(long caseId) {
        JsonObject summary = Http.json(api.get("/api/v1/cases/" + caseId, "Authorization", HeldCases.SUPERVISOR));
        return summary.getJsonArray("findings").toString();
    }
}
