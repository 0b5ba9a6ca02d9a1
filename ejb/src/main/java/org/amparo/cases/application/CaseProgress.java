package org.amparo.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;

/**
 * What the workflow tells the case: which step it now waits in. Called by workflow listeners inside the
 * transaction of the step that caused it, never by pages or the API (which is why it needs no role: timers
 * and other engine threads call it with no user signed in).
 */
@Stateless
@PermitAll
public class CaseProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The case now waits in the given step. */
    public void enteredStep(long caseId, String step) {
        DetentionCase detentionCase = em.find(DetentionCase.class, caseId);
        if (detentionCase == null) {
            throw new NotFoundException("Case", caseId);
        }
        detentionCase.moveToStep(step, Instant.now(clock));
    }

    /** The process ended: the case is closed with the outcome its closing step recorded. */
    public void closed(long caseId, CaseOutcome outcome) {
        DetentionCase detentionCase = em.find(DetentionCase.class, caseId);
        if (detentionCase == null) {
            throw new NotFoundException("Case", caseId);
        }
        detentionCase.close(outcome, Instant.now(clock));
    }
}
