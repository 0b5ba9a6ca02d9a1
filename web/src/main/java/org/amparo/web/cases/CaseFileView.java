package org.amparo.web.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.OutsideEventCommand;
import org.amparo.cases.application.OutsideEvents;
import org.amparo.cases.application.CaseQueries;
import org.amparo.cases.application.CaseScreening;
import org.amparo.cases.application.CaseScreeningReport;
import org.amparo.cases.application.CaseSummary;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.web.Messages;
import org.amparo.process.ProcessDiagram;
import org.amparo.process.StepRecord;

/**
 * The case file page ({@code cases/file.xhtml?id=}): the case's header, its screening panel and process, and the
 * whole file its tabs show. The tab editors ({@link PersonEditor}, {@link CriminalHistoryEditor},
 * {@link CustodyEditor}, {@link NotesEditor}) change the file and call {@link #reload()}.
 */
@org.amparo.web.RetriedWhenBusy
@Named
@ViewScoped
public class CaseFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseQueries queries;

    @Inject
    CaseScreening screening;

    @Inject
    OutsideEvents events;

    @Inject
    ReferenceQueries reference;

    @Inject
    org.amparo.casefile.application.CaseFileQueries fileQueries;

    private org.amparo.casefile.application.CaseFile file;
    private List<org.amparo.shared.domain.FieldChange> changes;

    private Long id;
    private CaseSummary summary;
    private CaseScreeningReport report;
    private Locale reportLocale;
    private ProcessDiagram diagram;
    private List<StepRecord> history;

    // The event form.
    private OutsideEventCommand.Type eventType;
    private LocalDateTime eventAt;
    private String eventForm;
    private LocalDateTime eventIssuedAt;
    private Boolean eventServed;

    /** Loads the case once per view; an unknown id leaves the page showing "no such case". */
    public void load() {
        if (id == null || summary != null) {
            return;
        }
        try {
            summary = queries.view(id);
            file = fileQueries.file(id);
            denied = false;
        } catch (NotFoundException e) {
            summary = null;
        } catch (org.amparo.cases.domain.CaseAccessDeniedException e) {
            // Another team's case: the page asks for a reason to break the glass instead.
            summary = null;
            denied = true;
            deniedTeam = access.teamNameOf(id).orElse(null);
        }
    }

    @Inject
    org.amparo.cases.application.CaseAccess access;

    @Inject
    org.amparo.security.application.TeamAdministration teamAdministration;

    private boolean denied;
    private String deniedTeam;
    private String breakGlassReason;
    private Long newTeam;
    private List<org.amparo.security.application.TeamSummary> teams;

    /** Breaks the glass: opens the case for a while with the reason given (recorded; supervisors see it). */
    public void breakGlass() {
        try {
            access.breakGlass(id, breakGlassReason);
            showAfresh("breakGlass.opened");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("breakGlass", invalid);
        }
    }

    /** Supervisors and admins give the case to a team by hand (none: back to its jurisdiction's team). */
    public void giveToTeam() {
        teamAdministration.giveCase(id, newTeam);
        showAfresh("caseFile.saved");
    }

    /**
     * After a change posted with the whole page: the case's own address is asked for afresh, with the message kept, so
     * that a reload reads the case again rather than sending the change a second time (an outside event recorded twice).
     */
    private void showAfresh(String messageKey) {
        Messages.info(messageKey);
        readAgainAtItsAddress();
    }

    /** The case's own address asked for afresh, with this request's messages kept for the page it draws. */
    private void readAgainAtItsAddress() {
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        org.omnifaces.util.Faces.redirect("cases/file.xhtml?id=" + id);
    }

    public List<org.amparo.security.application.TeamSummary> getTeams() {
        if (teams == null) {
            teams = teamAdministration.all();
        }
        return teams;
    }

    public boolean isDenied() {
        return denied;
    }

    public String getDeniedTeam() {
        return deniedTeam;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String v) {
        breakGlassReason = v;
    }

    public Long getNewTeam() {
        return newTeam;
    }

    public void setNewTeam(Long v) {
        newTeam = v;
    }

    @Inject
    org.amparo.casefile.application.CaseAdministration fileService;

    @Inject
    org.amparo.casefile.application.CaseFileExport fileExport;

    /** The whole file as a workbook, a sheet per part. */
    public org.primefaces.model.StreamedContent exportXlsx() {
        return org.amparo.web.Downloads.xlsx("case-" + id + ".xlsx",
                out -> fileExport.export(id, FacesContext.getCurrentInstance().getViewRoot().getLocale(), out));
    }

    @Inject
    org.amparo.security.application.UserAccounts accounts;

    private String newCaseworker;
    private List<org.amparo.security.application.AccountOption> caseworkers;

    /** Supervisors and admins give the case to another caseworker. */
    public void reassign() {
        try {
            fileService.reassignCaseworker(id, newCaseworker);
            showAfresh("caseFile.saved");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("assign", invalid);
        }
    }

    public List<org.amparo.security.application.AccountOption> getCaseworkers() {
        if (caseworkers == null) {
            caseworkers = accounts.caseworkers();
        }
        return caseworkers;
    }

    public String getNewCaseworker() {
        return newCaseworker == null && summary != null ? summary.caseworker() : newCaseworker;
    }

    public void setNewCaseworker(String v) {
        newCaseworker = v;
    }

    /** Admin only (the service checks): the case leaves every list; its history stays. */
    public String delete() {
        fileService.deleteCase(id, "deleted from the case file page");
        org.omnifaces.util.Faces.getFlash().setKeepMessages(true);
        Messages.info("caseFile.deleted");
        return "/cases/list.xhtml?faces-redirect=true";
    }

    @Inject
    org.amparo.tasks.application.TaskInbox inbox;

    @Inject
    org.amparo.web.tasks.TaskStepForm stepForm;

    private List<org.amparo.process.WorkTask> openTasks;

    /** Whether the user has a task inbox, and so may see and complete the case's open tasks here. */
    public boolean isHasInbox() {
        return org.amparo.security.domain.Roles.hasInbox(FacesContext.getCurrentInstance().getExternalContext()::isUserInRole);
    }

    @Inject
    org.amparo.campaigns.application.CampaignPlanning campaignPlanning;

    private List<org.amparo.campaigns.application.CampaignPlan.Citation> citations;

    /** The campaigns that cite the case (an approved escalation), for the roles that work cases; read once per view. */
    public List<org.amparo.campaigns.application.CampaignPlan.Citation> getCampaigns() {
        if (citations == null) {
            citations = summary == null || !isHasInbox() ? List.of() : campaignPlanning.citing(id);
        }
        return citations;
    }

    /** The case's open tasks the user may work (theirs, or their groups' unclaimed ones). */
    public List<org.amparo.process.WorkTask> getOpenTasks() {
        if (openTasks == null) {
            openTasks = summary == null || !isHasInbox() ? List.of() : inbox.ofCase(id);
        }
        return openTasks;
    }

    /** Opens a task's form in the same dialog as the inbox's. */
    public void openTask(org.amparo.process.WorkTask task) {
        stepForm.open(task.id(), task.step(), task.caseId());
    }

    /**
     * A task of this case was completed in the dialog: the step may have changed the screening, the custody, the
     * process and the history, so the page is read again whole (keeping the "completed" message).
     */
    public void taskCompleted(@jakarta.enterprise.event.Observes(notifyObserver = jakarta.enterprise.event.Reception.IF_EXISTS)
                              org.amparo.web.tasks.TaskStepForm.TaskCompleted done) {
        if (id == null || done.caseId() != id) {
            return;
        }
        readAgainAtItsAddress();
    }

    /** Reads the case again after a change: header, screening, file and history. */
    public void reload() {
        openTasks = null;
        summary = queries.get(id);
        file = fileQueries.file(id);
        report = null;
        diagram = null;
        history = null;
        changes = null;
    }

    /** When the print view was made: printed on it, so a paper copy says how old it is. */
    public java.time.Instant getPrintedAt() {
        return java.time.Instant.now();
    }

    public org.amparo.casefile.application.CaseFile getFile() {
        return file;
    }

    /** The History tab: who changed which field, newest first. */
    public List<org.amparo.shared.domain.FieldChange> getChanges() {
        if (changes == null && summary != null) {
            changes = new java.util.ArrayList<>(fileQueries.history(id));
            java.util.Collections.reverse(changes);
        }
        return changes;
    }

    /** Records an event from outside (release, transfer, new ICE request); the page then shows the case anew. */
    public void recordEvent() {
        try {
            events.record(id, new OutsideEventCommand(eventType, eventAt, eventForm, eventIssuedAt, eventServed));
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("events", invalid);
            return;
        }
        showAfresh("event.recorded");
    }

    /** The deployed BPMN of this case's process version, for the bpmn-js viewer. */
    public String getDiagramXml() {
        return diagram().map(ProcessDiagram::bpmnXml).orElse("");
    }

    public String getActiveActivities() {
        return diagram().map(d -> String.join(",", d.activeActivityIds())).orElse("");
    }

    public String getCompletedActivities() {
        return diagram().map(d -> String.join(",", d.completedActivityIds())).orElse("");
    }

    private java.util.Optional<ProcessDiagram> diagram() {
        if (diagram == null && summary != null) {
            diagram = queries.diagram(id).orElse(new ProcessDiagram("", List.of(), List.of()));
        }
        return java.util.Optional.ofNullable(diagram).filter(d -> !d.bpmnXml().isEmpty());
    }

    public List<StepRecord> getHistory() {
        if (history == null && summary != null) {
            history = queries.steps(id);
        }
        return history;
    }

    public OutsideEventCommand.Type[] getEventTypes() {
        return OutsideEventCommand.Type.values();
    }

    public List<String> getIceForms() {
        return reference.iceDocumentFormCodes();
    }

    public OutsideEventCommand.Type getEventType() { return eventType; }
    public void setEventType(OutsideEventCommand.Type v) { eventType = v; }
    public LocalDateTime getEventAt() { return eventAt; }
    public void setEventAt(LocalDateTime v) { eventAt = v; }
    public String getEventForm() { return eventForm; }
    public void setEventForm(String v) { eventForm = v; }
    public LocalDateTime getEventIssuedAt() { return eventIssuedAt; }
    public void setEventIssuedAt(LocalDateTime v) { eventIssuedAt = v; }
    public Boolean getEventServed() { return eventServed; }
    public void setEventServed(Boolean v) { eventServed = v; }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseSummary getSummary() {
        return summary;
    }

    /** The screening, worded in the page's language (screened again when the user switches language). */
    public CaseScreeningReport getReport() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (summary != null && (report == null || !locale.equals(reportLocale))) {
            report = screening.report(id, locale);
            reportLocale = locale;
        }
        return report;
    }
}
