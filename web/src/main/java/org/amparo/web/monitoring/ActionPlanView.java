package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.campaigns.application.ActionPlan;
import org.amparo.campaigns.application.CampaignActionPlan;
import org.amparo.security.application.AccountOption;
import org.amparo.security.domain.Roles;
import org.amparo.web.SectionChange;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plan of action of a jurisdiction's campaign, on its page: read by everyone but staff, planned by those who run
 * campaigns, a step marked done by its owner or by them. The campaign is the page's ({@link CampaignPlanView}).
 */
@Named
@ViewScoped
public class ActionPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("title", "stepTitle", "owner", "stepOwner", "dueOn", "stepDueOn",
            "doneOn", "stepTitle");

    @EJB
    CampaignActionPlan service;

    @Inject
    CampaignPlanView campaign;

    private ActionPlan plan;
    private List<AccountOption> owners;

    private String title;
    private String owner;
    private LocalDate dueOn;

    /** The campaign's plan; null without a campaign. */
    public ActionPlan getPlan() {
        Long id = campaign.getPlan() == null ? null : campaign.getPlan().campaignId();
        if (plan == null && id != null) {
            plan = service.of(id);
        }
        return plan;
    }

    /** Who a step may be given to. */
    public List<AccountOption> getOwners() {
        if (owners == null) {
            owners = service.owners();
        }
        return owners;
    }

    public void addStep() {
        if (SectionChange.attempt("stepForm", INPUTS, "stepTitle", () -> plan = null,
                () -> service.addStep(getPlan().campaignId(), new ActionPlan.NewStep(title, owner, dueOn)))) {
            title = null;
            owner = null;
            dueOn = null;
        }
    }

    public void markDone(ActionPlan.Step step) {
        SectionChange.attempt("stepForm", INPUTS, "stepTitle", () -> plan = null,
                () -> service.markDone(getPlan().campaignId(), step.id()));
    }

    public void removeStep(ActionPlan.Step step) {
        SectionChange.attempt("stepForm", INPUTS, "stepTitle", () -> plan = null,
                () -> service.removeStep(getPlan().campaignId(), step.id()));
    }

    /** Supervisors and admins plan the campaign's steps. */
    public boolean isMayChange() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    /** Everyone but staff reads the plan (its owners are the organisation's people). */
    public boolean isMayRead() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.CASEWORKER) || external.isUserInRole(Roles.ATTORNEY)
                || external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
