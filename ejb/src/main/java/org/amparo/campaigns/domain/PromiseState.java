package org.amparo.campaigns.domain;

/** Whether a promise made at a meeting was kept. */
public enum PromiseState {
    OPEN,
    KEPT,
    BROKEN
}
