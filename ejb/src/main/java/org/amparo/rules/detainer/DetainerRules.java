package org.amparo.rules.detainer;

import org.amparo.shared.domain.Labels;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.rules.PendingChargeFact;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.priority.PriorityAssessment;
import org.amparo.rules.priority.PriorityRuleSets;

/**
 * The findings of DOMAIN.md section 2 on one ICE document. Whether the target was a priority is judged on the day
 * the detainer was issued (under the rule set of that day), since that is what ICE knew when it asked.
 */
public final class DetainerRules {

    private final PriorityRuleSets ruleSets;

    public DetainerRules(PriorityRuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    public DetainerScreen screen(ScreeningFacts facts, ZoneId zone) {
        DetainerFacts d = facts.detainer();
        if (d == null) {
            throw new IllegalArgumentException("No detainer to screen");
        }
        DocumentForm form = d.form();
        LocalDateTime expiry = HoldClock.expiry(form, d.scheduledReleaseAt(), zone);
        List<DetainerFinding> findings = new ArrayList<>();

        if (expiry != null && d.stillHeldAt() != null && d.stillHeldAt().isAfter(expiry)) {
            long hours = Duration.between(expiry, d.stillHeldAt()).toHours();
            findings.add(new DetainerFinding(Finding.HELD_PAST_EXPIRY,
                    Reason.of("finding.heldPastExpiry", d.stillHeldAt(), expiry, hours)));
        }
        if (!form.detainer()) {
            findings.add(new DetainerFinding(Finding.NOT_A_DETAINER, Reason.of("finding.notADetainer", Labels.iceForm(form.code()))));
        } else {
            LocalDate issued = d.issuedAt() != null ? d.issuedAt().toLocalDate() : facts.asOf();
            ScreeningFacts atIssue = facts.asOf(issued);
            PriorityAssessment priority = ruleSets.forDate(issued).assess(atIssue);
            if (priority.priority() == EnforcementPriority.NOT_A_PRIORITY) {
                findings.add(new DetainerFinding(Finding.NON_PRIORITY_TARGET,
                        Reason.of("finding.nonPriority", issued, priority.ruleSet())));
            }
            List<PendingChargeFact> pendingAtIssue = facts.pendingCharges().stream()
                    .filter(c -> c.date() == null || !c.date().isAfter(issued)).toList();
            if (!pendingAtIssue.isEmpty() && !priority.hasConvictionBasedPriority()) {
                findings.add(new DetainerFinding(Finding.PRE_CONVICTION,
                        Reason.of("finding.preConviction", issued, pendingAtIssue.size())));
            }
            if (Boolean.FALSE.equals(d.servedOnPerson())) {
                findings.add(new DetainerFinding(Finding.NO_NOTICE_TO_PERSON, Reason.of("finding.noNotice", Labels.iceForm(form.code()))));
            }
        }
        DetainerPolicy policy = d.jurisdictionPolicy();
        if (policy != null) {
            if (Boolean.TRUE.equals(d.honoredHold()) && policy.forbidsHolds()) {
                findings.add(new DetainerFinding(Finding.POLICY_CONFLICT, Reason.of("finding.policyHold", policy)));
            } else if (Boolean.TRUE.equals(d.notifiedIce()) && policy.forbidsNotification()) {
                findings.add(new DetainerFinding(Finding.POLICY_CONFLICT, Reason.of("finding.policyNotification", policy)));
            }
        }
        for (Interference interference : d.interference()) {
            findings.add(new DetainerFinding(Finding.of(interference), Reason.of("finding.interference." + interference.name())));
        }
        return new DetainerScreen(expiry, findings);
    }
}
