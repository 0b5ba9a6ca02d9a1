package org.amparo.cases.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.domain.CaseFinding;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.rules.detainer.Finding;

/**
 * The facts of a case the process routes on, as process variables: flags and dates, never personal data.
 *
 * @param hasActiveDetainer   an unlifted detainer asks for a hold: the case needs an ICE-hold check
 * @param hasActiveHold       the person is held on such a hold and its expiry is known: the hold watch runs
 * @param holdExpiresAt       the next expiry of an active hold
 * @param holdWarningAt       when supervisors are warned if no attorney has the case yet
 * @param escalationCalledFor the findings show a practice worth a campaign (DOMAIN.md section 7)
 * @param stillHeld           the person is still in the facility's custody
 */
public record ProcessFacts(boolean hasActiveDetainer, boolean hasActiveHold, Instant holdExpiresAt,
                           Instant holdWarningAt, boolean escalationCalledFor, boolean stillHeld) {

    /** How long before a hold's expiry supervisors are warned: {@code amparo.hold.warning.hours}, default 12. */
    public static Duration warningLeadTime() {
        String hours = System.getProperty("amparo.hold.warning.hours", System.getenv("AMPARO_HOLD_WARNING_HOURS"));
        try {
            return Duration.ofHours(hours == null || hours.isBlank() ? 12 : Long.parseLong(hours.trim()));
        } catch (NumberFormatException e) {
            return Duration.ofHours(12);
        }
    }

    /** Findings that show a practice worth a campaign (DOMAIN.md section 7). */
    static final Set<Finding> CAMPAIGN_FINDINGS = EnumSet.of(Finding.POLICY_CONFLICT, Finding.NON_PRIORITY_TARGET,
            Finding.HELD_PAST_EXPIRY);

    /** The process facts of a case as it stands (after its last screening). */
    public static ProcessFacts of(DetentionCase c) {
        Instant expiry = c.getHoldExpiresAt();
        boolean activeHold = c.isStillHeld() && expiry != null;
        boolean escalation = c.getFindings().stream().map(CaseFinding::finding).anyMatch(CAMPAIGN_FINDINGS::contains);
        return new ProcessFacts(c.hasActiveHoldRequest(), activeHold, activeHold ? expiry : null,
                activeHold ? expiry.minus(warningLeadTime()) : null, escalation, c.isStillHeld());
    }

    public Map<String, Object> toVariables() {
        Map<String, Object> v = new HashMap<>();
        v.put(Variables.HAS_ACTIVE_DETAINER, hasActiveDetainer);
        v.put(Variables.HAS_ACTIVE_HOLD, hasActiveHold);
        v.put(Variables.HOLD_EXPIRES_AT, holdExpiresAt == null ? null : Date.from(holdExpiresAt));
        v.put(Variables.HOLD_WARNING_AT, holdWarningAt == null ? null : Date.from(holdWarningAt));
        v.put(Variables.ESCALATION_CALLED_FOR, escalationCalledFor);
        v.put(Variables.STILL_HELD, stillHeld);
        return v;
    }

    /** The names of the process variables the application reads and writes. */
    public static final class Variables {
        public static final String HAS_ACTIVE_DETAINER = "hasActiveDetainer";
        public static final String HAS_ACTIVE_HOLD = "hasActiveHold";
        public static final String HOLD_EXPIRES_AT = "holdExpiresAt";
        public static final String HOLD_WARNING_AT = "holdWarningAt";
        public static final String ESCALATION_CALLED_FOR = "escalationCalledFor";
        public static final String STILL_HELD = "stillHeld";
        public static final String ATTORNEY = "attorney";
        public static final String ATTORNEY_ACCEPTED = "attorneyAccepted";
        public static final String REVIEW_DUE = "reviewDue";
        public static final String RECOMMEND_CAMPAIGN = "recommendCampaign";
        public static final String CAMPAIGN_APPROVED = "campaignApproved";
        public static final String OUTCOME = "outcome";

        private Variables() {
        }

        /** The decisions every case starts without. */
        public static Map<String, Object> initial() {
            Map<String, Object> v = new HashMap<>();
            v.put(ATTORNEY, null);
            v.put(ATTORNEY_ACCEPTED, false);
            v.put(REVIEW_DUE, null);
            v.put(RECOMMEND_CAMPAIGN, false);
            v.put(CAMPAIGN_APPROVED, false);
            return v;
        }
    }
}
