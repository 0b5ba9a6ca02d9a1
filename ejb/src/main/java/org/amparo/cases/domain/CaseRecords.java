package org.amparo.cases.domain;

import java.util.Optional;

/** Notes and scanned documents kept on cases: records added to a case, not facts the screening reads. */
public interface CaseRecords {

    /** Stores a new note and gives it its id. */
    void add(CaseNote note);

    /** Stores a new document's record (its bytes are in the document store) and gives it its id. */
    void add(CaseDocument document);

    /** The document, if it belongs to the case. */
    Optional<CaseDocument> document(long caseId, long documentId);

    void remove(CaseDocument document);
}
