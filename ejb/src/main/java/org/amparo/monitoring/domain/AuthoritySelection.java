package org.amparo.monitoring.domain;

/** How an office's holder gets it: by the residents' vote, or named by another body. */
public enum AuthoritySelection {
    ELECTED,
    APPOINTED
}
