package org.amparo.jobs.domain;

/** What a background job does. A new kind of background work (a report, a reminder run) is a new value here. */
public enum JobKind {
    /** The case list as a workbook, identified or de-identified. */
    CASE_EXPORT,
    /** Cases from a jail roster or a hotline sheet, in one transaction. */
    ROSTER_IMPORT,
    /** Identifiers and notes rewritten under the current data key (after a rotation, or values from before encryption). */
    REENCRYPTION
}
