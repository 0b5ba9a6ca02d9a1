package org.amparo.campaigns.domain;

/** Where a campaign's ask stands with its targets. */
public enum AskStatus {
    NOT_RAISED,
    RAISED,
    PROMISED,
    WON,
    LOST;

    /** Promised, won or lost: the target has answered. */
    public boolean decided() {
        return this == PROMISED || this == WON || this == LOST;
    }
}
