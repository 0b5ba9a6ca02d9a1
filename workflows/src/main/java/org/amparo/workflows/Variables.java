package org.amparo.workflows;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.amparo.process.ProcessFacts;
import org.amparo.process.StepDecision;
import org.flowable.common.engine.api.variable.VariableContainer;

/**
 * The case process's variables: the one place their names live (the BPMN's expressions read them). They hold ids,
 * flags, dates and decisions, never entities or personal data.
 */
final class Variables {

    static final String CASE_ID = "caseId";
    static final String HAS_ACTIVE_DETAINER = "hasActiveDetainer";
    static final String HAS_ACTIVE_HOLD = "hasActiveHold";
    static final String HOLD_EXPIRES_AT = "holdExpiresAt";
    static final String HOLD_WARNING_AT = "holdWarningAt";
    static final String ESCALATION_CALLED_FOR = "escalationCalledFor";
    static final String STILL_HELD = "stillHeld";
    static final String ATTORNEY = "attorney";
    static final String ATTORNEY_ACCEPTED = "attorneyAccepted";
    static final String REVIEW_DUE = "reviewDue";
    static final String RECOMMEND_CAMPAIGN = "recommendCampaign";
    static final String CAMPAIGN_APPROVED = "campaignApproved";
    static final String OUTCOME = "outcome";

    private Variables() {
    }

    /** The facts the process routes on, as variables. */
    static Map<String, Object> of(ProcessFacts facts) {
        Map<String, Object> v = new HashMap<>();
        v.put(HAS_ACTIVE_DETAINER, facts.hasActiveDetainer());
        v.put(HAS_ACTIVE_HOLD, facts.hasActiveHold());
        v.put(HOLD_EXPIRES_AT, facts.holdExpiresAt() == null ? null : Date.from(facts.holdExpiresAt()));
        v.put(HOLD_WARNING_AT, facts.holdWarningAt() == null ? null : Date.from(facts.holdWarningAt()));
        v.put(ESCALATION_CALLED_FOR, facts.escalationCalledFor());
        v.put(STILL_HELD, facts.stillHeld());
        return v;
    }

    /** The decisions every case starts without. */
    static Map<String, Object> initialDecisions() {
        Map<String, Object> v = new HashMap<>();
        v.put(ATTORNEY, null);
        v.put(ATTORNEY_ACCEPTED, false);
        v.put(REVIEW_DUE, null);
        v.put(RECOMMEND_CAMPAIGN, false);
        v.put(CAMPAIGN_APPROVED, false);
        return v;
    }

    /** A person's decision at a step, as the variables the process routes on. */
    static Map<String, Object> of(StepDecision decision) {
        Map<String, Object> v = new HashMap<>();
        // Java 17: no pattern matching in switch yet; the other decisions carry nothing the process routes on.
        if (decision instanceof StepDecision.AttorneyAssigned a) {
            v.put(ATTORNEY, a.attorney());
        } else if (decision instanceof StepDecision.ReferralAccepted a) {
            v.put(ATTORNEY_ACCEPTED, true);
            v.put(REVIEW_DUE, Date.from(a.reviewDue()));
        } else if (decision instanceof StepDecision.ReferralDeclined) {
            v.put(ATTORNEY_ACCEPTED, false);
            v.put(ATTORNEY, null);
        } else if (decision instanceof StepDecision.ReviewCompleted r) {
            v.put(RECOMMEND_CAMPAIGN, r.recommendCampaign());
        } else if (decision instanceof StepDecision.CampaignDecided c) {
            v.put(CAMPAIGN_APPROVED, c.approved());
        } else if (decision instanceof StepDecision.CaseClosed c) {
            v.put(OUTCOME, c.outcome().name());
        }
        return v;
    }

    /** Sets variables on the process instance, so every branch and subprocess sees the same facts. */
    static void setOnProcess(org.flowable.engine.delegate.DelegateExecution execution, Map<String, Object> variables) {
        org.flowable.engine.delegate.DelegateExecution top = execution;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        top.setVariables(variables);
    }

    static long caseId(VariableContainer scope) {
        Object id = scope.getVariable(CASE_ID);
        if (!(id instanceof Number n)) {
            throw new IllegalStateException("Process has no caseId variable");
        }
        return n.longValue();
    }
}
