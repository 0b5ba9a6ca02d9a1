package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.amparo.cases.application.RescreeningReport;
import org.amparo.cases.application.RescreeningReport.Snapshot;
import org.amparo.rules.detainer.Finding;
import org.junit.jupiter.api.Test;

/** The report of a re-screening of the cases on file: counts, transitions and finding codes, no personal data. */
class RescreeningReportTest {

    @Test
    void countsPriorityChangesRuleSetChangesAndFindingsThatAppearedOrWentAway() {
        RescreeningReport report = new RescreeningReport("RULES_CHANGED", "test");
        report.add(1, new Snapshot("PRIORITY_2", "DHS-2014-11-20", Set.of(Finding.NON_PRIORITY_TARGET, Finding.POLICY_CONFLICT)),
                new Snapshot("NO_PRIORITIES_IN_EFFECT", "EO-2025-01-20", Set.of(Finding.POLICY_CONFLICT)));
        report.add(2, new Snapshot("NOT_A_PRIORITY", "DHS-2014-11-20", Set.of()),
                new Snapshot("NO_PRIORITIES_IN_EFFECT", "EO-2025-01-20", Set.of(Finding.HELD_WITHOUT_HOLD_REQUEST)));
        report.add(3, new Snapshot("NO_PRIORITIES_IN_EFFECT", "EO-2025-01-20", Set.of()),
                new Snapshot("NO_PRIORITIES_IN_EFFECT", "EO-2025-01-20", Set.of()));
        assertThat(report.screened()).isEqualTo(3);
        assertThat(report.priorityChanged()).isEqualTo(2);
        assertThat(report.ruleSetChanged()).isEqualTo(2);
        assertThat(report.priorityTransitions()).containsEntry("PRIORITY_2 -> NO_PRIORITIES_IN_EFFECT", 1)
                .containsEntry("NOT_A_PRIORITY -> NO_PRIORITIES_IN_EFFECT", 1);
        assertThat(report.appeared()).containsExactlyEntriesOf(java.util.Map.of(Finding.HELD_WITHOUT_HOLD_REQUEST, 1));
        assertThat(report.wentAway()).containsExactlyEntriesOf(java.util.Map.of(Finding.NON_PRIORITY_TARGET, 1));
        assertThat(report.changedCases()).containsExactly(1L, 2L);
        assertThat(report.text()).contains("open cases screened: 3").contains("  + HELD_WITHOUT_HOLD_REQUEST: 1")
                .contains("  - NON_PRIORITY_TARGET: 1").contains("cases changed: 2 (ids 1, 2)");
        assertThat(report.summary()).contains("3 open case(s) screened, 2 changed priority");
    }
}
