package org.amparo.reference.domain;

/** The level of government a jurisdiction is. */
public enum JurisdictionLevel {
    STATE, COUNTY, CITY
}
