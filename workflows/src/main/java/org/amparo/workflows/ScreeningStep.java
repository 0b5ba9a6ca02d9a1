package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.CaseProcessSteps;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The screening service task ({@code ${screeningStep}}): screens the case and writes back the flags the process routes on. */
@Named("screeningStep")
@ApplicationScoped
public class ScreeningStep implements JavaDelegate {

    @Inject
    CaseProcessSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        Variables.setOnProcess(execution, steps.screen(Variables.caseId(execution)).toVariables());
    }
}
