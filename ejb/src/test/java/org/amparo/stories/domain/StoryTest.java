package org.amparo.stories.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A story leaves the case file only with the person's consent and an attorney's vetting, and a withdrawal is final. */
class StoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    private static Story told() {
        return new Story(7, "At the jail", "They kept me for ICE after the judge let me go.", "carmen", AT);
    }

    @Test
    void aStoryIsUsableOnlyWithConsentAndVettingBoth() {
        Story story = told();
        assertThat(story.usable()).isFalse();
        assertThat(story.status()).isEqualTo(StoryStatus.NEEDS_CONSENT_AND_VETTING);

        story.vet("ana", TODAY, null, TODAY, AT);
        assertThat(story.usable()).as("vetted, no consent").isFalse();
        assertThat(story.status()).isEqualTo(StoryStatus.NEEDS_CONSENT);

        Story consented = told();
        consented.giveConsent(ConsentScope.EVIDENCE_REPORTS, TODAY.minusDays(2), TODAY, "carmen", AT);
        assertThat(consented.usable()).as("consent, not vetted").isFalse();
        assertThat(consented.status()).isEqualTo(StoryStatus.NEEDS_VETTING);

        story.giveConsent(ConsentScope.EVIDENCE_REPORTS, TODAY.minusDays(2), TODAY, "carmen", AT);
        assertThat(story.usable()).isTrue();
        assertThat(story.status()).isEqualTo(StoryStatus.USABLE);
        assertThat(story.usableIn(StoryOutlet.EVIDENCE_REPORT)).isTrue();
        assertThat(story.usableIn(StoryOutlet.PUBLIC_MATERIALS)).as("beyond the consent's scope").isFalse();
        assertThat(story.getVettedBy()).isEqualTo("ana");
    }

    @Test
    void everyScopeCoversTheEvidenceReportAndEachWiderOneMore() {
        for (ConsentScope scope : ConsentScope.values()) {
            assertThat(scope.covers(StoryOutlet.EVIDENCE_REPORT)).as(scope.name()).isTrue();
        }
        assertThat(ConsentScope.OFFICIALS.covers(StoryOutlet.MEETINGS_WITH_OFFICIALS)).isTrue();
        assertThat(ConsentScope.OFFICIALS.covers(StoryOutlet.PUBLIC_MATERIALS)).isFalse();
        assertThat(ConsentScope.PUBLIC.covers(StoryOutlet.PUBLIC_MATERIALS)).isTrue();
    }

    @Test
    void editingTheTextAfterVettingClearsTheVettingButATitleAloneDoesNot() {
        Story story = told();
        story.giveConsent(ConsentScope.PUBLIC, TODAY, TODAY, "carmen", AT);
        story.vet("ana", TODAY, "Pending criminal case: no dates", TODAY, AT);
        assertThat(story.edit("At the county jail", story.getText(), "carmen", AT)).as("the title only").isFalse();
        assertThat(story.usable()).isTrue();

        assertThat(story.edit("At the county jail", "They kept me three days for ICE.", "carmen", AT)).isTrue();
        assertThat(story.usable()).as("what the attorney read is not what would go out").isFalse();
        assertThat(story.status()).isEqualTo(StoryStatus.NEEDS_VETTING);
        assertThat(story.getVettedBy()).isNull();
        assertThat(story.getVettedOn()).isNull();
        assertThat(story.getRiskNote()).isNull();
        assertThat(story.getConsentScope()).as("the consent stays").isEqualTo(ConsentScope.PUBLIC);
    }

    @Test
    void aWithdrawalIsFinalForTheStory() {
        Story story = told();
        story.giveConsent(ConsentScope.OFFICIALS, TODAY, TODAY, "carmen", AT);
        story.vet("ana", TODAY, null, TODAY, AT);
        story.withdrawConsent("luis", AT);
        assertThat(story.usable()).isFalse();
        assertThat(story.status()).isEqualTo(StoryStatus.CONSENT_WITHDRAWN);
        assertThat(story.getConsentWithdrawnBy()).isEqualTo("luis");
        assertThatThrownBy(() -> story.giveConsent(ConsentScope.OFFICIALS, TODAY, TODAY, "carmen", AT))
                .as("no click undoes a withdrawal").isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("consent");
        assertThatThrownBy(() -> story.withdrawConsent("luis", AT)).isInstanceOf(DomainRuleViolation.class);
        assertThat(story.usable()).isFalse();
        assertThatThrownBy(() -> new StoryUse(story, 1, StoryUse.Format.PDF, null, null, "staff", AT))
                .as("a withdrawn story is never recorded as used").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void consentCannotBeWithdrawnBeforeItIsGiven() {
        assertThatThrownBy(() -> told().withdrawConsent("luis", AT)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("consent");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThat(field(() -> new Story(7, null, "  ", "carmen", AT))).isEqualTo("text");
        assertThat(field(() -> new Story(7, null, "x".repeat(Story.TEXT_MAX + 1), "carmen", AT))).isEqualTo("text");
        assertThat(field(() -> new Story(7, "t".repeat(Story.TITLE_MAX + 1), "text", "carmen", AT))).isEqualTo("title");
        Story story = told();
        assertThat(field(() -> story.giveConsent(null, TODAY, TODAY, "c", AT))).isEqualTo("scope");
        assertThat(field(() -> story.giveConsent(ConsentScope.PUBLIC, null, TODAY, "c", AT))).isEqualTo("consentedOn");
        assertThat(field(() -> story.giveConsent(ConsentScope.PUBLIC, TODAY.plusDays(1), TODAY, "c", AT))).isEqualTo("consentedOn");
        assertThat(field(() -> story.vet(null, TODAY, null, TODAY, AT))).as("no attorney, no vetting").isEqualTo("vetting");
        assertThat(field(() -> story.vet(" ", TODAY, null, TODAY, AT))).isEqualTo("vetting");
        assertThat(field(() -> story.vet("ana", null, null, TODAY, AT))).isEqualTo("vettedOn");
        assertThat(field(() -> story.vet("ana", TODAY.plusDays(1), null, TODAY, AT))).isEqualTo("vettedOn");
        assertThat(field(() -> story.vet("ana", TODAY, "r".repeat(Story.RISK_NOTE_MAX + 1), TODAY, AT))).isEqualTo("riskNote");
        assertThat(story.usable()).as("nothing half-done").isFalse();
        assertThat(story.getConsentScope()).isNull();
        assertThat(story.getVettedBy()).isNull();
    }

    private static String field(Runnable change) {
        try {
            change.run();
        } catch (DomainRuleViolation v) {
            return v.field();
        }
        throw new AssertionError("not refused");
    }
}
