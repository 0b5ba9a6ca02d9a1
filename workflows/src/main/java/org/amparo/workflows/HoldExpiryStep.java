package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.ProcessCallbacks;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** At a hold's expiry ({@code ${holdExpiryStep}}): screens again and tells the process whether the person is still held. */
@Named("holdExpiryStep")
@ApplicationScoped
public class HoldExpiryStep implements JavaDelegate {

    @Inject
    ProcessCallbacks steps;

    @Override
    public void execute(DelegateExecution execution) {
        Variables.setOnProcess(execution, Variables.of(steps.holdExpired(Variables.caseId(execution))));
    }
}
