package org.amparo.monitoring.domain;

import org.amparo.hotline.domain.IceActivity;
import org.amparo.rules.detainer.Finding;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which finding or reported activity shows which checklist item, and how an item follows the cases and reports. */
class ChecklistFindingsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aNonPriorityTargetShowsCustodyRequestsOnNonPrioritiesAndAHoldPastExpiryShowsHoldsPastRelease() {
        assertThat(ChecklistFindings.itemOf(Finding.NON_PRIORITY_TARGET)).contains("non-priority-custody-requests");
        assertThat(ChecklistFindings.itemOf(Finding.HELD_PAST_EXPIRY)).contains("holds-past-release-date");
        assertThat(ChecklistFindings.itemOf(Finding.HELD_WITHOUT_HOLD_REQUEST)).contains("holds-past-release-date");
    }

    @Test
    void theFindingsNamedAfterAToolkitPracticeShowItsItem() {
        assertThat(ChecklistFindings.itemOf(Finding.NOT_A_DETAINER)).contains("warrants-not-detainers");
        assertThat(ChecklistFindings.itemOf(Finding.BAIL_DENIED_FOR_STATUS)).contains("bail-denied-for-status");
        assertThat(ChecklistFindings.itemOf(Finding.DIVERSION_DENIED)).contains("diversion-denied-for-pep-request");
        assertThat(ChecklistFindings.itemOf(Finding.ICE_PICKUP_BEFORE_CASE_ENDED)).contains("arrest-before-criminal-case-ends");
        assertThat(ChecklistFindings.itemOf(Finding.MISSED_COURT_DATE_IN_ICE_CUSTODY)).contains("missed-local-court-dates");
        assertThat(ChecklistFindings.itemOf(Finding.PROBATION_REPORTS_TO_ICE)).contains("probation-reports-to-ice");
    }

    @Test
    void findingsAboutPaperworkOrTheLocalPolicyShowNoItem() {
        for (Finding f : EnumSet.of(Finding.POLICY_CONFLICT, Finding.PRE_CONVICTION, Finding.NO_ADMINISTRATIVE_WARRANT,
                Finding.NO_NOTICE_TO_PERSON, Finding.CUSTODY_CLASSIFICATION_RAISED)) {
            assertThat(ChecklistFindings.itemOf(f)).as(f.name()).isEmpty();
        }
        assertThat(ChecklistFindings.itemsOf(List.of(Finding.NON_PRIORITY_TARGET, Finding.POLICY_CONFLICT, Finding.HELD_PAST_EXPIRY)))
                .containsExactly("holds-past-release-date", "non-priority-custody-requests");
    }

    @Test
    void anItemIsObservedWhileACaseShowsItAndGoesBackToUnknownWhenNoneDoes() {
        ChecklistEntry entry = new ChecklistEntry(7, "non-priority-custody-requests", NOW);
        assertThat(entry.getState()).isEqualTo(ChecklistState.UNKNOWN);
        assertThat(entry.follow(Set.of(11L, 12L), Set.of(), TODAY, NOW)).isTrue();
        assertThat(entry.getState()).isEqualTo(ChecklistState.OBSERVED);
        assertThat(entry.isBySystem()).isTrue();
        assertThat(entry.getObservedOn()).isEqualTo(TODAY);
        assertThat(entry.getEvidence()).containsExactly(Evidence.derivedCase(11), Evidence.derivedCase(12));
        assertThat(entry.follow(Set.of(11L, 12L), Set.of(), TODAY, NOW)).as("nothing new").isFalse();
        assertThat(entry.follow(Set.of(), Set.of(), TODAY, NOW)).isTrue();
        assertThat(entry.getState()).isEqualTo(ChecklistState.UNKNOWN);
        assertThat(entry.getEvidence()).isEmpty();
    }

    @Test
    void aPersonsWordStaysWhenTheCasesGoButCannotDenyWhatCasesShow() {
        ChecklistEntry entry = new ChecklistEntry(7, "holds-past-release-date", NOW);
        entry.follow(Set.of(11L), Set.of(), TODAY, NOW);
        assertThatThrownBy(() -> entry.set(ChecklistState.NOT_OBSERVED, TODAY, "Sheriff's answer", List.of(), "carmen", NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("state");
        entry.set(ChecklistState.OBSERVED, LocalDate.of(2026, 11, 2), " Jail log ", List.of(20L), "carmen", NOW);
        assertThat(entry.getSource()).isEqualTo("Jail log");
        assertThat(entry.getSetBy()).isEqualTo("carmen");
        assertThat(entry.follow(Set.of(), Set.of(), TODAY, NOW)).isTrue();
        assertThat(entry.getState()).as("a person marked it").isEqualTo(ChecklistState.OBSERVED);
        assertThat(entry.getObservedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(entry.getEvidence()).containsExactly(Evidence.givenCase(20));
        entry.set(ChecklistState.NOT_OBSERVED, TODAY, "Sheriff's answer", List.of(), "carmen", NOW);
        assertThat(entry.getState()).isEqualTo(ChecklistState.NOT_OBSERVED);
    }

    @Test
    void aVerifiedReportOfACheckpointACourthouseOrICEOutsideTheJailShowsItsPractice() {
        assertThat(ChecklistFindings.itemOf(IceActivity.CHECKPOINT)).contains("checkpoint-arrests");
        assertThat(ChecklistFindings.itemOf(IceActivity.ICE_AT_COURTHOUSE)).contains("courthouse-arrests");
        assertThat(ChecklistFindings.itemOf(IceActivity.ICE_OUTSIDE_JAIL)).contains("pickups-at-release");
        assertThat(ChecklistFindings.itemOf(IceActivity.RAID)).as("police taking part is more than a raid's kind says").isEmpty();
        assertThat(ChecklistFindings.derivedItems()).contains("checkpoint-arrests", "non-priority-custody-requests");
    }

    @Test
    void reportsAreEvidenceLikeCasesWhileVerifiedAndTheItemGoesBackWhenNoneIsLeft() {
        ChecklistEntry entry = new ChecklistEntry(7, "checkpoint-arrests", NOW);
        assertThat(entry.follow(Set.of(), Set.of(31L), TODAY, NOW)).isTrue();
        assertThat(entry.getState()).isEqualTo(ChecklistState.OBSERVED);
        assertThat(entry.getEvidence()).containsExactly(Evidence.derivedReport(31));
        assertThatThrownBy(() -> entry.set(ChecklistState.NOT_OBSERVED, TODAY, "Police say no", List.of(), "carmen", NOW))
                .as("a verified report shows it").isInstanceOf(DomainRuleViolation.class);
        assertThat(entry.follow(Set.of(11L), Set.of(31L), TODAY, NOW)).as("a case too").isTrue();
        assertThat(entry.getEvidence()).containsExactlyInAnyOrder(Evidence.derivedReport(31), Evidence.derivedCase(11));
        assertThat(entry.follow(Set.of(), Set.of(), TODAY, NOW)).as("the report was found false, the case moved").isTrue();
        assertThat(entry.getState()).isEqualTo(ChecklistState.UNKNOWN);
    }
}
