package org.amparo.notifications;

import org.amparo.notifications.domain.ReminderRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When reminders are due and who gets them, at chosen moments. */
class ReminderRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");

    @Test
    void aHoldIsAlertedFromTwelveHoursBeforeItsExpiryUntilItExpires() {
        assertThat(ReminderRules.holdAlertDue(NOW.plusSeconds(12 * 3600 + 1), NOW)).as("12 h 1 s ahead").isFalse();
        assertThat(ReminderRules.holdAlertDue(NOW.plusSeconds(12 * 3600), NOW)).as("exactly 12 h ahead").isTrue();
        assertThat(ReminderRules.holdAlertDue(NOW.plusSeconds(60), NOW)).as("a minute ahead").isTrue();
        assertThat(ReminderRules.holdAlertDue(NOW, NOW)).as("expired now: the held-past-expiry finding takes over").isFalse();
        assertThat(ReminderRules.holdAlertDue(null, NOW)).isFalse();
    }

    @Test
    void aCourtDateIsAnnouncedTwoDaysAhead() {
        assertThat(ReminderRules.courtDateDue(NOW.plusSeconds(2 * 86400 + 60), NOW)).isFalse();
        assertThat(ReminderRules.courtDateDue(NOW.plusSeconds(2 * 86400), NOW)).isTrue();
        assertThat(ReminderRules.courtDateDue(NOW.plusSeconds(3600), NOW)).isTrue();
        assertThat(ReminderRules.courtDateDue(NOW.minusSeconds(60), NOW)).as("past").isFalse();
    }

    @Test
    void theDigestGoesOnceADayFromSevenInTheMorningLocally() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant sixLocal = Instant.parse("2026-11-30T12:00:00Z");   // 06:00 in Chicago
        Instant sevenLocal = Instant.parse("2026-11-30T13:00:00Z"); // 07:00 in Chicago
        assertThat(ReminderRules.digestDue(null, sixLocal, chicago)).isFalse();
        assertThat(ReminderRules.digestDue(null, sevenLocal, chicago)).isTrue();
        assertThat(ReminderRules.digestDue(LocalDate.of(2026, 11, 29), sevenLocal, chicago)).as("yesterday's went").isTrue();
        assertThat(ReminderRules.digestDue(LocalDate.of(2026, 11, 30), sevenLocal, chicago)).as("today's went").isFalse();
    }

    @Test
    void holdAlertsGoToTheCaseworkerAndTheSupervisorsOnCallElseEverySupervisor() {
        assertThat(ReminderRules.holdAlertRecipients("ana", List.of("sup1"), List.of("sup1", "sup2")))
                .containsExactly("ana", "sup1");
        assertThat(ReminderRules.holdAlertRecipients("ana", List.of(), List.of("sup1", "sup2")))
                .as("nobody on call: every supervisor").containsExactly("ana", "sup1", "sup2");
        assertThat(ReminderRules.holdAlertRecipients(null, List.of(), List.of("sup1"))).containsExactly("sup1");
        assertThat(ReminderRules.holdAlertRecipients("sup1", List.of("sup1"), List.of("sup1"))).as("once each").containsExactly("sup1");
    }

    @Test
    void aMovedExpiryIsANewAlertButTheSameOneIsNot() {
        assertThat(ReminderRules.holdKey(7, NOW)).isEqualTo(ReminderRules.holdKey(7, NOW));
        assertThat(ReminderRules.holdKey(7, NOW)).isNotEqualTo(ReminderRules.holdKey(7, NOW.plusSeconds(3600)));
        assertThat(ReminderRules.courtDateRecipients("ana", null)).containsExactly("ana");
        assertThat(ReminderRules.courtDateRecipients("ana", "luis")).containsExactly("ana", "luis");
    }

    /** A claimed overdue task counts for its assignee; an unclaimed one (a meeting's promise) for each watcher. */
    @Test
    void theDigestCountsClaimedTasksForTheirAssigneeAndUnclaimedOnesForEachWatcher() {
        java.util.List<String> assignees = new java.util.ArrayList<>(List.of("caseworker", "caseworker", "attorney"));
        assignees.add(null); // a promise made at a meeting: for supervisors, claimed by none
        assertThat(ReminderRules.overdueCounts(assignees, List.of("sup1", "sup2")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("caseworker", 2, "attorney", 1, "sup1", 1, "sup2", 1));
        assertThat(ReminderRules.overdueCounts(List.of(), List.of("sup1"))).isEmpty();
    }
}
