package org.amparo.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void aDetailLongerThanItsColumnIsCutAndMarkedRatherThanFailingTheWorkItRecords() {
        String ids = "casesFromFindings=" + java.util.stream.IntStream.range(0, 2_000).boxed().toList();
        AuditEvent event = new AuditEvent(Instant.EPOCH, "system", "checklist.followedCases", "ChecklistEntry", "41", ids);

        assertThat(event.getDetail()).hasSizeLessThanOrEqualTo(1000).startsWith("casesFromFindings=[0, 1, 2").endsWith(" [cut]");
        assertThat(new AuditEvent(Instant.EPOCH, "system", "a", "b", "1", "short").getDetail()).isEqualTo("short");
    }
}
