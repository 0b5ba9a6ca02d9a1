package org.amparo.campaigns.domain;

/** How an outcome went for the campaign. */
public enum OutcomeResult {
    WON, PARTLY_WON, LOST
}
