package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.ProcessCallbacks;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** After an approved escalation ({@code ${campaignLinkStep}}): links the case to its jurisdiction's campaign. */
@Named("campaignLinkStep")
@ApplicationScoped
public class CampaignLinkStep implements JavaDelegate {

    @Inject
    ProcessCallbacks steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.linkToCampaign(Variables.caseId(execution));
    }
}
