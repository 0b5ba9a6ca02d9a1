package org.amparo.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;

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

    @Inject
    DetentionCases cases;

    @Inject
    Clock clock;

    /** The case now waits in the given step. */
    public void enteredStep(long caseId, org.amparo.process.CaseStep step) {
        DetentionCase detentionCase = cases.require(caseId);
        detentionCase.moveToStep(step, Instant.now(clock));
    }

    /** The process ended: the case is closed with the outcome its closing step recorded. */
    public void closed(long caseId, CaseOutcome outcome) {
        DetentionCase detentionCase = cases.require(caseId);
        detentionCase.close(outcome, Instant.now(clock));
    }
}
