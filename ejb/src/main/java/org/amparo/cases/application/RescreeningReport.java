package org.amparo.cases.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.amparo.rules.detainer.Finding;

/**
 * What a re-screening of the cases on file changed: how many cases changed priority (and from what to what), which
 * rule sets they moved between, and which findings appeared or went away. Counts, codes and case ids only: no
 * personal data, so the report may be logged, audited and stored.
 */
public final class RescreeningReport {

    /** A case's screening as stored, before or after. */
    public record Snapshot(String priority, String ruleSet, Set<Finding> findings) {
        public Snapshot {
            findings = findings == null ? Set.of() : Set.copyOf(findings);
        }
    }

    private final String reason;
    private final String rulesVersion;
    private int screened;
    private int priorityChanged;
    private int ruleSetChanged;
    private final Map<String, Integer> priorityTransitions = new TreeMap<>();
    private final Map<String, Integer> ruleSetTransitions = new TreeMap<>();
    private final Map<Finding, Integer> appeared = new TreeMap<>();
    private final Map<Finding, Integer> wentAway = new TreeMap<>();
    private final List<Long> changedCases = new ArrayList<>();

    public RescreeningReport(String reason, String rulesVersion) {
        this.reason = reason;
        this.rulesVersion = rulesVersion;
    }

    /** Counts one case's change. */
    public void add(long caseId, Snapshot before, Snapshot after) {
        screened++;
        boolean changed = false;
        if (!Objects.equals(before.priority(), after.priority())) {
            priorityChanged++;
            priorityTransitions.merge(before.priority() + " -> " + after.priority(), 1, Integer::sum);
            changed = true;
        }
        if (!Objects.equals(before.ruleSet(), after.ruleSet())) {
            ruleSetChanged++;
            ruleSetTransitions.merge(before.ruleSet() + " -> " + after.ruleSet(), 1, Integer::sum);
            changed = true;
        }
        for (Finding f : after.findings()) {
            if (!before.findings().contains(f)) {
                appeared.merge(f, 1, Integer::sum);
                changed = true;
            }
        }
        for (Finding f : before.findings()) {
            if (!after.findings().contains(f)) {
                wentAway.merge(f, 1, Integer::sum);
                changed = true;
            }
        }
        if (changed) {
            changedCases.add(caseId);
        }
    }

    public String reason() {
        return reason;
    }

    public int screened() {
        return screened;
    }

    public int priorityChanged() {
        return priorityChanged;
    }

    public int ruleSetChanged() {
        return ruleSetChanged;
    }

    public Map<String, Integer> priorityTransitions() {
        return priorityTransitions;
    }

    public Map<Finding, Integer> appeared() {
        return appeared;
    }

    public Map<Finding, Integer> wentAway() {
        return wentAway;
    }

    public List<Long> changedCases() {
        return changedCases;
    }

    /** One line for the log and the audit trail. */
    public String summary() {
        return "re-screening (" + reason + ", rules " + rulesVersion + "): " + screened + " open case(s) screened, "
                + priorityChanged + " changed priority, " + ruleSetChanged + " changed rule set, "
                + changedCases.size() + " changed at all";
    }

    /** The full report, as stored with the run. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Re-screening of the open cases on file\n");
        out.append("reason: ").append(reason).append('\n');
        out.append("rules version: ").append(rulesVersion).append('\n');
        out.append("open cases screened: ").append(screened).append(" (closed cases keep their last screening)\n");
        out.append("cases that changed priority: ").append(priorityChanged).append('\n');
        priorityTransitions.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        out.append("cases judged under another rule set: ").append(ruleSetChanged).append('\n');
        ruleSetTransitions.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        out.append("findings that appeared (cases):").append(appeared.isEmpty() ? " none" : "").append('\n');
        appeared.forEach((k, v) -> out.append("  + ").append(k).append(": ").append(v).append('\n'));
        out.append("findings that went away (cases):").append(wentAway.isEmpty() ? " none" : "").append('\n');
        wentAway.forEach((k, v) -> out.append("  - ").append(k).append(": ").append(v).append('\n'));
        out.append("cases changed: ").append(changedCases.size());
        if (!changedCases.isEmpty()) {
            out.append(" (ids ").append(String.join(", ", changedCases.stream().map(String::valueOf).toList())).append(')');
        }
        return out.append('\n').toString();
    }

    /** The codes of a set of findings, sorted, for a snapshot. */
    static Set<Finding> codes(java.util.Collection<org.amparo.cases.domain.CaseFinding> findings) {
        Set<Finding> codes = new TreeSet<>();
        findings.forEach(f -> codes.add(f.finding()));
        return codes;
    }
}
