package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.campaigns.application.CampaignForms;
import org.amparo.campaigns.application.CampaignPlan;
import org.amparo.campaigns.application.CampaignPlanning;
import org.amparo.campaigns.domain.AskStatus;
import org.amparo.campaigns.domain.OutcomeResult;
import org.amparo.campaigns.domain.SampleAsk;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.SectionChange;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The campaign section of a jurisdiction's page: start the campaign, add asks, record where each stands. The
 * jurisdiction is the page's ({@link JurisdictionView}); the rules are the domain's.
 */
@Named
@ViewScoped
public class CampaignPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Input ids by the field an error names, per form. */
    private static final Map<String, String> START = Map.of("name", "campaignName");
    private static final Map<String, String> ADD = Map.of("sample", "askSample", "wording", "askWording");
    private static final Map<String, String> PROGRESS = Map.of("status", "askStatus", "on", "askOn", "version", "askChoice");
    private static final Map<String, String> CLOSE = Map.of("result", "closeResult", "on", "closeOn", "version", "closeResult");

    @EJB
    CampaignPlanning planning;

    @Inject
    JurisdictionView jurisdiction;

    private CampaignPlan plan;

    private String name;
    private SampleAsk sample;
    private String wording;
    private Long askId;
    private AskStatus status;
    private LocalDate on;
    private OutcomeResult closeResult;
    private LocalDate closeOn;

    /** The jurisdiction's campaign, read once per view (and again after each change). */
    public CampaignPlan getPlan() {
        if (plan == null && jurisdiction.getPage() != null) {
            plan = planning.plan(jurisdiction.getPage().id());
        }
        return plan;
    }

    public void start() {
        if (SectionChange.attempt("campaignStartForm", START, "campaignName", () -> plan = null,
                () -> planning.start(jurisdiction.getPage().id(), new CampaignForms.Start(name)))) {
            name = null;
            readAfresh();
        }
    }

    public void addAsk() {
        if (SectionChange.attempt("campaignAskForm", ADD, "askSample", () -> plan = null,
                () -> planning.addAsk(getPlan().campaignId(), new CampaignForms.NewAsk(sample, wording)))) {
            sample = null;
            wording = null;
        }
    }

    public void saveProgress() {
        CampaignPlan.Ask ask = getPlan().asks().stream().filter(a -> a.id() == (askId == null ? -1 : askId)).findFirst().orElse(null);
        if (ask == null) {
            Messages.fieldErrors("campaignProgressForm", InvalidInputException.of("askChoice",
                    Messages.text("campaign.chooseAsk")));
            return;
        }
        if (SectionChange.attempt("campaignProgressForm", PROGRESS, "askChoice", () -> plan = null,
                () -> planning.progress(getPlan().campaignId(), ask.id(), new CampaignForms.Progress(ask.version(), status, on)))) {
            status = null;
            on = null;
        }
    }

    /** Closes the running campaign; the page then offers to start the next one and lists this one among the earlier. */
    public void close() {
        if (SectionChange.attempt("campaignCloseForm", CLOSE, "closeResult", () -> plan = null,
                () -> planning.close(getPlan().campaignId(), new CampaignForms.Close(getPlan().version(), closeResult, closeOn)))) {
            closeResult = null;
            closeOn = null;
            readAfresh();
        }
    }

    /**
     * After a campaign starts or closes, the page is read again from the start (a redirect, its message kept): every
     * other section of it (steps, meetings, targets, notes, messages) read the campaign that ran before.
     */
    private void readAfresh() {
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        org.omnifaces.util.Faces.redirect("jurisdictions/view.xhtml?id=" + jurisdiction.getPage().id());
    }

    public OutcomeResult[] getResults() {
        return OutcomeResult.values();
    }

    public OutcomeResult getCloseResult() {
        return closeResult;
    }

    public void setCloseResult(OutcomeResult closeResult) {
        this.closeResult = closeResult;
    }

    public LocalDate getCloseOn() {
        return closeOn;
    }

    public void setCloseOn(LocalDate closeOn) {
        this.closeOn = closeOn;
    }

    /** An ask in the reader's language: the toolkit's from the labels, the organisation's own as written. */
    public String wordingOf(CampaignPlan.Ask ask) {
        return ask.sample() != null ? org.amparo.shared.domain.Labels.of(ask.sample(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale()) : ask.wording();
    }

    /** Supervisors and admins run campaigns: they start one and keep its asks; everyone else reads them. */
    public boolean isMayRun() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(org.amparo.security.domain.Roles.SUPERVISOR)
                || external.isUserInRole(org.amparo.security.domain.Roles.ADMIN);
    }

    public AskStatus[] getStatuses() {
        return AskStatus.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SampleAsk getSample() {
        return sample;
    }

    public void setSample(SampleAsk sample) {
        this.sample = sample;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public Long getAskId() {
        return askId;
    }

    public void setAskId(Long askId) {
        this.askId = askId;
    }

    public AskStatus getStatus() {
        return status;
    }

    public void setStatus(AskStatus status) {
        this.status = status;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    /** The toolkit's asks not yet in the campaign. */
    public List<SampleAsk> getSamplesLeft() {
        return getPlan() == null ? List.of() : getPlan().samplesLeft();
    }
}
