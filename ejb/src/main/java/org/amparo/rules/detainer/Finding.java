package org.amparo.rules.detainer;

/**
 * Findings on an ICE document (DOMAIN.md section 2), each a flag on the case. Every finding calls for an attorney
 * or a campaign to act.
 */
public enum Finding {
    /** Still held after the hold expired: unlawful detention, the most urgent alert. */
    HELD_PAST_EXPIRY,
    /** Still held after the scheduled release on a detainer that asks no hold (an I-247N): nothing covers it. */
    HELD_WITHOUT_HOLD_REQUEST,
    /** The document is a warrant, order or summons, not a detainer: no lawful basis for a local jail to hold. */
    NOT_A_DETAINER,
    /** A custody request on a person the rule set in force on the day of issue does not let ICE target. */
    NON_PRIORITY_TARGET,
    /** A detainer issued on or after 2017-04-02 without an I-200 or I-205 (ICE's detainer policy of that day). */
    NO_ADMINISTRATIVE_WARRANT,
    /** A detainer issued while only charges were pending and no earlier conviction made a priority. */
    PRE_CONVICTION,
    /** The person never received a copy of the detainer. */
    NO_NOTICE_TO_PERSON,
    /** The jail honoured a hold or notified ICE although its jurisdiction's policy forbids it. */
    POLICY_CONFLICT,
    BAIL_DENIED_FOR_STATUS,
    DIVERSION_DENIED,
    CUSTODY_CLASSIFICATION_RAISED,
    ICE_PICKUP_BEFORE_CASE_ENDED,
    MISSED_COURT_DATE_IN_ICE_CUSTODY,
    PROBATION_REPORTS_TO_ICE;

    /** The findings that show a practice worth a campaign (DOMAIN.md section 7): the one list of them. */
    private static final java.util.Set<Finding> CAMPAIGN = java.util.EnumSet.of(NON_PRIORITY_TARGET, POLICY_CONFLICT,
            HELD_PAST_EXPIRY);

    /** Whether this finding shows a practice worth a campaign, so the case process offers an escalation. */
    public boolean callsForCampaign() {
        return CAMPAIGN.contains(this);
    }

    /** The findings that call for a campaign, in declaration order. */
    public static java.util.List<Finding> campaignFindings() {
        return java.util.List.copyOf(CAMPAIGN);
    }

    public static Finding of(Interference interference) {
        return valueOf(interference.name());
    }
}
