package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.campaigns.application.CampaignMessaging;
import org.amparo.campaigns.domain.MessageAudience;
import org.amparo.campaigns.domain.MessageTheme;
import org.amparo.security.domain.Roles;
import org.amparo.web.SectionChange;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A campaign's messages by audience on its jurisdiction's page: read by every role, written by those who run campaigns.
 * The campaign is the page's ({@link CampaignPlanView}).
 */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("audience", "messageAudience", "theme", "messageTheme",
            "points", "messagePoints");

    @EJB
    CampaignMessaging service;

    @Inject
    CampaignPlanView campaign;

    private List<CampaignMessaging.Message> messages;

    private MessageAudience audience;
    private MessageTheme theme;
    private String points;

    /** The campaign's messages; empty without a campaign. */
    public List<CampaignMessaging.Message> getMessages() {
        Long id = campaignId();
        if (messages == null) {
            messages = id == null ? List.of() : service.of(id);
        }
        return messages;
    }

    public void add() {
        if (SectionChange.attempt("messageForm", INPUTS, "messagePoints", () -> messages = null,
                () -> service.add(campaignId(), new CampaignMessaging.NewMessage(audience, theme, points)))) {
            audience = null;
            theme = null;
            points = null;
        }
    }

    public void remove(CampaignMessaging.Message message) {
        SectionChange.attempt("messageForm", INPUTS, "messagePoints", () -> messages = null,
                () -> service.remove(campaignId(), message.id()));
    }

    private Long campaignId() {
        return campaign.getPlan() == null ? null : campaign.getPlan().campaignId();
    }

    /** Supervisors and admins write the campaign's messages. */
    public boolean isMayChange() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    public MessageAudience[] getAudiences() {
        return MessageAudience.values();
    }

    public MessageTheme[] getThemes() {
        return MessageTheme.values();
    }

    public MessageAudience getAudience() { return audience; }
    public void setAudience(MessageAudience audience) { this.audience = audience; }
    public MessageTheme getTheme() { return theme; }
    public void setTheme(MessageTheme theme) { this.theme = theme; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
}
