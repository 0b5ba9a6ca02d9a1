package org.amparo.campaigns.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A step of a campaign's plan of action: what, whose and by when; never due in the past when planned; done once. */
class CampaignStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aStepIsPlannedWithWhatWhoseAndWhen() {
        CampaignStep step = new CampaignStep(7, "  Ask for a hearing  ", "caseworker", TODAY, TODAY, "supervisor", Instant.EPOCH);
        assertThat(step.getTitle()).isEqualTo("Ask for a hearing");
        assertThat(step.overdue(TODAY)).as("due today is not overdue yet").isFalse();
        assertThat(step.overdue(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void eachMissingOrWrongPartIsNamed() {
        assertThatThrownBy(() -> new CampaignStep(7, " ", "caseworker", TODAY, TODAY, "s", Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> new CampaignStep(7, "x".repeat(201), "caseworker", TODAY, TODAY, "s", Instant.EPOCH))
                .extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> new CampaignStep(7, "Call", null, TODAY, TODAY, "s", Instant.EPOCH)).extracting("field").isEqualTo("owner");
        assertThatThrownBy(() -> new CampaignStep(7, "Call", "caseworker", null, TODAY, "s", Instant.EPOCH)).extracting("field").isEqualTo("dueOn");
        assertThatThrownBy(() -> new CampaignStep(7, "Call", "caseworker", TODAY.minusDays(1), TODAY, "s", Instant.EPOCH))
                .as("never planned in the past").extracting("field").isEqualTo("dueOn");
    }

    @Test
    void aStepIsDoneOnceAndIsThenNeverOverdue() {
        CampaignStep step = new CampaignStep(7, "Call", "caseworker", TODAY, TODAY, "supervisor", Instant.EPOCH);
        step.done(TODAY.plusDays(3), "caseworker", Instant.EPOCH);
        assertThat(step.getDoneOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(step.getDoneBy()).isEqualTo("caseworker");
        assertThat(step.overdue(TODAY.plusDays(30))).isFalse();
        assertThatThrownBy(() -> step.done(TODAY.plusDays(4), "supervisor", Instant.EPOCH)).extracting("field").isEqualTo("doneOn");
    }
}
