package org.amparo.cases.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One run of the re-screening of the cases on file: when the rule code changed (a new {@code rulesVersion}) or a
 * rule set took effect. Its report holds counts, finding codes and case ids, never personal data.
 */
@Entity
@Table(name = "screening_rerun")
public class ScreeningRerun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_rerun_seq")
    @SequenceGenerator(name = "screening_rerun_seq", sequenceName = "screening_rerun_seq", allocationSize = 1)
    private Long id;

    @Column(name = "rules_version", nullable = false, length = 60)
    private String rulesVersion;

    @Column(name = "reason", nullable = false, length = 40)
    private String reason;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "cases_screened", nullable = false)
    private int casesScreened;

    @Column(name = "priority_changed", nullable = false)
    private int priorityChanged;

    @Column(name = "rule_set_changed", nullable = false)
    private int ruleSetChanged;

    @Column(name = "report", nullable = false, length = 20000)
    private String report;

    protected ScreeningRerun() {
    }

    public ScreeningRerun(String rulesVersion, String reason, Instant startedAt, Instant finishedAt, int casesScreened,
                          int priorityChanged, int ruleSetChanged, String report) {
        this.rulesVersion = rulesVersion;
        this.reason = reason;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.casesScreened = casesScreened;
        this.priorityChanged = priorityChanged;
        this.ruleSetChanged = ruleSetChanged;
        this.report = report.length() <= 20000 ? report : report.substring(0, 19_997) + "...";
    }

    public Long getId() {
        return id;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public String getReason() {
        return reason;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getCasesScreened() {
        return casesScreened;
    }

    public int getPriorityChanged() {
        return priorityChanged;
    }

    public int getRuleSetChanged() {
        return ruleSetChanged;
    }

    public String getReport() {
        return report;
    }
}
