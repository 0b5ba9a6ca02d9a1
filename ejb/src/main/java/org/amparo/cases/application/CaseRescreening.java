package org.amparo.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.application.RescreeningReport.Snapshot;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.cases.domain.ScreeningRerun;
import org.amparo.cases.domain.ScreeningReruns;
import org.amparo.rules.Screening;
import org.amparo.security.domain.Roles;

/**
 * Screens the open cases on file again when what judges them changed: the rule code (a new
 * {@link Screening#RULES_VERSION}: every open case) or the calendar (a rule set took effect: every open case last
 * judged under another set). Closed cases keep their last screening. Each run is audited and stored with a report of
 * what changed; the log gets the one-line summary, never personal data.
 */
@Stateless
public class CaseRescreening {

    public static final String RULES_CHANGED = "RULES_CHANGED";
    public static final String RULE_SET_TOOK_EFFECT = "RULE_SET_TOOK_EFFECT";
    /**
     * Cases per transaction. A screening locks its case until the commit (the hold watch and a hold's timer must take
     * turns), so a batch holds its cases' locks while it screens them all: ten keeps that well under H2's one-second lock
     * timeout for someone saving one of them, and the hold watch waits for a batch at most a moment.
     */
    static final int BATCH = 10;
    private static final Logger LOG = Logger.getLogger(CaseRescreening.class.getName());

    @Inject
    DetentionCases cases;

    @Inject
    ScreeningReruns reruns;

    @Inject
    CaseScreening screening;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Runs the re-screening that is due, if any: at start-up and once a day, from the server's timer. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rerunIfDue() {
        Instant started = Instant.now(clock);
        String reason;
        List<Long> due;
        if (!self().alreadyRan(Screening.RULES_VERSION)) {
            reason = RULES_CHANGED;
            due = self().openCases(null);
        } else {
            String today = Screening.standard().ruleSets().forDate(LocalDate.ofInstant(started, ZoneOffset.UTC)).id();
            due = self().openCases(today);
            if (due.isEmpty()) {
                return;
            }
            reason = RULE_SET_TOOK_EFFECT;
        }
        RescreeningReport report = new RescreeningReport(reason, Screening.RULES_VERSION);
        for (int from = 0; from < due.size(); from += BATCH) {
            self().rescreenBatch(due.subList(from, Math.min(due.size(), from + BATCH)), report);
        }
        self().recordRun(report, started);
        LOG.info(report::summary);
    }

    /** The latest re-screenings with their reports, for supervisors and administrators. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<ScreeningRerun> latestRuns(int max) {
        return reruns.latest(Math.max(1, Math.min(max, 50)));
    }

    /** Whether this rule code already re-screened the cases on file. Internal step of {@link #rerunIfDue}. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean alreadyRan(String rulesVersion) {
        return reruns.ranFor(rulesVersion);
    }

    /** The open cases to screen again. Internal step of {@link #rerunIfDue}. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> openCases(String notJudgedUnder) {
        return new ArrayList<>(cases.openCaseIds(notJudgedUnder));
    }

    /** Screens a batch of cases in a transaction of its own, counting what changed. Internal step of {@link #rerunIfDue}. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rescreenBatch(List<Long> caseIds, RescreeningReport report) {
        for (long id : caseIds) {
            DetentionCase c = cases.requireLocked(id); // as the screening locks it: the snapshot is of what it screens
            Snapshot before = snapshot(c);
            screening.rescreen(id);
            report.add(id, before, snapshot(c));
        }
    }

    /** Stores and audits the run. Internal step of {@link #rerunIfDue}. */
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRun(RescreeningReport report, Instant started) {
        ScreeningRerun run = new ScreeningRerun(Screening.RULES_VERSION, report.reason(), started, Instant.now(clock),
                report.screened(), report.priorityChanged(), report.ruleSetChanged(), report.text());
        reruns.add(run);
        audit.record("screening.rerun", "ScreeningRerun", run.getId(), report.summary());
    }

    private static Snapshot snapshot(DetentionCase c) {
        return new Snapshot(c.getEnforcementPriority() == null ? null : c.getEnforcementPriority().name(),
                c.getPriorityRuleSet(), RescreeningReport.codes(c.getFindings()));
    }

    private CaseRescreening self() {
        return session.getBusinessObject(CaseRescreening.class);
    }
}
