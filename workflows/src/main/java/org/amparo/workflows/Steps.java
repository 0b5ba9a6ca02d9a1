package org.amparo.workflows;

import java.util.EnumMap;
import java.util.Map;

import org.amparo.process.CaseStep;

/**
 * The case process's user tasks by their BPMN ids, as the application's {@link CaseStep}s: the one place the ids
 * meet the steps. A test checks that every user task of the process has its step and every step its task.
 */
final class Steps {

    private static final Map<CaseStep, String> ACTIVITIES = new EnumMap<>(Map.of(
            CaseStep.INTAKE, "intake",
            CaseStep.ICE_HOLD_CHECK, "iceHoldCheck",
            CaseStep.ICE_HOLD_RECHECK, "iceHoldRecheck",
            CaseStep.ATTORNEY_REFERRAL, "attorneyReferral",
            CaseStep.ATTORNEY_RESPONSE, "attorneyResponse",
            CaseStep.ATTORNEY_REVIEW, "attorneyReview",
            CaseStep.CAMPAIGN_APPROVAL, "campaignApproval",
            CaseStep.CLOSURE, "closure",
            CaseStep.HOLD_EXPIRES_SOON, "holdEscalation",
            CaseStep.HELD_PAST_EXPIRY, "unlawfulDetention"));

    private Steps() {
    }

    /** The step of a user task of the case process. */
    static CaseStep of(String activityId) {
        for (Map.Entry<CaseStep, String> e : ACTIVITIES.entrySet()) {
            if (e.getValue().equals(activityId)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("The case process has no step for its activity " + activityId);
    }

    /** The BPMN id of a step's user task. */
    static String activityId(CaseStep step) {
        return ACTIVITIES.get(step);
    }
}
