package org.amparo.process;

import java.io.Serializable;
import java.time.Instant;

import org.amparo.cases.domain.CaseOutcome;

/**
 * What a person decided at a step of the case process, as the process routes on it. One record per kind of step; the
 * adapter turns each into the process's own variables. {@link #summary()} goes into the step history and holds no
 * personal data.
 */
public sealed interface StepDecision extends Serializable {

    String summary();

    /** Intake is complete: screening runs next. */
    record IntakeCompleted() implements StepDecision {
        public String summary() {
            return "intake complete";
        }
    }

    /** The jail confirmed the hold's facts. */
    record HoldVerified() implements StepDecision {
        public String summary() {
            return "hold verified";
        }
    }

    /** A supervisor referred the case to an attorney (a username). */
    record AttorneyAssigned(String attorney) implements StepDecision {
        public String summary() {
            return "assigned to " + attorney;
        }
    }

    /** The attorney accepted, with the review due then. */
    record ReferralAccepted(Instant reviewDue) implements StepDecision {
        public String summary() {
            return "accepted";
        }
    }

    /** The attorney declined, with a reason: the referral goes back to the supervisors. */
    record ReferralDeclined(String reason) implements StepDecision {
        public String summary() {
            return "declined: " + reason;
        }
    }

    /** The attorney finished the review, recommending a campaign or not. */
    record ReviewCompleted(boolean recommendCampaign) implements StepDecision {
        public String summary() {
            return recommendCampaign ? "campaign recommended" : "reviewed";
        }
    }

    /** A supervisor approved or rejected linking the case to a campaign. */
    record CampaignDecided(boolean approved) implements StepDecision {
        public String summary() {
            return approved ? "approved" : "rejected";
        }
    }

    /** A supervisor closed the case with its outcome. */
    record CaseClosed(CaseOutcome outcome) implements StepDecision {
        public String summary() {
            return "closed: " + outcome.name();
        }
    }

    /** A supervisor acknowledged a hold alert after acting on it. */
    record AlertAcknowledged() implements StepDecision {
        public String summary() {
            return "acknowledged";
        }
    }
}
