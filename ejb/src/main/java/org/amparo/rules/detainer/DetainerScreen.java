package org.amparo.rules.detainer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the screening says about one ICE document: when its hold expires (null when it asks none) and its findings
 * in the order of DOMAIN.md section 2.
 */
public record DetainerScreen(LocalDateTime holdExpiresAt, List<DetainerFinding> findings) {

    public DetainerScreen {
        findings = findings.stream().sorted(java.util.Comparator.comparing(DetainerFinding::finding)).toList();
    }

    /** True when any finding calls for attorney or campaign action: all of them do. */
    public boolean escalate() {
        return !findings.isEmpty();
    }

    public List<Finding> codes() {
        return findings.stream().map(DetainerFinding::finding).toList();
    }
}
