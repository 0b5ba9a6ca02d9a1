package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.ProcessCallbacks;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.engine.delegate.TaskListener;

/** When a task is created, tells the case which step it now waits in (BPMN: {@code ${caseStepListener}}). */
@Named("caseStepListener")
@ApplicationScoped
public class CaseStepListener implements TaskListener {

    @Inject
    ProcessCallbacks progress;

    @Override
    public void notify(DelegateTask task) {
        progress.enteredStep(Variables.caseId(task), Steps.of(task.getTaskDefinitionKey()));
    }
}
