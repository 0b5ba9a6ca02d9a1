package org.amparo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.amparo.process.CaseStep;
import org.amparo.tasks.application.InboxItem;
import org.amparo.tasks.application.InboxUrgency;
import org.junit.jupiter.api.Test;

/** The inbox's order and urgency filter, at a fixed moment. */
class InboxOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    private static InboxItem task(String id, Instant hold, boolean overdue, Instant due) {
        return new InboxItem(id, CaseStep.HELD_PAST_EXPIRY, id, 1, null, List.of("supervisor"), NOW.minusSeconds(3600),
                due, overdue, "P", null, hold, "America/Chicago");
    }

    private static Instant in(Duration d) {
        return NOW.plus(d);
    }

    @Test
    void runningHoldsSoonestFirstThenExpiredHoldsMostRecentFirstThenTheRestOverdueFirst() {
        InboxItem tonight = task("tonight", in(Duration.ofHours(5)), false, null);
        InboxItem nextWeek = task("nextWeek", in(Duration.ofDays(7)), true, null);
        InboxItem yesterday = task("yesterday", in(Duration.ofDays(-1)), true, null);
        InboxItem september = task("september", in(Duration.ofDays(-80)), true, null);
        InboxItem overdue = task("overdue", null, true, in(Duration.ofDays(-2)));
        InboxItem later = task("later", null, false, in(Duration.ofDays(3)));
        List<String> order = Stream.of(later, september, overdue, nextWeek, yesterday, tonight)
                .sorted(InboxItem.urgency(NOW)).map(InboxItem::id).toList();
        assertThat(order).containsExactly("tonight", "nextWeek", "yesterday", "september", "overdue", "later");
    }

    @Test
    void urgencyFilters() {
        InboxItem tonight = task("tonight", in(Duration.ofHours(5)), false, null);
        InboxItem nextWeek = task("nextWeek", in(Duration.ofDays(7)), false, null);
        InboxItem expired = task("expired", in(Duration.ofHours(-1)), false, null);
        InboxItem overdue = task("overdue", null, true, in(Duration.ofDays(-2)));
        assertThat(Stream.of(tonight, nextWeek, expired, overdue).filter(i -> InboxUrgency.HOLD_WITHIN_24_HOURS.matches(i, NOW)))
                .containsExactly(tonight);
        assertThat(Stream.of(tonight, nextWeek, expired, overdue).filter(i -> InboxUrgency.HOLD_EXPIRED.matches(i, NOW)))
                .containsExactly(expired);
        assertThat(Stream.of(tonight, nextWeek, expired, overdue).filter(i -> InboxUrgency.OVERDUE.matches(i, NOW)))
                .containsExactly(overdue);
    }

    @Test
    void holdTimesAreOnTheFacilitysClock() {
        InboxItem t = task("t", Instant.parse("2026-11-30T06:00:00Z"), false, null);
        assertThat(t.holdExpiresLocal()).hasToString("2026-11-30T00:00");
        assertThat(t.holdZoneIsFacility()).isTrue();
    }
}
