package org.amparo.people.domain;

/** Offense categories the screening rules distinguish (SCREENING.md {@code category}). */
public enum OffenseCategory {
    DUI, DOMESTIC_VIOLENCE, FIREARM, DRUG_SALE, SEXUAL_ABUSE, BURGLARY, DRUG_POSSESSION,
    THEFT, ASSAULT, MINOR_TRAFFIC, IMMIGRATION, OTHER
}
