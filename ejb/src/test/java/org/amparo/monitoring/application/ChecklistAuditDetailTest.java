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
        assertThat(many).startsWith("26289 [1, 2, 3").endsWith(", 12, ...]").hasSizeLessThan(80);
    }
}
