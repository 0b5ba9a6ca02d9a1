package org.amparo.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignAlly;
import org.amparo.campaigns.domain.CampaignTarget;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.monitoring.domain.Authority;
import org.amparo.monitoring.infrastructure.AuthorityStore;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's targets and allies (issue 14 item 3, the toolkit's steps 4 "Identify targets" and 5 "Find and Recruit
 * allies"): the jurisdiction's authorities it targets, primary or secondary, and the allies it works with. Every role
 * reads them (public officials and organisations); supervisors and admins, who run campaigns, change them. Each change
 * is audited with ids and codes only, and kept as a revision.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class CampaignPowerMap {

    /** At most this many targets or allies in one campaign. */
    static final int MAX = 60;

    @Inject
    Campaigns campaigns;

    @Inject
    AuthorityStore authorities;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** @throws NotFoundException when there is no such campaign */
    public PowerMap of(long campaignId) {
        Campaign c = campaign(campaignId);
        Map<Long, Authority> byId = authoritiesOf(c);
        return new PowerMap(campaignId, campaigns.targets(campaignId).stream().map(t -> {
            Authority a = byId.get(t.getAuthorityId());
            return new PowerMap.Target(t.getId(), t.getAuthorityId(), a == null ? null : a.getOffice(),
                    a == null ? null : a.details().holderName(), t.getRank(), t.getWhy());
        }).toList(), campaigns.allies(campaignId).stream()
                .map(a -> new PowerMap.Ally(a.getId(), a.getType(), a.getName(), a.getContact(), a.getNotes())).toList());
    }

    /**
     * Targets one of the jurisdiction's authorities, once.
     *
     * @throws org.amparo.shared.domain.InvalidInputException on {@code authorityId} (none, not this jurisdiction's, or
     *         targeted already), {@code rank} or {@code why}
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public PowerMap addTarget(long campaignId, PowerMap.NewTarget form) {
        Campaign c = campaign(campaignId);
        c.requireRunning("authorityId");
        if (form == null || form.authorityId() == null) {
            throw validation.invalid("authorityId", "amparo.validation.required");
        }
        if (!authoritiesOf(c).containsKey(form.authorityId())) {
            throw validation.invalid("authorityId", "amparo.validation.notThisJurisdiction");
        }
        List<CampaignTarget> targets = campaigns.targets(campaignId);
        if (targets.stream().anyMatch(t -> t.getAuthorityId() == form.authorityId())) {
            throw validation.invalid("authorityId", "amparo.validation.targetTaken");
        }
        if (targets.size() >= MAX) {
            throw validation.invalid("authorityId", "amparo.validation.tooMany", MAX);
        }
        CampaignTarget t = new CampaignTarget(campaignId, form.authorityId(), form.rank(), form.why(), me(), clock.instant());
        campaigns.add(t);
        audit.record("campaign.targetAdded", "Campaign", campaignId, "target=" + t.getId() + " authority=" + t.getAuthorityId()
                + " targetRank=" + t.getRank());
        return of(campaignId);
    }

    /** @throws NotFoundException when the campaign has no such target */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public PowerMap removeTarget(long campaignId, long targetId) {
        CampaignTarget t = campaigns.target(targetId).filter(x -> x.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign target", targetId));
        campaigns.remove(t);
        audit.record("campaign.targetRemoved", "Campaign", campaignId, "target=" + targetId + " authority=" + t.getAuthorityId());
        return of(campaignId);
    }

    /** @throws org.amparo.shared.domain.InvalidInputException naming the field */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public PowerMap addAlly(long campaignId, PowerMap.NewAlly form) {
        campaign(campaignId).requireRunning("type");
        if (campaigns.allies(campaignId).size() >= MAX) {
            throw validation.invalid("name", "amparo.validation.tooMany", MAX);
        }
        PowerMap.NewAlly f = form == null ? new PowerMap.NewAlly(null, null, null, null) : form;
        CampaignAlly a = new CampaignAlly(campaignId, f.type(), f.name(), f.contact(), f.notes(), me(), clock.instant());
        campaigns.add(a);
        audit.record("campaign.allyAdded", "Campaign", campaignId, "ally=" + a.getId() + " allyType=" + a.getType());
        return of(campaignId);
    }

    /** @throws NotFoundException when the campaign has no such ally */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public PowerMap removeAlly(long campaignId, long allyId) {
        CampaignAlly a = campaigns.ally(allyId).filter(x -> x.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign ally", allyId));
        campaigns.remove(a);
        audit.record("campaign.allyRemoved", "Campaign", campaignId, "ally=" + allyId + " allyType=" + a.getType());
        return of(campaignId);
    }

    private Map<Long, Authority> authoritiesOf(Campaign c) {
        return authorities.of(c.getJurisdiction().getId()).stream().collect(Collectors.toMap(Authority::getId, Function.identity()));
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
