package org.amparo.monitoring.application;

import org.amparo.monitoring.domain.ChecklistGroup;
import org.amparo.monitoring.domain.ChecklistState;
import org.amparo.monitoring.domain.EvidenceKind;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A jurisdiction's monitoring checklist: every item in the toolkit's groups and order (the organisation's own after
 * each group's), with its state there.
 *
 * @param items each item once; an item nobody spoke of is {@link ChecklistState#UNKNOWN}
 */
public record JurisdictionChecklist(long jurisdictionId, String jurisdictionName, List<Item> items) implements Serializable {

    /**
     * One item in the jurisdiction.
     *
     * @param wording      the toolkit's English wording (or the organisation's own)
     * @param wordingEs    the Spanish wording
     * @param followsCases whether case findings keep this item current
     * @param bySystem     whether the system (case findings) set the state last, not a person
     * @param setBy        who set it last: a user name, or "system"; null when nobody has
     * @param evidenceCount every piece of evidence, also those the caller may not open
     * @param caseIds      the cases that are evidence and the caller may open; null for callers who see no cases (staff)
     * @param evidence     every piece of evidence by kind and id; null for callers who see no cases (staff)
     * @param answers      the meeting answers that are evidence; null for callers who see no cases (staff, who do not read
     *                     meetings either)
     * @param documents    the documents that are evidence, of cases the caller may open; null for callers who see no
     *                     cases (staff)
     */
    public record Item(String key, ChecklistGroup group, int position, String wording, String wordingEs, boolean custom,
                       boolean followsCases, ChecklistState state, LocalDate observedOn, String source, boolean bySystem,
                       String setBy, Instant setAt, int evidenceCount, List<Long> caseIds,
                       List<EvidenceLine> evidence, List<AnswerLine> answers, List<DocumentLine> documents) implements Serializable {
    }

    /** A document of a case as evidence of an item: its id, its case, its file name and description. */
    public record DocumentLine(long id, long caseId, String fileName, String description) implements Serializable {
    }

    /**
     * An answer given at a meeting of the jurisdiction's campaign with law enforcement, as evidence of an item: the day
     * of the meeting, the question (from the toolkit's bank, or the organisation's own) and what was answered.
     */
    public record AnswerLine(long id, LocalDate heldOn, org.amparo.campaigns.domain.MeetingQuestion question, String ownQuestion,
                             String answer) implements Serializable {
    }

    /** A piece of evidence: its kind, its id, and whether the system keeps it from case findings. */
    public record EvidenceLine(EvidenceKind kind, long id, boolean derived) implements Serializable {
    }
}
