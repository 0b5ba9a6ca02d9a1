package org.amparo.process;

import org.amparo.cases.domain.CaseOutcome;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's history in words, not the engine's codes, and without an attorney's free text. */
class StepOutcomeTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void whatEachDecisionKeepsIsReadBackAndWordedInBothLanguages() {
        StepDecision closed = new StepDecision.CaseClosed(CaseOutcome.RELEASED);
        assertThat(closed.summary()).isEqualTo("closed: RELEASED");
        StepOutcome read = StepOutcome.read(closed.summary()).orElseThrow();
        assertThat(read.words(Locale.ENGLISH)).isEqualTo("Closed: Released");
        assertThat(read.words(ES)).isEqualTo("Cerrado: Liberado/a");

        assertThat(StepOutcome.read(new StepDecision.AttorneyAssigned("ana").summary()).orElseThrow().words(Locale.ENGLISH))
                .isEqualTo("Given to ana");
        assertThat(StepOutcome.read(new StepDecision.IntakeCompleted().summary()).orElseThrow().words(ES)).isEqualTo("Admisión completa");
        assertThat(StepOutcome.read(new StepDecision.ReviewCompleted(true).summary()).orElseThrow().kind())
                .isEqualTo(StepOutcome.Kind.CAMPAIGN_RECOMMENDED);
    }

    @Test
    void aDeclineKeepsNoReasonAndAnOlderVersionsReasonIsNotShown() {
        assertThat(new StepDecision.ReferralDeclined("represented the co-defendant Juan").summary()).isEqualTo("declined");
        StepOutcome older = StepOutcome.read("declined: represented the co-defendant Juan").orElseThrow();
        assertThat(older.kind()).isEqualTo(StepOutcome.Kind.DECLINED);
        assertThat(older.words(Locale.ENGLISH)).doesNotContain("Juan").startsWith("Declined");
    }

    @Test
    void anythingElseIsNoOutcome() {
        assertThat(StepOutcome.read(null)).isEmpty();
        assertThat(StepOutcome.read("something else")).isEmpty();
        assertThat(StepOutcome.read("closed: SOME_LATER_OUTCOME").orElseThrow().words(Locale.ENGLISH))
                .isEqualTo("Closed: SOME_LATER_OUTCOME");
    }
}
