package org.amparo.cases.application;

/** The saved filters of the case list: one click for what caseworkers ask for all day. */
public enum CaseListPreset {
    /** Cases whose caseworker or attorney is the caller. */
    MY_CASES,
    /** Open cases whose ICE hold expires within the next 48 hours or has already expired: soonest first. */
    HOLD_EXPIRING,
    /** Open cases no attorney has been assigned to yet. */
    UNASSIGNED
}
