package org.amparo.reference.domain;

/**
 * A jurisdiction's policy on ICE detainers, after the toolkit's map key (SCREENING.md {@code jurisdictionPolicy}),
 * with the values policies have grown since (DOMAIN.md section 5): conditional holds (judicial warrant only; listed
 * serious convictions only, as in TRUST-Act-style laws) and state laws that require honouring detainers (Texas SB 4 of
 * 2017, Florida SB 168 of 2019).
 */
public enum DetainerPolicy {
    NONE,
    STATE_NO_HOLDS,
    LOCAL_NO_HOLDS,
    NO_HOLDS_NO_NOTIFICATION,
    NO_HOLDS_NO_ACCESS,
    NO_HOLDS_NO_ACCESS_NO_NOTIFICATION,
    HOLDS_ONLY_WITH_JUDICIAL_WARRANT,
    HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS,
    STATE_REQUIRES_HONORING_DETAINERS;

    /** True when the policy forbids honouring any hold request, whatever the person's record or the warrant. */
    public boolean forbidsHolds() {
        return this == STATE_NO_HOLDS || this == LOCAL_NO_HOLDS || this == NO_HOLDS_NO_NOTIFICATION
                || this == NO_HOLDS_NO_ACCESS || this == NO_HOLDS_NO_ACCESS_NO_NOTIFICATION;
    }

    /** True when holds are allowed only with a judicial warrant (an ICE I-200 or I-205 is not one). */
    public boolean holdsOnlyWithJudicialWarrant() {
        return this == HOLDS_ONLY_WITH_JUDICIAL_WARRANT;
    }

    /** True when holds are allowed only for a felony or significant-misdemeanor conviction on or before the hold. */
    public boolean holdsOnlyForSeriousConvictions() {
        return this == HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS;
    }

    /** True when the policy forbids telling ICE of a release. */
    public boolean forbidsNotification() {
        return this == NO_HOLDS_NO_NOTIFICATION || this == NO_HOLDS_NO_ACCESS_NO_NOTIFICATION;
    }

    /** True when the policy forbids ICE access to the jail (interviews). */
    public boolean forbidsAccess() {
        return this == NO_HOLDS_NO_ACCESS || this == NO_HOLDS_NO_ACCESS_NO_NOTIFICATION;
    }

    /** True for a state law that requires honouring detainers: it overrides a lower layer's prohibition. */
    public boolean requiresHonoringDetainers() {
        return this == STATE_REQUIRES_HONORING_DETAINERS;
    }
}
