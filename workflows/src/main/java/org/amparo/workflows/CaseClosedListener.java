package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.ProcessCallbacks;
import org.amparo.cases.domain.CaseOutcome;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;

/** At the end of the process, closes the case with the outcome the supervisor chose (BPMN: {@code ${caseClosedListener}}). */
@Named("caseClosedListener")
@ApplicationScoped
public class CaseClosedListener implements ExecutionListener {

    @Inject
    ProcessCallbacks progress;

    @Override
    public void notify(DelegateExecution execution) {
        Object outcome = execution.getVariable(Variables.OUTCOME);
        progress.closed(Variables.caseId(execution), CaseOutcome.valueOf(String.valueOf(outcome)));
    }
}
