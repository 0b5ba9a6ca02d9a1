package org.amparo.process;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a case waits in, where a person must act (DOMAIN.md section 8): the main path in its order, then the hold
 * alerts beside it. The workflows module maps them to the process's activities; nothing else knows those ids.
 */
public enum CaseStep {
    INTAKE,
    ICE_HOLD_CHECK,
    /** An ICE-hold check for a request that arrived after the first check. */
    ICE_HOLD_RECHECK,
    ATTORNEY_REFERRAL,
    ATTORNEY_RESPONSE,
    ATTORNEY_REVIEW,
    CAMPAIGN_APPROVAL,
    CLOSURE,
    /** Supervisors' alert: a hold expires soon and no attorney has the case. */
    HOLD_EXPIRES_SOON,
    /** Supervisors' alert: the person is held past the hold's expiry. */
    HELD_PAST_EXPIRY;

    private static final Set<CaseStep> HOLD_ALERTS = EnumSet.of(HOLD_EXPIRES_SOON, HELD_PAST_EXPIRY);
    private static final Set<CaseStep> HOLD_CHECKS = EnumSet.of(ICE_HOLD_CHECK, ICE_HOLD_RECHECK);
    private static final Set<CaseStep> WITH_AN_ATTORNEY = EnumSet.of(ATTORNEY_REVIEW, CAMPAIGN_APPROVAL, CLOSURE);

    /** The alerts supervisors acknowledge, which run beside the main path. */
    public boolean isHoldAlert() {
        return HOLD_ALERTS.contains(this);
    }

    /** A step of the main path, one after another (not an alert, not a check added by a later ICE document). */
    public boolean isMainPath() {
        return !isHoldAlert() && this != ICE_HOLD_RECHECK;
    }

    /** An ICE-hold check, first or later. */
    public boolean isHoldCheck() {
        return HOLD_CHECKS.contains(this);
    }

    /** The steps after an attorney accepted the referral. */
    public static Set<CaseStep> withAnAttorney() {
        return EnumSet.copyOf(WITH_AN_ATTORNEY);
    }
}
