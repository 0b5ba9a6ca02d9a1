package org.amparo.cases.domain;

/** Where bail stands in the criminal case (denial because of status is an interference finding). */
public enum BailStatus {
    NONE_SET, SET, POSTED, DENIED, UNKNOWN
}
