package org.amparo.cases.application;

/**
 * The columns a case list can be sorted by. Dates of birth and A-numbers are encrypted at rest, so the database cannot
 * order by them: they are not offered (and sorting by identifying fields re-identified people in de-identified lists).
 */
public enum CaseSortField {
    ID, FAMILY_NAME, FACILITY, STATUS, WORKFLOW_STEP, CASEWORKER, OPENED_AT, PRIORITY, HOLD_EXPIRES_AT
}
