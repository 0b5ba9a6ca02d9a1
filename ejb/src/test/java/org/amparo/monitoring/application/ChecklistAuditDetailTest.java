package org.amparo.monitoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ChecklistAuditDetailTest {

    @Test
    void aFewEvidenceIdsAreAuditedOneByOneAndThousandsByTheirNumberAndTheFirst() {
        assertThat(MonitoringChecklist.ids(List.of(12L, 40L))).isEqualTo("[12, 40]");

        String many = MonitoringChecklist.ids(LongStream.rangeClosed(1, 26_289).boxed().toList());

        // A jurisdiction's checklist item with thousands of cases once failed its audit record (1,000 characters), and with
        // it the recomputation: the checklist stopped following the evidence.
        assertThat(many).isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, +26277]");
    }

    @Test
    void whatARecomputationAddedAndRemovedIsAuditedUnderKeysOfItsOwn() {
        var before = java.util.Set.of(org.amparo.monitoring.domain.Evidence.derivedCase(7), org.amparo.monitoring.domain.Evidence.derivedCase(12));
        var after = java.util.Set.of(org.amparo.monitoring.domain.Evidence.derivedCase(12), org.amparo.monitoring.domain.Evidence.derivedCase(40));

        assertThat(MonitoringChecklist.changes("added", after, before) + MonitoringChecklist.changes("removed", before, after))
                .isEqualTo(" addedCasesFromFindings=[40] removedCasesFromFindings=[7]");
    }
}
