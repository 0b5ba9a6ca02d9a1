package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.campaigns.application.CampaignPowerMap;
import org.amparo.campaigns.application.PowerMap;
import org.amparo.campaigns.domain.AllyType;
import org.amparo.campaigns.domain.TargetRank;
import org.amparo.security.domain.Roles;
import org.amparo.web.SectionChange;

import java.io.Serializable;
import java.util.Map;

/**
 * The targets and allies of a jurisdiction's campaign, on its page: read by every role, changed by those who run
 * campaigns. The campaign is the page's ({@link CampaignPlanView}); the rules are the domain's.
 */
@Named
@ViewScoped
public class PowerMapView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TARGET = Map.of("authorityId", "targetAuthority", "rank", "targetRank", "why", "targetWhy");
    private static final Map<String, String> ALLY = Map.of("type", "allyType", "name", "allyName", "contact", "allyContact",
            "notes", "allyNotes");

    @EJB
    CampaignPowerMap service;

    @Inject
    CampaignPlanView campaign;

    private PowerMap map;

    private Long authorityId;
    private TargetRank rank;
    private String why;
    private AllyType type;
    private String name;
    private String contact;
    private String notes;

    /** The campaign's targets and allies; null without a campaign. */
    public PowerMap getMap() {
        Long id = campaign.getPlan() == null ? null : campaign.getPlan().campaignId();
        if (map == null && id != null) {
            map = service.of(id);
        }
        return map;
    }

    public void addTarget() {
        if (SectionChange.attempt("targetForm", TARGET, "targetAuthority", () -> map = null,
                () -> service.addTarget(getMap().campaignId(), new PowerMap.NewTarget(authorityId, rank, why)))) {
            authorityId = null;
            rank = null;
            why = null;
        }
    }

    public void removeTarget(PowerMap.Target target) {
        SectionChange.attempt("targetForm", TARGET, "targetAuthority", () -> map = null,
                () -> service.removeTarget(getMap().campaignId(), target.id()));
    }

    public void addAlly() {
        if (SectionChange.attempt("allyForm", ALLY, "allyName", () -> map = null,
                () -> service.addAlly(getMap().campaignId(), new PowerMap.NewAlly(type, name, contact, notes)))) {
            type = null;
            name = null;
            contact = null;
            notes = null;
        }
    }

    public void removeAlly(PowerMap.Ally ally) {
        SectionChange.attempt("allyForm", ALLY, "allyName", () -> map = null,
                () -> service.removeAlly(getMap().campaignId(), ally.id()));
    }

    /** Supervisors and admins run campaigns. */
    public boolean isMayChange() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    public TargetRank[] getRanks() {
        return TargetRank.values();
    }

    public AllyType[] getTypes() {
        return AllyType.values();
    }

    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long authorityId) { this.authorityId = authorityId; }
    public TargetRank getRank() { return rank; }
    public void setRank(TargetRank rank) { this.rank = rank; }
    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
    public AllyType getType() { return type; }
    public void setType(AllyType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
