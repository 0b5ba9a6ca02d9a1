package org.amparo.rules.detainer;

/**
 * Ways ICE interfered with the person's criminal case (DOMAIN.md section 2, "ICE INTERFERENCE WITH CRIMINAL JUSTICE
 * SYSTEM"). A caseworker records them; each becomes a finding of the same name.
 */
public enum Interference {
    BAIL_DENIED_FOR_STATUS,
    DIVERSION_DENIED,
    CUSTODY_CLASSIFICATION_RAISED,
    ICE_PICKUP_BEFORE_CASE_ENDED,
    MISSED_COURT_DATE_IN_ICE_CUSTODY,
    PROBATION_REPORTS_TO_ICE
}
