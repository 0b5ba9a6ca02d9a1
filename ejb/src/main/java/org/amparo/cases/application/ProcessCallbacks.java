package org.amparo.cases.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.process.ProcessFacts;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.rules.detainer.Finding;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the case process asks of the application, one use case each: its listeners report the step a case waits in and
 * its closing, its service tasks screen the case and link it to a campaign. Called only by the engine, inside the
 * transaction of the step that caused it, often from its own threads (timers) with nobody signed in: so they need no
 * role, and they return flags, never personal data.
 */
@Stateless
@PermitAll
public class ProcessCallbacks {

    /** Starts the process of a campaign an escalation creates. */
    @Inject
    org.amparo.campaigns.application.CampaignWorkflow campaignWorkflow;

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    @Inject
    DetentionCases cases;

    @Inject
    Campaigns campaigns;

    @Inject
    CaseScreening screening;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    /**
     * The screening step after intake: refuses a case without the facts screening needs (date of birth, immigration
     * status, facility), which rolls back the intake's completion with everything it changed.
     */
    public ProcessFacts screenAfterIntake(long caseId) {
        DetentionCase c = load(caseId);
        List<FieldError> missing = new ArrayList<>();
        if (c.getPerson().getDateOfBirth() == null) {
            missing.add(new FieldError("dateOfBirth", validation.message("amparo.validation.screeningNeeds")));
        }
        if (c.getPerson().getImmigrationStatus() == null) {
            missing.add(new FieldError("immigrationStatus", validation.message("amparo.validation.screeningNeeds")));
        }
        if (c.getFacility() == null) {
            missing.add(new FieldError("facilityId", validation.message("amparo.validation.screeningNeeds")));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return screen(caseId);
    }

    /** The screening step: screens the case and returns the facts the process routes on. */
    public ProcessFacts screen(long caseId) {
        screening.rescreen(caseId);
        return ProcessFacts.of(load(caseId));
    }

    /** At a hold's expiry: screens again (a person still held gets HELD_PAST_EXPIRY) and says whether they are held. */
    public ProcessFacts holdExpired(long caseId) {
        screening.rescreen(caseId);
        DetentionCase c = load(caseId);
        if (c.getFindings().stream().anyMatch(f -> f.finding() == Finding.HELD_PAST_EXPIRY)) {
            audit.record("case.heldPastExpiry", "DetentionCase", caseId, null);
        }
        return ProcessFacts.of(c);
    }

    /**
     * Links the case to its facility's jurisdiction's campaign, creating a minimal one when there is none; the case is
     * cited de-identified unless the person consented to go public.
     */
    public void linkToCampaign(long caseId) {
        DetentionCase c = load(caseId);
        if (c.getFacility() == null || c.getFacility().getJurisdiction() == null) {
            audit.record("case.campaignLinkSkipped", "DetentionCase", caseId, "no jurisdiction");
            return;
        }
        Jurisdiction jurisdiction = c.getFacility().getJurisdiction();
        Instant now = Instant.now(clock);
        Campaign campaign = campaigns.ofJurisdictionForStart(jurisdiction).orElseGet(() -> {
            Campaign created = Campaign.minimalFor(jurisdiction, approver(), now);
            campaigns.add(created);
            campaignWorkflow.started(created);
            audit.record("campaign.started", "Campaign", created.getId(), "jurisdiction=" + jurisdiction.getId() + " case=" + caseId);
            return created;
        });
        campaign.cite(caseId, c.getPerson().hasConsentedToPublicize(), now);
        audit.record("case.linkedToCampaign", "DetentionCase", caseId, "campaign=" + campaign.getId());
    }

    /**
     * Who approved the escalation: the supervisor who completed the step (the link runs in that call), or "workflow"
     * when nobody is signed in (a step the engine runs on its own).
     */
    private String approver() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? "workflow" : name;
    }

    /** The process facts of a case as it stands. */
    public ProcessFacts factsOf(long caseId) {
        return ProcessFacts.of(load(caseId));
    }

    /** The case now waits in the given step. */
    public void enteredStep(long caseId, org.amparo.process.CaseStep step) {
        load(caseId).moveToStep(step, Instant.now(clock));
    }

    /** The process ended: the case is closed with the outcome its closing step recorded. */
    public void closed(long caseId, org.amparo.cases.domain.CaseOutcome outcome) {
        load(caseId).close(outcome, Instant.now(clock));
    }

    private DetentionCase load(long caseId) {
        return cases.require(caseId);
    }
}
