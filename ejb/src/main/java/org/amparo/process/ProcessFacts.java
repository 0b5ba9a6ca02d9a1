package org.amparo.process;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.amparo.cases.domain.CaseFinding;
import org.amparo.cases.domain.DetentionCase;

/**
 * The facts of a case the process routes on: flags and instants, never personal data. The adapter keeps them as
 * process variables.
 *
 * @param hasActiveDetainer   an unlifted detainer asks for a hold: the case needs an ICE-hold check
 * @param hasActiveHold       the person is held on such a hold and its expiry is known: the hold watch runs
 * @param holdExpiresAt       the next expiry of an active hold
 * @param holdWarningAt       when supervisors are warned if no attorney has the case yet
 * @param escalationCalledFor the findings show a practice worth a campaign (DOMAIN.md section 7)
 * @param stillHeld           the person is still in the facility's custody
 */
public record ProcessFacts(boolean hasActiveDetainer, boolean hasActiveHold, Instant holdExpiresAt,
                           Instant holdWarningAt, boolean escalationCalledFor, boolean stillHeld) implements Serializable {

    /** How long before a hold's expiry supervisors are warned: {@code amparo.hold.warning.hours}, default 12. */
    public static Duration warningLeadTime() {
        String hours = System.getProperty("amparo.hold.warning.hours", System.getenv("AMPARO_HOLD_WARNING_HOURS"));
        try {
            return Duration.ofHours(hours == null || hours.isBlank() ? 12 : Long.parseLong(hours.trim()));
        } catch (NumberFormatException e) {
            return Duration.ofHours(12);
        }
    }

    /** The process facts of a case as it stands (after its last screening). */
    public static ProcessFacts of(DetentionCase c) {
        Instant expiry = c.getHoldExpiresAt();
        boolean activeHold = c.isStillHeld() && expiry != null;
        boolean escalation = c.getFindings().stream().map(CaseFinding::finding).anyMatch(f -> f.callsForCampaign());
        return new ProcessFacts(c.hasActiveHoldRequest(), activeHold, activeHold ? expiry : null,
                activeHold ? expiry.minus(warningLeadTime()) : null, escalation, c.isStillHeld());
    }
}
