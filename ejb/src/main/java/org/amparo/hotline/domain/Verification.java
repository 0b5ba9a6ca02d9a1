package org.amparo.hotline.domain;

/**
 * Whether a report has been checked. False raid alerts hurt communities: a report is unverified until someone
 * checks it, and a false report never shows as current.
 */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    FALSE_REPORT
}
