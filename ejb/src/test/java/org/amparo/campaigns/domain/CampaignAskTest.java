package org.amparo.campaigns.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a campaign's ask stands, and the days that say so. */
class CampaignAskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anAskIsRaisedThenWonOnTheDaysGiven() {
        CampaignAsk ask = CampaignAsk.sample(1, SampleAsk.END_287G, "carmen", AT);
        assertThat(ask.getStatus()).isEqualTo(AskStatus.NOT_RAISED);
        ask.progress(AskStatus.RAISED, LocalDate.of(2026, 9, 1), TODAY, "carmen", AT);
        ask.progress(AskStatus.WON, LocalDate.of(2026, 11, 2), TODAY, "luis", AT);
        assertThat(ask.getRaisedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(ask.getDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(ask.getUpdatedBy()).isEqualTo("luis");
        assertThat(AskStatus.WON.decided()).isTrue();
    }

    @Test
    void aDecisionIsNeverBeforeTheRaisingNorInTheFuture() {
        CampaignAsk ask = CampaignAsk.own(1, "Publish the jail's ICE contacts every month", "carmen", AT);
        ask.progress(AskStatus.RAISED, LocalDate.of(2026, 9, 1), TODAY, "carmen", AT);
        assertThatThrownBy(() -> ask.progress(AskStatus.PROMISED, LocalDate.of(2026, 8, 1), TODAY, "c", AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("on");
        assertThatThrownBy(() -> ask.progress(AskStatus.RAISED, TODAY.plusDays(1), TODAY, "c", AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("on");
        assertThat(ask.getStatus()).as("unchanged").isEqualTo(AskStatus.RAISED);
        assertThat(ask.getRaisedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void aDecisionWithoutARaisingCountsAsRaisedThatDayAndNoDayMeansToday() {
        CampaignAsk ask = CampaignAsk.sample(1, SampleAsk.EQUAL_ACCESS_TO_BAIL, "carmen", AT);
        ask.progress(AskStatus.LOST, null, TODAY, "carmen", AT);
        assertThat(ask.getRaisedOn()).isEqualTo(TODAY);
        assertThat(ask.getDecidedOn()).isEqualTo(TODAY);
        ask.progress(AskStatus.NOT_RAISED, null, TODAY, "carmen", AT);
        assertThat(ask.getRaisedOn()).isNull();
        assertThat(ask.getDecidedOn()).isNull();
    }

    @Test
    void anOwnAskHasWordsAndAStatusIsRequired() {
        assertThatThrownBy(() -> CampaignAsk.own(1, "  ", "c", AT)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("wording");
        assertThatThrownBy(() -> CampaignAsk.own(1, "x".repeat(501), "c", AT)).isInstanceOf(DomainRuleViolation.class);
        CampaignAsk ask = CampaignAsk.sample(1, SampleAsk.END_287G, "c", AT);
        assertThatThrownBy(() -> ask.progress(null, null, TODAY, "c", AT)).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("status");
    }

    @Test
    void theToolkitsSevenSampleAsksInItsOrder() {
        assertThat(SampleAsk.values()).hasSize(7);
        assertThat(SampleAsk.values()[0].wording()).startsWith("Convince law enforcement to refuse all PEP custody requests");
        assertThat(SampleAsk.END_287G.wording()).isEqualTo("End 287(g) agreements.");
    }
}
