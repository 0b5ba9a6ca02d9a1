package org.amparo.campaigns.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignNoteTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static CampaignNote note(NoteKind kind, String text, LocalDate on, OutcomeResult result) {
        return new CampaignNote(1, kind, text, null, on, result, TODAY, "supervisor", NOW);
    }

    private static void refused(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
    }

    @Test
    void anOutcomeSaysWhenItHappenedAndHowItWent() {
        CampaignNote won = note(NoteKind.OUTCOME, " The board passed the ordinance. ", TODAY, OutcomeResult.WON);
        assertThat(won.getText()).isEqualTo("The board passed the ordinance.");
        refused(() -> note(NoteKind.OUTCOME, "Passed", null, OutcomeResult.WON), "happenedOn");
        refused(() -> note(NoteKind.OUTCOME, "Passed", TODAY, null), "result");
        refused(() -> note(NoteKind.OUTCOME, "Passed", TODAY.plusDays(1), OutcomeResult.WON), "happenedOn");
    }

    @Test
    void onlyAnOutcomeHasAResultAndAGoalHasNoDate() {
        refused(() -> note(NoteKind.GOAL, "Stop ICE collaboration", null, OutcomeResult.WON), "result");
        refused(() -> note(NoteKind.GOAL, "Stop ICE collaboration", TODAY, null), "happenedOn");
        refused(() -> note(NoteKind.RESEARCH, "  ", null, null), "text");
        refused(() -> note(null, "x", null, null), "kind");
        assertThat(note(NoteKind.RESEARCH, "ICE interviews people in the jail", TODAY.minusDays(3), null).getHappenedOn())
                .isEqualTo(TODAY.minusDays(3));
    }
}
