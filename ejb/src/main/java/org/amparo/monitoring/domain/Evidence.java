package org.amparo.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/**
 * One piece of evidence for a checklist item: its kind and the id of the thing. {@code derived} marks the evidence the
 * system keeps from case findings and verified hotline reports (it comes and goes with them); the rest was given by a
 * person and stays.
 */
@Embeddable
public record Evidence(
        @Enumerated(EnumType.STRING) @Column(name = "kind", length = 20, nullable = false) EvidenceKind kind,
        @Column(name = "ref_id", nullable = false) long refId,
        @Column(name = "derived", nullable = false) boolean derived) implements Serializable {

    public static Evidence derivedCase(long caseId) {
        return new Evidence(EvidenceKind.CASE, caseId, true);
    }

    public static Evidence derivedReport(long reportId) {
        return new Evidence(EvidenceKind.HOTLINE_REPORT, reportId, true);
    }

    public static Evidence givenCase(long caseId) {
        return new Evidence(EvidenceKind.CASE, caseId, false);
    }

    /** A document of a case (a detainer form, a records-request answer), which a person named as evidence. */
    public static Evidence givenDocument(long documentId) {
        return new Evidence(EvidenceKind.DOCUMENT, documentId, false);
    }

    /** An answer given at a meeting with law enforcement, which a person named as evidence ("yes, we hold people"). */
    public static Evidence givenAnswer(long answerId) {
        return new Evidence(EvidenceKind.MEETING_ANSWER, answerId, false);
    }
}
