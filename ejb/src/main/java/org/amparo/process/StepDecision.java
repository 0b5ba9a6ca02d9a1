package org.amparo.process;

import java.io.Serializable;
import java.time.Instant;

import org.amparo.cases.domain.CaseOutcome;

/**
 * What a person decided at a step of the case process, as the process routes on it. One record per kind of step; the
 * adapter turns each into the process's own variables. {@link #summary()} goes into the step history ({@link StepOutcome})
 * and holds no personal data and no free text.
 */
public sealed interface StepDecision extends Serializable {

    String summary();

    /** Intake is complete: screening runs next. */
    record IntakeCompleted() implements StepDecision {
        public String summary() {
            return StepOutcome.of(StepOutcome.Kind.INTAKE_COMPLETE).kept();
        }
    }

    /** The jail confirmed the hold's facts. */
    record HoldVerified() implements StepDecision {
        public String summary() {
            return StepOutcome.of(StepOutcome.Kind.HOLD_VERIFIED).kept();
        }
    }

    /** A supervisor referred the case to an attorney (a username). */
    record AttorneyAssigned(String attorney) implements StepDecision {
        public String summary() {
            return new StepOutcome(StepOutcome.Kind.ASSIGNED, attorney).kept();
        }
    }

    /** The attorney accepted, with the review due then. */
    record ReferralAccepted(Instant reviewDue) implements StepDecision {
        public String summary() {
            return StepOutcome.of(StepOutcome.Kind.ACCEPTED).kept();
        }
    }

    /**
     * The attorney declined, with a reason: the referral goes back to the supervisors. The reason, free text, is kept as
     * the attorney's note on the case (encrypted, audited, removed by retention), not in the engine's history.
     */
    record ReferralDeclined(String reason) implements StepDecision {
        public String summary() {
            return StepOutcome.of(StepOutcome.Kind.DECLINED).kept(); // the reason is a note on the case
        }
    }

    /** The attorney finished the review, recommending a campaign or not. */
    record ReviewCompleted(boolean recommendCampaign) implements StepDecision {
        public String summary() {
            return StepOutcome.of(recommendCampaign ? StepOutcome.Kind.CAMPAIGN_RECOMMENDED : StepOutcome.Kind.REVIEWED).kept();
        }
    }

    /** A supervisor approved or rejected linking the case to a campaign. */
    record CampaignDecided(boolean approved) implements StepDecision {
        public String summary() {
            return StepOutcome.of(approved ? StepOutcome.Kind.APPROVED : StepOutcome.Kind.REJECTED).kept();
        }
    }

    /** A supervisor closed the case with its outcome. */
    record CaseClosed(CaseOutcome outcome) implements StepDecision {
        public String summary() {
            return new StepOutcome(StepOutcome.Kind.CLOSED, outcome.name()).kept();
        }
    }

    /** A supervisor acknowledged a hold alert after acting on it. */
    record AlertAcknowledged() implements StepDecision {
        public String summary() {
            return StepOutcome.of(StepOutcome.Kind.ACKNOWLEDGED).kept();
        }
    }
}
