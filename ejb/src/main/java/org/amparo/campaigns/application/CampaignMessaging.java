package org.amparo.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignMessage;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.MessageAudience;
import org.amparo.campaigns.domain.MessageTheme;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A campaign's messages by audience (issue 14; the toolkit's "Campaign Messaging/Communications"): for each audience the
 * campaign must move, a theme (one of the toolkit's, or the organisation's own) and talking points. Every role reads
 * them, since talking points are meant to be said in public; supervisors and admins, who run campaigns, write and
 * remove them. Each change is checked by the domain (never "illegals"), audited with ids only, and kept as a
 * revision.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class CampaignMessaging {

    /** At most this many messages in one campaign. */
    static final int MAX = 100;

    /** A message as it is read. */
    public record Message(long id, MessageAudience audience, MessageTheme theme, boolean suggestedForAudience, String points,
                          String updatedBy, Instant updatedAt) implements Serializable {
    }

    /** What a person sends to add a message. */
    public record NewMessage(MessageAudience audience, MessageTheme theme, String points) implements Serializable {
    }

    @Inject
    Campaigns campaigns;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The campaign's messages, by audience.
     *
     * @throws NotFoundException when there is no such campaign
     */
    public List<Message> of(long campaignId) {
        campaign(campaignId);
        return campaigns.messages(campaignId).stream().map(m -> new Message(m.getId(), m.getAudience(), m.getTheme(),
                m.getTheme().suggestedAudiences().contains(m.getAudience()), m.getPoints(), m.getUpdatedBy(), m.getUpdatedAt()))
                .toList();
    }

    /**
     * Adds a message for an audience.
     *
     * @throws NotFoundException when there is no such campaign
     * @throws org.amparo.shared.domain.InvalidInputException on {@code audience}, {@code theme} or {@code points}
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Message> add(long campaignId, NewMessage form) {
        campaign(campaignId).requireRunning("points");
        NewMessage f = form == null ? new NewMessage(null, null, null) : form;
        if (campaigns.messages(campaignId).size() >= MAX) {
            throw validation.invalid("points", "amparo.validation.tooMany", MAX);
        }
        CampaignMessage message = new CampaignMessage(campaignId, f.audience(), f.theme(), f.points(), me(), clock.instant());
        campaigns.add(message);
        audit.record("campaign.messageAdded", "Campaign", campaignId, "message=" + message.getId());
        return of(campaignId);
    }

    /** @throws NotFoundException when the campaign has no such message */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Message> remove(long campaignId, long messageId) {
        CampaignMessage message = campaigns.message(messageId).filter(m -> m.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign message", messageId));
        campaigns.remove(message);
        audit.record("campaign.messageRemoved", "Campaign", campaignId, "message=" + messageId);
        return of(campaignId);
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
