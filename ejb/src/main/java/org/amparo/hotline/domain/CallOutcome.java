package org.amparo.hotline.domain;

/** What came of a call. Many calls lead to no case and no report, and still count. */
public enum CallOutcome {
    CASE_OPENED,
    CASE_UPDATED,
    REPORT_FILED,
    REFERRED_ELSEWHERE,
    INFORMATION_GIVEN,
    CALL_BACK_NEEDED,
    CALL_DROPPED
}
