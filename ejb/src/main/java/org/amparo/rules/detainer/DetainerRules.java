package org.amparo.rules.detainer;

import org.amparo.shared.domain.Labels;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.rules.ConvictionFact;
import org.amparo.rules.CriminalRecord;
import org.amparo.rules.PendingChargeFact;
import org.amparo.rules.Reason;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.priority.PriorityAssessment;
import org.amparo.rules.priority.PriorityRuleSet;
import org.amparo.rules.priority.PriorityRuleSets;

/**
 * The findings of DOMAIN.md section 2 on one ICE document. Whether the target was one ICE may ask for is judged on
 * the day the detainer was issued, under the rule set in force that day, since that is what ICE knew when it asked.
 */
public final class DetainerRules {

    /** ICE's detainer policy (Policy 10074.2) of 2 April 2017: every detainer comes with an I-200 or I-205. */
    public static final LocalDate ADMINISTRATIVE_WARRANT_REQUIRED_FROM = LocalDate.of(2017, 4, 2);
    static final int SERIOUS_CUSTODY_DAYS = 90;

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
        LocalDate issued = d.issuedAt() != null ? d.issuedAt().toLocalDate() : facts.asOf();
        PriorityRuleSet set = ruleSets.forDate(issued);

        if (expiry != null && d.stillHeldAt() != null && d.stillHeldAt().isAfter(expiry)) {
            long hours = Duration.between(expiry, d.stillHeldAt()).toHours();
            findings.add(new DetainerFinding(Finding.HELD_PAST_EXPIRY,
                    Reason.of("finding.heldPastExpiry", d.stillHeldAt(), expiry, hours)));
        }
        if (form.detainer() && !form.asksHold() && d.scheduledReleaseAt() != null && d.stillHeldAt() != null
                && d.stillHeldAt().isAfter(d.scheduledReleaseAt())) {
            long hours = Duration.between(d.scheduledReleaseAt(), d.stillHeldAt()).toHours();
            findings.add(new DetainerFinding(Finding.HELD_WITHOUT_HOLD_REQUEST,
                    Reason.of("finding.heldWithoutHoldRequest", Labels.iceForm(form.code()), d.stillHeldAt(), d.scheduledReleaseAt(), hours)));
        }
        if (!form.detainer()) {
            findings.add(new DetainerFinding(Finding.NOT_A_DETAINER, Reason.of("finding.notADetainer", Labels.iceForm(form.code()))));
        } else {
            ScreeningFacts atIssue = facts.asOf(issued);
            PriorityAssessment priority = set.assess(atIssue);
            set.outsideDetainerLimits(atIssue, priority)
                    .ifPresent(r -> findings.add(new DetainerFinding(Finding.NON_PRIORITY_TARGET, r)));
            List<PendingChargeFact> pendingAtIssue = facts.pendingCharges().stream()
                    .filter(c -> c.date() == null || !c.date().isAfter(issued)).toList();
            if (!pendingAtIssue.isEmpty() && !set.convictionMakesTarget(atIssue, priority)) {
                findings.add(new DetainerFinding(Finding.PRE_CONVICTION, set.hasPriorities()
                        ? Reason.of("finding.preConviction", issued, pendingAtIssue.size())
                        : Reason.of("finding.preConviction.noConviction", issued, pendingAtIssue.size())));
            }
            if (d.accompaniedBy() == AdministrativeWarrant.NONE && !issued.isBefore(ADMINISTRATIVE_WARRANT_REQUIRED_FROM)) {
                findings.add(new DetainerFinding(Finding.NO_ADMINISTRATIVE_WARRANT,
                        Reason.of("finding.noAdministrativeWarrant", Labels.iceForm(form.code()), issued)));
            }
            if (Boolean.FALSE.equals(d.servedOnPerson())) {
                findings.add(new DetainerFinding(Finding.NO_NOTICE_TO_PERSON, Reason.of("finding.noNotice", Labels.iceForm(form.code()))));
            }
        }
        policyConflicts(facts, d, findings);
        for (Interference interference : d.interference()) {
            findings.add(new DetainerFinding(Finding.of(interference), Reason.of("finding.interference." + interference.name())));
        }
        return new DetainerScreen(expiry, set.id(), findings);
    }

    /**
     * Every conflict with a layer of policy in force on the day the jail acted, each its own reason (DOMAIN.md
     * section 5). A state law that requires honouring detainers overrides the lower layers' prohibitions.
     */
    private void policyConflicts(ScreeningFacts facts, DetainerFacts d, List<DetainerFinding> findings) {
        LocalDate acted = actedOn(facts, d);
        List<PolicyLayer> inForce = d.layers().stream().filter(l -> l.inForceOn(acted)).toList();
        PolicyLayer mandate = inForce.stream().filter(PolicyLayer::canOverrideLowerLayers).findFirst().orElse(null);
        for (PolicyLayer layer : inForce) {
            DetainerPolicy policy = layer.policy();
            Object level = layer.level() == null ? "-" : layer.level();
            String since = layer.since() == null ? "-" : layer.since().toString();
            // The wording names what is known of the layer: its level and date, its level, or neither (a v1 request).
            String variant = layer.level() == null ? ".v1" : layer.since() == null ? ".noDate" : "";
            boolean overridden = mandate != null && layer != mandate;
            List<Reason> conflicts = new ArrayList<>();
            if (Boolean.TRUE.equals(d.honoredHold())) {
                if (policy.forbidsHolds()) {
                    conflicts.add(Reason.of("finding.policyHold" + variant, policy, level, since));
                } else if (policy.holdsOnlyWithJudicialWarrant()) {
                    conflicts.add(Reason.of("finding.policyJudicialWarrant" + variant, policy, level, since,
                            d.accompaniedBy() == null ? "-" : d.accompaniedBy()));
                } else if (policy.holdsOnlyForSeriousConvictions() && !seriousConvictionBy(facts, acted)) {
                    conflicts.add(Reason.of("finding.policySeriousConvictions" + variant, policy, level, since, acted));
                }
            }
            if (Boolean.TRUE.equals(d.notifiedIce()) && policy.forbidsNotification()) {
                conflicts.add(Reason.of("finding.policyNotification" + variant, policy, level, since));
            }
            if (Boolean.TRUE.equals(d.iceInterviewed()) && policy.forbidsAccess()) {
                conflicts.add(Reason.of("finding.policyAccess" + variant, policy, level, since));
            }
            if (!overridden) {
                conflicts.forEach(r -> findings.add(new DetainerFinding(Finding.POLICY_CONFLICT, r)));
            }
        }
    }

    /** The day the jail acted: the scheduled release (when a hold begins), else the last moment held, else issue. */
    private static LocalDate actedOn(ScreeningFacts facts, DetainerFacts d) {
        LocalDateTime at = d.scheduledReleaseAt() != null ? d.scheduledReleaseAt()
                : d.stillHeldAt() != null ? d.stillHeldAt() : d.issuedAt();
        return at == null ? facts.asOf() : at.toLocalDate();
    }

    /** A felony or a significant misdemeanor (the 2014 memo's 2(b)) convicted on or before the day. */
    private static boolean seriousConvictionBy(ScreeningFacts facts, LocalDate day) {
        CriminalRecord record = CriminalRecord.on(facts, day);
        for (CriminalRecord.Numbered n : record.convictions()) {
            ConvictionFact c = n.conviction();
            Integer days = c.custodyDaysToServe();
            if (c.isFelony() || c.isMisdemeanor() && (record.isSignificantCategory(c)
                    || days != null && days >= SERIOUS_CUSTODY_DAYS)) {
                return true;
            }
        }
        return false;
    }
}
