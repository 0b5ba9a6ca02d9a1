package org.amparo.filters.domain;

/** The lists a person can save filters of. */
public enum FilterPage {
    /** The case list. */
    CASES,
    /** The task inbox. */
    TASKS
}
