package org.amparo.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignAsk;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.CitedCase;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.platform.ServerZone;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A jurisdiction's campaign and its specific policy asks (issue 14 item 3, the toolkit's "Getting Your Campaign into
 * Gear", step 3): start one, add the toolkit's sample asks or the organisation's own, record where each stands. A
 * campaign plan holds no one's identity (cited cases are counted), so every role reads it; supervisors and admins, who
 * run campaigns, change it. Each change is checked whole, refused naming the field, audited (ids and
 * codes only) and, for an ask, kept as a revision; a change from an older version of an ask is refused with what
 * changed since.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class CampaignPlanning {

    /** At most this many asks in one campaign. */
    static final int MAX_ASKS = 50;

    @Inject
    Campaigns campaigns;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditedChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Inject
    CampaignWorkflow workflow;

    @jakarta.ejb.EJB
    org.amparo.cases.application.CaseAccess access;

    @Resource
    SessionContext session;

    /**
     * The jurisdiction's campaign with its asks; one without a campaign id when it has none.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public CampaignPlan plan(long jurisdictionId) {
        Jurisdiction j = jurisdiction(jurisdictionId);
        return campaigns.ofJurisdiction(j).map(c -> plan(jurisdictionId, c))
                .orElseGet(() -> new CampaignPlan(jurisdictionId, null, null, null, null, 0, 0, List.of(), 0, null, earlier(j)));
    }

    /** Every campaign, by name: its jurisdiction, when and by whom it was started, its cited cases and its asks won. */
    public List<CampaignPlan.Summary> campaigns() {
        return campaigns.listed().stream().map(l -> {
            Campaign c = l.campaign();
            return new CampaignPlan.Summary(c.getId(), c.getJurisdiction().getId(), c.getJurisdiction().getName(), c.getName(),
                    c.getCreatedAt(), c.getCreatedBy(), l.citedCases(), l.asks(), l.asksWon(), c.getClosedOn(), c.getClosingResult());
        }).sorted(java.util.Comparator.comparing(CampaignPlan.Summary::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CampaignPlan.Summary::campaignId)).toList();
    }

    /**
     * The campaigns that cite a case (an approved escalation), for its case file: the roles that may open the case.
     *
     * @throws org.amparo.cases.domain.CaseAccessDeniedException when the caller may not open the case
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CampaignPlan.Citation> citing(long caseId) {
        access.require(caseId);
        return campaigns.citing(caseId).stream().map(c -> {
            CitedCase cited = c.getCases().stream().filter(x -> x.caseId() == caseId).findFirst().orElseThrow();
            return new CampaignPlan.Citation(c.getId(), c.getName(), c.getJurisdiction().getId(), c.getJurisdiction().getName(),
                    cited.deidentified(), cited.linkedAt(), c.getClosedOn());
        }).toList();
    }

    /**
     * A campaign with its asks, by the campaign's id.
     *
     * @throws NotFoundException when there is no such campaign
     */
    public CampaignPlan planOf(long campaignId) {
        Campaign c = campaign(campaignId);
        return plan(c.getJurisdiction().getId(), c);
    }

    /**
     * Starts a campaign in the jurisdiction the form names, as {@link #start(long, CampaignForms.Start)} does.
     *
     * @throws org.amparo.shared.domain.InvalidInputException on {@code jurisdictionId} (none, or no such jurisdiction)
     *         or {@code name}
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CampaignPlan start(CampaignForms.NewCampaign form) {
        if (form == null || form.jurisdictionId() == null) {
            throw validation.invalid("jurisdictionId", "amparo.validation.required");
        }
        Jurisdiction j = jurisdictions.find(form.jurisdictionId())
                .orElseThrow(() -> validation.invalid("jurisdictionId", "amparo.validation.unknownJurisdiction"));
        return startIn(j, form.name(), "jurisdictionId");
    }

    /**
     * Gives a campaign another name, from the version the person read.
     *
     * @throws NotFoundException when there is no such campaign
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the campaign since that version
     * @throws org.amparo.shared.domain.InvalidInputException on {@code name}
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CampaignPlan rename(long campaignId, CampaignForms.Rename form) {
        Campaign c = campaign(campaignId);
        if (form == null) {
            throw validation.invalid("name", "amparo.validation.required");
        }
        changes.requireVersion(Campaign.class, campaignId, c.getVersion(), form.version(), "Campaign");
        c.requireRunning("name");
        c.rename(form.name());
        campaigns.flush();
        audit.record("campaign.renamed", "Campaign", campaignId, "jurisdiction=" + c.getJurisdiction().getId());
        return plan(c.getJurisdiction().getId(), c);
    }

    /**
     * Closes the campaign, from the version the person read, on a day (today when none), with how it ended: its
     * process ends with its open tasks (steps, promises, the next meeting), its plan is kept as it was, and the
     * jurisdiction may start its next campaign.
     *
     * @throws NotFoundException when there is no such campaign
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the campaign since that version
     * @throws org.amparo.shared.domain.InvalidInputException on {@code result} (none, or closed already) or {@code on}
     *         (in the future, or before the campaign started)
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CampaignPlan close(long campaignId, CampaignForms.Close form) {
        Campaign c = campaign(campaignId);
        if (form == null) {
            throw validation.invalid("result", "amparo.validation.required");
        }
        changes.requireVersion(Campaign.class, campaignId, c.getVersion(), form.version(), "Campaign");
        Instant now = clock.instant();
        c.close(form.result(), form.on(), LocalDate.ofInstant(now, ServerZone.get()), ServerZone.get(), me());
        campaigns.flush();
        workflow.closed(c);
        audit.record("campaign.closed", "Campaign", campaignId, "jurisdiction=" + c.getJurisdiction().getId()
                + " closingResult=" + c.getClosingResult());
        return plan(c.getJurisdiction().getId(), c);
    }

    /**
     * Starts the jurisdiction's campaign, by name.
     *
     * @throws org.amparo.shared.domain.InvalidInputException on {@code name}: missing, too long, or the jurisdiction
     *         already has a running campaign
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CampaignPlan start(long jurisdictionId, CampaignForms.Start form) {
        return startIn(jurisdiction(jurisdictionId), form == null ? null : form.name(), "name");
    }

    /** Starts the jurisdiction's campaign; its having one already is a problem on {@code field}. */
    private CampaignPlan startIn(Jurisdiction j, String name, String field) {
        if (campaigns.ofJurisdictionForStart(j).isPresent()) {
            throw validation.invalid(field, "amparo.validation.campaignExists");
        }
        Campaign c = Campaign.start(j, name, me(), clock.instant());
        campaigns.add(c);
        workflow.started(c);
        audit.record("campaign.started", "Campaign", c.getId(), "jurisdiction=" + j.getId());
        return plan(j.getId(), c);
    }

    /**
     * Adds an ask to the campaign, not yet raised: one of the toolkit's (once) or the organisation's own words.
     *
     * @throws NotFoundException when there is no such campaign
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CampaignPlan.Ask addAsk(long campaignId, CampaignForms.NewAsk form) {
        Campaign c = campaign(campaignId);
        c.requireRunning("sample");
        boolean own = form != null && form.wording() != null && !form.wording().isBlank();
        if (form == null || form.sample() == null && !own) {
            throw validation.invalid("sample", "amparo.validation.required");
        }
        if (form.sample() != null && own) {
            throw validation.invalid("wording", "amparo.validation.sampleOrOwn");
        }
        List<CampaignAsk> asks = campaigns.asks(campaignId);
        if (asks.size() >= MAX_ASKS) {
            throw validation.invalid("wording", "amparo.validation.tooMany", MAX_ASKS);
        }
        if (form.sample() != null && asks.stream().anyMatch(a -> a.getSample() == form.sample())) {
            throw validation.invalid("sample", "amparo.validation.askTaken");
        }
        Instant now = clock.instant();
        CampaignAsk ask = own ? CampaignAsk.own(campaignId, form.wording(), me(), now)
                : CampaignAsk.sample(campaignId, form.sample(), me(), now);
        campaigns.add(ask);
        audit.record("campaign.askAdded", "Campaign", c.getId(), "ask=" + ask.getId()
                + (ask.getSample() == null ? " own=true" : " sampleAsk=" + ask.getSample()));
        return view(ask);
    }

    /**
     * Records where an ask stands, on a day (today when none), from the version the person read.
     *
     * @throws NotFoundException when the campaign has no such ask
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the ask since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming the field: no status, a day in the future or before
     *         the ask was raised
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CampaignPlan.Ask progress(long campaignId, long askId, CampaignForms.Progress form) {
        CampaignAsk ask = campaigns.ask(askId).filter(a -> a.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign ask", askId));
        if (form == null) {
            throw validation.invalid("status", "amparo.validation.required");
        }
        changes.requireVersion(CampaignAsk.class, askId, ask.getVersion(), form.version(), "Campaign ask");
        campaign(campaignId).requireRunning("status");
        Instant now = clock.instant();
        ask.progress(form.status(), form.on(), LocalDate.ofInstant(now, ServerZone.get()), me(), now);
        audit.record("campaign.askProgressed", "Campaign", campaignId, "ask=" + askId + " askStatus=" + ask.getStatus());
        return view(ask);
    }

    private CampaignPlan plan(long jurisdictionId, Campaign c) {
        int deidentified = (int) c.getCases().stream().filter(CitedCase::deidentified).count();
        return new CampaignPlan(jurisdictionId, c.getId(), c.getName(), c.getCreatedAt(), c.getCreatedBy(),
                c.getCases().size(), deidentified, campaigns.asks(c.getId()).stream().map(CampaignPlanning::view).toList(),
                c.getVersion(), c.isClosed() ? new CampaignPlan.Closing(c.getClosedOn(), c.getClosingResult(), c.getClosedBy()) : null,
                earlier(c.getJurisdiction()));
    }

    /** The jurisdiction's closed campaigns, the latest closed first. */
    private List<CampaignPlan.Closed> earlier(Jurisdiction j) {
        List<Campaign> closed = campaigns.allOfJurisdiction(j).stream().filter(Campaign::isClosed)
                .sorted(java.util.Comparator.comparing(Campaign::getClosedOn).thenComparing(Campaign::getId).reversed())
                .toList();
        java.util.Map<Long, List<CampaignAsk>> asks = campaigns.asksOf(closed.stream().map(Campaign::getId).toList());
        return closed.stream()
                .map(c -> new CampaignPlan.Closed(c.getId(), c.getName(), c.getCreatedAt(), c.getClosedOn(), c.getClosingResult(),
                        asks.getOrDefault(c.getId(), List.of()).stream().map(CampaignPlanning::view).toList()))
                .toList();
    }

    private static CampaignPlan.Ask view(CampaignAsk a) {
        return new CampaignPlan.Ask(a.getId(), a.getVersion(), a.getSample(), a.getWording(), a.getStatus(), a.getRaisedOn(),
                a.getDecidedOn(), a.getUpdatedBy(), a.getUpdatedAt());
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private Jurisdiction jurisdiction(long id) {
        return jurisdictions.find(id).orElseThrow(() -> new NotFoundException("Jurisdiction", id));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
