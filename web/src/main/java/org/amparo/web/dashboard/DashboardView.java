package org.amparo.web.dashboard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.amparo.dashboard.application.Dashboard;
import org.amparo.dashboard.application.DashboardExport;
import org.amparo.dashboard.application.DashboardFigures.Caseload;
import org.amparo.dashboard.application.DashboardFigures.HoldAlert;
import org.amparo.dashboard.application.DashboardFigures.HoldCounts;
import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;
import org.amparo.dashboard.application.DashboardFigures.OverdueTask;
import org.amparo.dashboard.application.DashboardFigures.PipelineStep;
import org.amparo.dashboard.application.DashboardFigures.StepCase;
import org.amparo.dashboard.application.DashboardFigures.UnassignedCase;
import org.amparo.dashboard.application.DashboardFilter;
import org.amparo.dashboard.application.DashboardOverview;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The supervisors' dashboard page: filters, then one service call per figure. Charts get Chart.js configurations built
 * from the same rows the tables show.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboard dashboard;

    @Inject
    DashboardExport export;

    @jakarta.ejb.EJB
    org.amparo.campaigns.application.CampaignMeetings meetings;

    private List<org.amparo.campaigns.application.CampaignMeetings.OverduePromise> overduePromises;


    private LocalDate from;
    private LocalDate to;
    private Long jurisdictionId;
    private Long facilityId;
    private String caseworker;

    private HoldCounts holdCounts;
    private List<HoldAlert> holds;
    private List<PipelineStep> pipeline;
    private org.amparo.process.CaseStep selectedStep;
    private List<StepCase> stepCases;
    private List<OverdueTask> overdue;
    private long unassignedCount;
    private List<UnassignedCase> unassigned;
    private List<Caseload> caseload;
    private List<MonthCount> outcomes;
    private List<MonthCount> detainersByMonth;
    private List<LabelCount> detainersByFacility;
    private List<JurisdictionFinding> findings;
    /** When the whole months of the figures over time were counted; null when they were counted for this view. */
    private java.time.Instant monthsCountedAt;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        from = today.minusMonths(12).withDayOfMonth(1);
        to = today;
        load();
    }

    /** Loads every figure for the filters; a period the dashboard refuses is named beside its field, the figures kept. */
    public void load() {
        DashboardFilter filter = filter();
        boolean names = isSeesNames();
        DashboardOverview all;
        try {
            all = dashboard.overview(filter, names);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("dash", invalid);
            return;
        }
        holdCounts = all.holdCounts();
        pipeline = all.pipeline();
        overdue = all.overdueTasks();
        unassignedCount = all.unassignedCount();
        caseload = all.caseload();
        outcomes = all.outcomesByMonth();
        detainersByMonth = all.detainersByMonth();
        detainersByFacility = all.detainersByFacility();
        findings = all.findingsByJurisdiction();
        monthsCountedAt = all.monthsCountedAt();
        holds = all.holds();
        unassigned = all.unassigned();
        stepCases = names && selectedStep != null ? dashboard.casesAtStep(filter, selectedStep) : List.of();
    }

    /** The holds panel refreshes itself. */
    public void refreshHolds() {
        DashboardFilter filter = filter();
        holdCounts = dashboard.holdCounts(filter);
        holds = isSeesNames() ? dashboard.holdsExpiring(filter, (int) org.amparo.cases.domain.HoldWindows.SOON.toHours()) : List.of();
    }

    /** Lists the cases waiting in a step (a click on the pipeline). */
    public void showStep(org.amparo.process.CaseStep step) {
        selectedStep = step;
        stepCases = isSeesNames() ? dashboard.casesAtStep(filter(), step) : List.of();
    }

    public StreamedContent download(String table) {
        DashboardExport.Table which = DashboardExport.Table.valueOf(table);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            export.export(which, filter(), FacesContext.getCurrentInstance().getViewRoot().getLocale(), buffer);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("dash", invalid);
            return null; // nothing to download; the page says why
        }
        return DefaultStreamedContent.builder().name("amparo-" + table.toLowerCase() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(buffer.toByteArray())).build();
    }

    @Inject
    org.amparo.cases.application.CaseExport caseExport;

    /**
     * The case list, de-identified (pseudonyms, age bands, no names or numbers): the one case-level export staff may
     * take, for funders and coalition partners.
     */
    public StreamedContent downloadDeidentifiedCases() {
        return org.amparo.web.Downloads.xlsx("amparo-cases-deidentified.xlsx", out -> caseExport.exportCases(
                org.amparo.cases.application.CaseListCriteria.all(), FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                out, org.amparo.exports.domain.ExportMode.DEIDENTIFIED));
    }

    /** Staff see counts only, never people. */
    public boolean isSeesNames() {
        return Roles.seesNames(FacesContext.getCurrentInstance().getExternalContext()::isUserInRole);
    }

    /** Chart.js: open cases per step. */
    public String getPipelineChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (PipelineStep step : pipeline) {
            labels.add(org.amparo.shared.domain.Labels.of(step.step(), locale()));
            counts.add(step.cases());
        }
        return barChart(labels, List.of(Map.entry(Messages.text("dashboard.openCases"), counts)), false);
    }

    /** Chart.js: closed cases per month, stacked by outcome. */
    public String getOutcomesChart() {
        Set<String> months = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        outcomes.forEach(m -> {
            months.add(m.period());
            kinds.add(m.label());
        });
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(labels::add);
        Map<String, JsonArrayBuilder> series = new LinkedHashMap<>();
        for (String kind : kinds) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (String month : months) {
                values.add(outcomes.stream().filter(o -> o.period().equals(month) && o.label().equals(kind))
                        .mapToLong(MonthCount::count).sum());
            }
            series.put(org.amparo.shared.domain.Labels.ofName("CaseOutcome", kind, locale()), values);
        }
        return barChart(labels, List.copyOf(series.entrySet()), true);
    }

    private static final String[] COLORS = {"#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#9e9d24"};

    private static String barChart(JsonArrayBuilder labels, List<Map.Entry<String, JsonArrayBuilder>> series, boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, JsonArrayBuilder> s : series) {
            datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", s.getValue())
                    .add("backgroundColor", COLORS[i++ % COLORS.length]));
        }
        var axis = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder()
                                .add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }

    private DashboardFilter filter() {
        return new DashboardFilter(from, to, jurisdictionId, facilityId,
                caseworker == null || caseworker.isBlank() ? null : caseworker.trim(), null);
    }



    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public Long getJurisdictionId() { return jurisdictionId; }
    public void setJurisdictionId(Long v) { jurisdictionId = v; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public String getCaseworker() { return caseworker; }
    public void setCaseworker(String v) { caseworker = v; }
    public HoldCounts getHoldCounts() { return holdCounts; }
    public List<HoldAlert> getHolds() { return holds; }
    public List<PipelineStep> getPipeline() { return pipeline; }
    public org.amparo.process.CaseStep getSelectedStep() { return selectedStep; }
    public List<StepCase> getStepCases() { return stepCases; }
    public List<OverdueTask> getOverdue() { return overdue; }

    /** Whether the reader runs campaigns (supervisors and admins), and so follows up meetings' promises. */
    public boolean isRunsCampaigns() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(org.amparo.security.domain.Roles.SUPERVISOR)
                || external.isUserInRole(org.amparo.security.domain.Roles.ADMIN);
    }

    /** Promises made at meetings with law enforcement and still open after their day, the longest overdue first. */
    public List<org.amparo.campaigns.application.CampaignMeetings.OverduePromise> getOverduePromises() {
        if (overduePromises == null) {
            overduePromises = isRunsCampaigns() ? meetings.overdue(50) : List.of();
        }
        return overduePromises;
    }
    public long getUnassignedCount() { return unassignedCount; }
    public List<UnassignedCase> getUnassigned() { return unassigned; }
    public List<Caseload> getCaseload() { return caseload; }
    public List<MonthCount> getOutcomes() { return outcomes; }
    public List<MonthCount> getDetainersByMonth() { return detainersByMonth; }
    public List<LabelCount> getDetainersByFacility() { return detainersByFacility; }
    public List<JurisdictionFinding> getFindings() { return findings; }

    public java.time.Instant getMonthsCountedAt() { return monthsCountedAt; }

    public long getRecountMinutes() { return org.amparo.platform.Installation.dashboardRecountPeriod().toMinutes(); }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
