package org.amparo.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignStep;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.platform.ServerZone;
import org.amparo.security.application.AccountOption;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's plan of action (issue 14 item 3): steps with an owner and a due day. Caseworkers, attorneys, supervisors
 * and admins read it; supervisors and admins, who run campaigns, plan and remove steps; a step is marked done by its
 * owner or by them. An owner is an active account of one of those roles. Every change is audited with ids only and
 * kept as a revision.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CampaignActionPlan {

    /** At most this many steps in one campaign's plan. */
    static final int MAX = 200;

    private static final List<String> OWNER_ROLES = List.of(Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN);

    @Inject
    Campaigns campaigns;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    CampaignWorkflow workflow;

    @Resource
    SessionContext session;

    /** @throws NotFoundException when there is no such campaign */
    public ActionPlan of(long campaignId) {
        campaign(campaignId);
        LocalDate today = today();
        Map<String, String> names = new LinkedHashMap<>();
        owners().forEach(o -> names.put(o.username(), o.displayName()));
        boolean runs = runsCampaigns();
        String me = me();
        return new ActionPlan(campaignId, campaigns.steps(campaignId).stream().map(s -> new ActionPlan.Step(s.getId(), s.getTitle(),
                s.getOwner(), names.getOrDefault(s.getOwner(), s.getOwner()), s.getDueOn(), s.getDoneOn(), s.getDoneBy(),
                s.overdue(today), s.getDoneOn() == null && (runs || s.getOwner().equals(me)))).toList());
    }

    /** Who a step may be given to: the active accounts that work on campaigns, by display name. */
    public List<AccountOption> owners() {
        Map<String, AccountOption> found = new LinkedHashMap<>();
        for (String role : OWNER_ROLES) {
            accounts.activeWithRole(role).forEach(a -> found.putIfAbsent(a.username(), new AccountOption(a.username(), a.displayName())));
        }
        return found.values().stream().sorted(Comparator.comparing(AccountOption::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** @throws org.amparo.shared.domain.InvalidInputException on {@code title}, {@code owner} or {@code dueOn} */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ActionPlan addStep(long campaignId, ActionPlan.NewStep form) {
        campaign(campaignId).requireRunning("title");
        ActionPlan.NewStep f = form == null ? new ActionPlan.NewStep(null, null, null) : form;
        if (f.owner() != null && !f.owner().isBlank() && OWNER_ROLES.stream().noneMatch(r -> accounts.isActive(f.owner().strip(), r))) {
            throw validation.invalid("owner", "amparo.validation.notActiveAccount");
        }
        if (campaigns.steps(campaignId).size() >= MAX) {
            throw validation.invalid("title", "amparo.validation.tooMany", MAX);
        }
        CampaignStep step = new CampaignStep(campaignId, f.title(), f.owner(), f.dueOn(), today(), me(), clock.instant());
        campaigns.add(step);
        workflow.stepPlanned(step);
        audit.record("campaign.stepAdded", "Campaign", campaignId, "step=" + step.getId());
        return of(campaignId);
    }

    /**
     * Marks a step done today, and completes its task in the campaign's process (from the plan or from the inbox: this
     * one use case).
     *
     * @throws NotFoundException when the campaign has no such step
     * @throws EJBAccessException when the reader neither owns the step nor runs campaigns
     * @throws org.amparo.shared.domain.InvalidInputException on {@code doneOn} when it is done already
     */
    public ActionPlan markDone(long campaignId, long stepId) {
        CampaignStep step = step(campaignId, stepId);
        if (!runsCampaigns() && !step.getOwner().equals(me())) {
            throw new EJBAccessException("Only the step's owner or a supervisor marks it done");
        }
        step.done(today(), me(), clock.instant());
        workflow.stepDone(step, me());
        audit.record("campaign.stepDone", "Campaign", campaignId, "step=" + stepId);
        return of(campaignId);
    }

    /** @throws NotFoundException when the campaign has no such step */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ActionPlan removeStep(long campaignId, long stepId) {
        CampaignStep step = step(campaignId, stepId);
        campaigns.remove(step);
        workflow.stepRemoved(step);
        audit.record("campaign.stepRemoved", "Campaign", campaignId, "step=" + stepId);
        return of(campaignId);
    }

    private CampaignStep step(long campaignId, long stepId) {
        return campaigns.step(stepId).filter(s -> s.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign step", stepId));
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private boolean runsCampaigns() {
        return session.isCallerInRole(Roles.SUPERVISOR) || session.isCallerInRole(Roles.ADMIN);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ServerZone.get());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
