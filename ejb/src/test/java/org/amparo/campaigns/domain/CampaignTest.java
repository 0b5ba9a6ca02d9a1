package org.amparo.campaigns.domain;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A campaign's name and the cases it cites: a case escalated to the campaign is cited once, de-identified unless the
 * person consented to go public; a name is required and has a length limit, when started and when renamed.
 */
class CampaignTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final Jurisdiction county = new Jurisdiction("Ejemplo County", JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);

    @Test
    void anEscalatedCaseIsCitedOnceDeidentifiedUnlessThePersonConsented() {
        Campaign campaign = Campaign.minimalFor(county, "workflow", NOW);
        assertThat(campaign.getName()).isEqualTo("Ejemplo County");

        campaign.cite(41, false, NOW);
        campaign.cite(42, true, NOW);
        campaign.cite(41, true, NOW.plusSeconds(60));

        assertThat(campaign.getCases()).hasSize(2);
        assertThat(campaign.getCases()).filteredOn(c -> c.caseId() == 41).singleElement()
                .satisfies(c -> assertThat(c.deidentified()).as("no consent: de-identified").isTrue())
                .satisfies(c -> assertThat(c.linkedAt()).as("cited once, when first escalated").isEqualTo(NOW));
        assertThat(campaign.getCases()).filteredOn(c -> c.caseId() == 42).singleElement()
                .satisfies(c -> assertThat(c.deidentified()).as("the person consented to go public").isFalse());
    }

    @Test
    void aNameIsRequiredAndLimitedWhenStartedAndWhenRenamed() {
        assertThatThrownBy(() -> Campaign.start(county, "  ", "supervisor", NOW)).isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "name");
        Campaign campaign = Campaign.start(county, "  ICE out of Ejemplo  ", "supervisor", NOW);
        assertThat(campaign.getName()).isEqualTo("ICE out of Ejemplo");
        assertThatThrownBy(() -> campaign.rename("x".repeat(Campaign.NAME_MAX + 1))).isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "name");
        assertThat(campaign.getName()).as("nothing changed by a refused rename").isEqualTo("ICE out of Ejemplo");
        campaign.rename("ICE out of Ejemplo County");
        assertThat(campaign.getName()).isEqualTo("ICE out of Ejemplo County");
    }

    /** Issue 14: a campaign is closed once, on a day between its start and today, with how it ended; then it is history. */
    @Test
    void aCampaignClosesOnceWithItsResultAndThenRefusesChanges() {
        java.time.ZoneId zone = java.time.ZoneOffset.UTC;
        java.time.LocalDate started = java.time.LocalDate.ofInstant(NOW, zone);
        java.time.LocalDate today = started.plusDays(90);
        Campaign campaign = Campaign.start(county, "ICE out of Ejemplo", "supervisor", NOW);
        assertThat(campaign.isClosed()).isFalse();
        campaign.requireRunning("name");

        assertThatThrownBy(() -> campaign.close(null, null, today, zone, "supervisor")).isInstanceOf(DomainRuleViolation.class)
                .extracting("field").isEqualTo("result");
        assertThatThrownBy(() -> campaign.close(OutcomeResult.WON, today.plusDays(1), today, zone, "supervisor"))
                .extracting("field").isEqualTo("on");
        assertThatThrownBy(() -> campaign.close(OutcomeResult.WON, started.minusDays(1), today, zone, "supervisor"))
                .extracting("field").isEqualTo("on");
        assertThat(campaign.isClosed()).as("nothing half-done by a refusal").isFalse();

        campaign.close(OutcomeResult.PARTLY_WON, null, today, zone, "supervisor");
        assertThat(campaign.isClosed()).isTrue();
        assertThat(campaign.getClosedOn()).isEqualTo(today);
        assertThat(campaign.getClosingResult()).isEqualTo(OutcomeResult.PARTLY_WON);
        assertThat(campaign.getClosedBy()).isEqualTo("supervisor");
        assertThatThrownBy(() -> campaign.close(OutcomeResult.WON, null, today, zone, "admin")).extracting("field").isEqualTo("result");
        assertThatThrownBy(() -> campaign.requireRunning("name")).isInstanceOf(DomainRuleViolation.class).extracting("field")
                .isEqualTo("name");
    }
}
