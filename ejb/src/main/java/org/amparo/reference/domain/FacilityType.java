package org.amparo.reference.domain;

/** What kind of place holds people. */
public enum FacilityType {
    LOCAL_JAIL, STATE_PRISON, ICE_DETENTION, OTHER
}
