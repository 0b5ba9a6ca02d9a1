package org.amparo.people.domain;

/** A family member's citizenship, as far as relief is concerned: US-citizen children matter most. */
public enum Citizenship {
    US_CITIZEN, LPR, OTHER, UNKNOWN
}
