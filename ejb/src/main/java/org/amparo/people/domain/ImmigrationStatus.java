package org.amparo.people.domain;

/** A person's current immigration status as the family or the person reports it (SCREENING.md {@code immigrationStatus}). */
public enum ImmigrationStatus {
    UNDOCUMENTED, LPR, DACA, VISA, TPS, ASYLUM_PENDING, CITIZEN, UNKNOWN
}
