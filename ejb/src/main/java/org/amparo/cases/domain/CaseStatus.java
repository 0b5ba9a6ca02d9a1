package org.amparo.cases.domain;

/** Whether anyone still has to act on a case. */
public enum CaseStatus {
    OPEN, CLOSED
}
