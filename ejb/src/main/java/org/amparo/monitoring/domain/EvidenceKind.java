package org.amparo.monitoring.domain;

/**
 * What a piece of evidence for a checklist item is: a case, a document, an answer given at a meeting with law
 * enforcement, a hotline report. Each is kept as its kind and id, so evidence of kinds added later needs no new table.
 */
public enum EvidenceKind {
    CASE, DOCUMENT, MEETING_ANSWER, HOTLINE_REPORT
}
