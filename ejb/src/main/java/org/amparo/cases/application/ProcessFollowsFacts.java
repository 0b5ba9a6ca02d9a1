package org.amparo.cases.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.amparo.cases.domain.CaseChanged;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.cases.domain.event.CaseOpened;
import org.amparo.cases.domain.event.CustodyEnded;
import org.amparo.cases.domain.event.IceDocumentReceived;
import org.amparo.process.CaseProcess;
import org.amparo.process.ProcessFacts;

/**
 * The one consequence of a change on the case process, whichever page, API call, task form or import made it: a new
 * case starts its process; a new ICE document, an end of custody, a moved hold or other screened facts are told to the
 * running process through its typed port, after the case was screened again.
 */
@ApplicationScoped
public class ProcessFollowsFacts {

    @Inject
    DetentionCases cases;

    @Inject
    CaseProcess process;

    void on(@Observes @Priority(ScreeningFollowsFacts.ORDER + 100) CaseChanged changed) {
        DetentionCase c = cases.require(changed.caseId());
        if (changed.includes(CaseOpened.class)) {
            // Facts recorded before the case was first saved are part of its opening.
            c.attachWorkflow(process.start(c.getId(), ProcessFacts.of(c)));
            return;
        }
        if (c.getStatus() != CaseStatus.OPEN || c.getProcessInstanceId() == null || !changed.changesScreening()) {
            return;
        }
        ProcessFacts facts = ProcessFacts.of(c);
        boolean told = false;
        if (changed.includes(IceDocumentReceived.class)) {
            process.iceDocumentReceived(c.getId(), facts);
            told = true;
        }
        if (changed.includes(CustodyEnded.class)) {
            process.custodyEnded(c.getId(), facts);
            told = true;
        }
        if (!told) {
            if (changed.movesHold()) {
                process.holdChanged(c.getId(), facts);
            } else {
                process.factsChanged(c.getId(), facts);
            }
        }
    }
}
