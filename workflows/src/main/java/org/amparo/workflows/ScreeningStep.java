package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.ProcessCallbacks;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The screening service task ({@code ${screeningStep}}): screens the case and writes back the flags the process routes on. */
@Named("screeningStep")
@ApplicationScoped
public class ScreeningStep implements JavaDelegate {

    static final String AFTER_INTAKE = "screening";

    @Inject
    ProcessCallbacks steps;

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = Variables.caseId(execution);
        // After intake the facts screening needs are required; a new ICE request is screened with what is known.
        var facts = AFTER_INTAKE.equals(execution.getCurrentActivityId()) ? steps.screenAfterIntake(caseId) : steps.screen(caseId);
        Variables.setOnProcess(execution, Variables.of(facts));
    }
}
