package org.amparo.reference.domain;

/** A jurisdiction's policy on ICE detainers, after the toolkit's map key (SCREENING.md {@code jurisdictionPolicy}). */
public enum DetainerPolicy {
    NONE,
    STATE_NO_HOLDS,
    LOCAL_NO_HOLDS,
    NO_HOLDS_NO_NOTIFICATION,
    NO_HOLDS_NO_ACCESS,
    NO_HOLDS_NO_ACCESS_NO_NOTIFICATION;

    /** True when the policy forbids honouring a hold request. */
    public boolean forbidsHolds() {
        return this != NONE;
    }

    /** True when the policy forbids telling ICE of a release. */
    public boolean forbidsNotification() {
        return this == NO_HOLDS_NO_NOTIFICATION || this == NO_HOLDS_NO_ACCESS_NO_NOTIFICATION;
    }
}
