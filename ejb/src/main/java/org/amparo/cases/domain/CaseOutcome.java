package org.amparo.cases.domain;

/** How a case ended (DOMAIN.md section 8). */
public enum CaseOutcome {
    RELEASED, TRANSFERRED_TO_ICE, BOND_GRANTED, RELIEF_GRANTED, REMOVAL_ORDERED, REMOVED, CASE_WON_OR_STAY, LOST_CONTACT
}
