package org.amparo.campaigns;

import org.amparo.campaigns.domain.CampaignMessage;
import org.amparo.campaigns.domain.MessageAudience;
import org.amparo.campaigns.domain.MessageTheme;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A campaign's message for an audience, with the toolkit's "What To Avoid Saying" as a rule. */
class CampaignMessageTest {

    private static CampaignMessage message(String points) {
        return new CampaignMessage(1L, MessageAudience.LAW_ENFORCEMENT, MessageTheme.FINANCIAL_COSTS, points, "supervisor", Instant.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stop holding illegals for ICE", "ICE targets Illegal Aliens at the jail",
            "These illegal immigrants are our neighbors", "No entreguen a los ilegales", "Los inmigrantes ilegales pagan impuestos"})
    void talkingPointsNeverCallPeopleIllegal(String points) {
        assertThatThrownBy(() -> message(points)).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("points");
            assertThat(e.messageKey()).isEqualTo("amparo.validation.sayUndocumented");
        });
    }

    @Test
    void unlawfulActsMayBeNamedAndTheWordsAreKeptAsWritten() {
        assertThat(message("  Judges found counties liable for illegally detaining people; las detenciones ilegales cuestan.  ")
                .getPoints()).isEqualTo("Judges found counties liable for illegally detaining people; las detenciones ilegales cuestan.");
        assertThat(MessageTheme.FINANCIAL_COSTS.suggestedAudiences()).contains(MessageAudience.LAW_ENFORCEMENT);
        assertThat(MessageTheme.OWN.suggestedAudiences()).isEmpty();
    }

    @Test
    void anAudienceAThemeAndPointsAreNeeded() {
        assertThatThrownBy(() -> message("  ")).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("points"));
        assertThatThrownBy(() -> new CampaignMessage(1L, null, MessageTheme.OWN, "x", "s", Instant.now()))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("audience"));
        assertThatThrownBy(() -> new CampaignMessage(1L, MessageAudience.JOURNALISTS, null, "x", "s", Instant.now()))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("theme"));
    }
}
