package org.amparo.rules.detainer;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the screening says about one ICE document: when its hold expires (null when it asks none), the rule set in
 * force on the day it was issued (which judged its target), and its findings in the order of DOMAIN.md section 2. A
 * finding may appear more than once, each time with its own reason (e.g. a conflict with two policy layers).
 */
public record DetainerScreen(LocalDateTime holdExpiresAt, String ruleSet, List<DetainerFinding> findings) {

    public DetainerScreen {
        findings = findings.stream().sorted(java.util.Comparator.comparing(DetainerFinding::finding)).toList();
    }

    /** True when any finding calls for attorney or campaign action: all of them do. */
    public boolean escalate() {
        return !findings.isEmpty();
    }

    /** The finding codes, each once, in order. */
    public List<Finding> codes() {
        return findings.stream().map(DetainerFinding::finding).distinct().toList();
    }
}
