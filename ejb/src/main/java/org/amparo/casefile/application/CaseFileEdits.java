package org.amparo.casefile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;

/**
 * What every case-file use case does first: find the case (refusing a closed one where facts would change), and
 * refuse a form edited from an older version of a record than the one on file, saying what changed since.
 */
@ApplicationScoped
class CaseFileEdits {

    @Inject
    DetentionCases cases;

    @Inject
    AuditedChanges changes;

    @Inject
    org.amparo.cases.application.CaseAccess access;

    /** A case whose facts are about to change: it must exist and be open. */
    DetentionCase open(long caseId) {
        DetentionCase c = load(caseId);
        c.requireOpen();
        return c;
    }

    /** The case, if the caller may work it ({@link org.amparo.cases.application.CaseAccess#require}). */
    DetentionCase load(long caseId) {
        access.require(caseId);
        return cases.require(caseId);
    }

    /** Refuses a save made from an older version of the record, naming what somebody else changed since. */
    void requireVersion(Class<?> type, Object id, int current, int expected, String record) {
        changes.requireVersion(type, id, current, expected, record);
    }
}
