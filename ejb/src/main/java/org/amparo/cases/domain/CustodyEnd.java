package org.amparo.cases.domain;

/** How the person left the facility's custody. */
public enum CustodyEnd {
    RELEASED, TRANSFERRED_TO_ICE, TRANSFERRED
}
