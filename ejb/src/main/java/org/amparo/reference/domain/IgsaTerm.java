package org.amparo.reference.domain;

/** How long an IGSA contract lets ICE keep a person in the facility. */
public enum IgsaTerm {
    HOURS_72, LONG_TERM
}
