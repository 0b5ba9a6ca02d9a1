package org.amparo.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.amparo.dashboard.domain.CountedPeriod.Days;
import org.junit.jupiter.api.Test;

class CountedPeriodTest {

    @Test
    void theLastTwelveMonthsAreTwelveWholeMonthsAndThisMonthsDaysSoFar() {
        CountedPeriod p = CountedPeriod.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 3), YearMonth.of(2026, 12));
        assertThat(p.firstMonth()).contains(YearMonth.of(2025, 12));
        assertThat(p.lastMonth()).contains(YearMonth.of(2026, 11));
        assertThat(p.edges()).containsExactly(new Days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)));
    }

    @Test
    void aPeriodOfWholeMonthsHasNoEdgesAndOneStartingMidMonthHasOneAtEachEnd() {
        assertThat(CountedPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), YearMonth.of(2026, 12)))
                .isEqualTo(new CountedPeriod(Optional.of(YearMonth.of(2026, 1)), Optional.of(YearMonth.of(2026, 2)), List.of()));
        assertThat(CountedPeriod.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), YearMonth.of(2026, 12)).edges())
                .as("one day").containsExactly(new Days(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)));
        CountedPeriod p = CountedPeriod.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 29), YearMonth.of(2026, 12));
        assertThat(p.firstMonth()).contains(YearMonth.of(2026, 4));
        assertThat(p.lastMonth()).contains(YearMonth.of(2026, 5));
        assertThat(p.edges()).containsExactly(new Days(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31)),
                new Days(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 29)));
    }

    @Test
    void aPeriodWithinOneMonthOrAcrossTwoPartsOfMonthsIsAllEdge() {
        CountedPeriod within = CountedPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30), YearMonth.of(2026, 12));
        assertThat(within.firstMonth()).isEmpty();
        assertThat(within.edges()).containsExactly(new Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30)));
        CountedPeriod across = CountedPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 29), YearMonth.of(2026, 12));
        assertThat(across.firstMonth()).isEmpty();
        assertThat(across.edges()).containsExactly(new Days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 29)));
        assertThatThrownBy(() -> CountedPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), YearMonth.of(2026, 12)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMonthTheCountsWereMadeInAndLaterMonthsAreCountedFromTheCases() {
        CountedPeriod year = CountedPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), YearMonth.of(2026, 12));
        assertThat(year.lastMonth()).as("December was not over when it was counted").contains(YearMonth.of(2026, 11));
        assertThat(year.edges()).containsExactly(new Days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        CountedPeriod open = CountedPeriod.of(LocalDate.of(1900, 1, 1), LocalDate.of(9998, 12, 31), YearMonth.of(2026, 12));
        assertThat(open.firstMonth()).contains(YearMonth.of(1900, 1));
        assertThat(open.lastMonth()).contains(YearMonth.of(2026, 11));
        assertThat(open.edges()).containsExactly(new Days(LocalDate.of(2026, 12, 1), LocalDate.of(9998, 12, 31)));
        CountedPeriod justOver = CountedPeriod.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), YearMonth.of(2026, 11));
        assertThat(justOver.firstMonth()).as("counted in the last minutes of November, November is counted from the cases").isEmpty();
        assertThat(justOver.edges()).containsExactly(new Days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void keptCountsAnswerAViewOfEveryCaseOnALargeFileWhileTheyAreFresh() {
        CountingRule rule = new CountingRule(50_000, Duration.ofMinutes(5));
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        Instant recent = now.minusSeconds(14 * 60);
        assertThat(rule.keptCountsAnswer(false, recent, 1_000_000, now)).isTrue();
        assertThat(rule.keptCountsAnswer(false, recent, 49_999, now)).as("a small file counts from its cases").isFalse();
        assertThat(rule.keptCountsAnswer(true, recent, 1_000_000, now)).as("someone's cases are counted").isFalse();
        assertThat(rule.keptCountsAnswer(false, null, 1_000_000, now)).as("before the first recount").isFalse();
        assertThat(rule.keptCountsAnswer(false, now.minusSeconds(16 * 60), 1_000_000, now))
                .as("counts three periods old: the recount has stopped").isFalse();
    }
}
