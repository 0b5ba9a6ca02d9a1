package org.amparo.cases.domain;

import jakarta.ejb.ApplicationException;

/**
 * The case exists but is outside the caller's access ({@link CaseScope}): the answer is 403, and the caller may break
 * the glass (give a reason) to open it for a while.
 */
@ApplicationException(rollback = true)
public class CaseAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long caseId;

    public CaseAccessDeniedException(long caseId) {
        super("Case " + caseId + " is not one of the caller's cases");
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
