package org.amparo.cases.application;

/** The columns a case list can be sorted by. */
public enum CaseSortField {
    ID, FAMILY_NAME, DATE_OF_BIRTH, A_NUMBER, FACILITY, STATUS, WORKFLOW_STEP, CASEWORKER, OPENED_AT, PRIORITY, HOLD_EXPIRES_AT
}
