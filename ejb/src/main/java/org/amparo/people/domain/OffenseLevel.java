package org.amparo.people.domain;

/** The level of a charge or conviction (SCREENING.md {@code level}). */
public enum OffenseLevel {
    FELONY, MISDEMEANOR, INFRACTION
}
