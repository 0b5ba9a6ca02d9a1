package org.amparo.campaigns.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.amparo.security.domain.Roles;

import java.util.logging.Logger;

/**
 * At start-up, gives every campaign that has no process one (issue 14 item 3): campaigns from before the campaign
 * process, and the demo campaign, which the demo data writes as plain records. Each gets a task for each open step and
 * promise and the wait for its next meeting; a campaign whose process runs is left alone, so a restart starts nothing
 * twice. After the demo data, in one transaction; the count goes to the log (no names).
 */
@Singleton
@Startup
@DependsOn("DemoSetup")
@RunAs(Roles.SYSTEM)
public class CampaignProcessStart {

    private static final Logger LOG = Logger.getLogger(CampaignProcessStart.class.getName());

    @Inject
    CampaignWorkflow workflow;

    @PostConstruct
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
    void startMissing() {
        int started = workflow.startMissing();
        if (started > 0) {
            LOG.info(() -> "Campaign processes started for " + started + " campaigns that had none");
        }
    }
}
