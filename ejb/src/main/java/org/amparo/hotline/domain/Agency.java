package org.amparo.hotline.domain;

/** The agencies a report says were involved. */
public enum Agency {
    LOCAL_POLICE,
    STATE_TROOPERS,
    SHERIFF,
    ICE,
    CBP,
    HSI,
    FBI_OR_DEA
}
