package org.amparo.rules.detainer;

/**
 * The ICE administrative warrant recorded as accompanying a detainer (SCREENING.md v1.1 {@code detainer.accompaniedBy}).
 * Since ICE's detainer policy of 2 April 2017 every detainer must come with one; neither is a judicial warrant.
 */
public enum AdministrativeWarrant {
    /** Warrant for Arrest of Alien. */
    I_200,
    /** Warrant of Removal/Deportation. */
    I_205,
    /** Known to have come without an administrative warrant. */
    NONE
}
