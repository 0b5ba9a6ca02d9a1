package org.amparo.web.tasks;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.security.application.AccountOption;
import org.amparo.security.application.UserAccounts;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.tasks.application.TaskCompletion;
import org.amparo.tasks.application.InboxItem;
import org.amparo.tasks.application.TaskForms;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.web.Messages;

/**
 * The task inbox page: my tasks and my groups' unclaimed ones, overdue first; claim, release, and complete a task
 * with its step's form in a dialog. One service call per action; the form fields are only UI state.
 */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskInbox inbox;

    @Inject
    TaskCompletion tasks;

    @Inject
    UserAccounts accounts;

    @Inject
    ReferenceQueries reference;

    @Inject
    org.amparo.tasks.application.TaskInboxExport inboxExport;

    @Inject
    org.amparo.exports.application.ExportPolicy exportPolicy;

    private List<InboxItem> items;
    private org.amparo.process.CaseStep step;
    private org.amparo.tasks.application.InboxUrgency urgency;
    private InboxItem selected;
    private List<AccountOption> attorneys;

    // The step forms' fields.
    private LocalDate dateOfBirth;
    private ImmigrationStatus immigrationStatus;
    private LocalDate firstEntry;
    private LocalDate continuousResidenceSince;
    private Education education;
    private Boolean gangMember;
    private Boolean nationalSecurityConcern;
    private Boolean consentToPublicize;
    private LocalDateTime bookedAt;
    private LocalDateTime scheduledReleaseAt;
    private String detainerForm;
    private LocalDateTime detainerIssuedAt;
    private Boolean servedOnPerson;
    private Boolean honored;
    private Boolean notifiedIce;
    private String attorney;
    private Boolean accept;
    private String reason;
    private boolean recommendCampaign;
    private Boolean approve;
    private CaseOutcome outcome;

    public List<InboxItem> getTasks() {
        if (items == null) {
            // The table sorts the list it is given in place: a copy, since the service's list is unmodifiable.
            items = new java.util.ArrayList<>(inbox.mine(step, urgency));
        }
        return items;
    }

    /** The step and urgency filters changed: read the inbox again. */
    public void filter() {
        items = null;
    }

    public org.amparo.process.CaseStep[] getSteps() {
        return org.amparo.process.CaseStep.values();
    }

    public org.amparo.tasks.application.InboxUrgency[] getUrgencies() {
        return org.amparo.tasks.application.InboxUrgency.values();
    }

    public org.amparo.process.CaseStep getStepFilter() { return step; }
    public void setStepFilter(org.amparo.process.CaseStep v) { step = v; }
    public org.amparo.tasks.application.InboxUrgency getUrgency() { return urgency; }
    public void setUrgency(org.amparo.tasks.application.InboxUrgency v) { urgency = v; }

    public void claim(String taskId) {
        inbox.claim(taskId);
        items = null;
        Messages.info("task.claimed");
    }

    public void release(String taskId) {
        inbox.release(taskId);
        items = null;
        Messages.info("task.released");
    }

    /** Opens the step's form for a task, empty. */
    public void open(InboxItem task) {
        selected = task;
        dateOfBirth = null;
        immigrationStatus = null;
        firstEntry = null;
        continuousResidenceSince = null;
        education = null;
        gangMember = null;
        nationalSecurityConcern = null;
        consentToPublicize = null;
        bookedAt = null;
        scheduledReleaseAt = null;
        detainerForm = null;
        detainerIssuedAt = null;
        servedOnPerson = null;
        honored = null;
        notifiedIce = null;
        attorney = null;
        accept = null;
        reason = null;
        recommendCampaign = false;
        approve = null;
        outcome = null;
    }

    /** Completes the selected task with its form; field errors stay on the form with what was typed. */
    public void complete() {
        if (selected == null) {
            return;
        }
        String id = selected.id();
        try {
            switch (selected.step()) {
                case INTAKE -> tasks.completeIntake(id, new TaskForms.Intake(dateOfBirth, immigrationStatus, firstEntry,
                        continuousResidenceSince, education, gangMember, nationalSecurityConcern, consentToPublicize,
                        bookedAt, scheduledReleaseAt, detainerForm, detainerIssuedAt, servedOnPerson));
                case ICE_HOLD_CHECK, ICE_HOLD_RECHECK -> tasks.completeHoldCheck(id,
                        new TaskForms.HoldCheck(scheduledReleaseAt, servedOnPerson, honored, notifiedIce));
                case ATTORNEY_REFERRAL -> tasks.assignAttorney(id, new TaskForms.AttorneyAssignment(attorney));
                case ATTORNEY_RESPONSE -> tasks.respondToReferral(id, new TaskForms.ReferralResponse(accept, reason));
                case ATTORNEY_REVIEW -> tasks.completeReview(id, new TaskForms.Review(recommendCampaign));
                case CAMPAIGN_APPROVAL -> tasks.decideCampaign(id, new TaskForms.CampaignDecision(approve));
                case CLOSURE -> tasks.closeCase(id, new TaskForms.Closure(outcome));
                default -> tasks.acknowledgeAlert(id);
            }
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("step", invalid);
            return;
        }
        selected = null;
        items = null;
        Messages.info("task.completed");
        org.primefaces.PrimeFaces.current().executeScript("PF('stepDialog').hide()");
    }

    public List<AccountOption> getAttorneys() {
        if (attorneys == null) {
            attorneys = accounts.attorneys();
        }
        return attorneys;
    }

    public List<String> getIceForms() {
        return reference.iceDocumentFormCodes();
    }

    public ImmigrationStatus[] getStatuses() {
        return ImmigrationStatus.values();
    }

    public Education[] getEducations() {
        return Education.values();
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public InboxItem getSelected() {
        return selected;
    }

    public org.amparo.process.CaseStep getStep() {
        return selected == null ? null : selected.step();
    }

    // Getters and setters of the form fields.

    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
    public ImmigrationStatus getImmigrationStatus() { return immigrationStatus; }
    public void setImmigrationStatus(ImmigrationStatus v) { immigrationStatus = v; }
    public LocalDate getFirstEntry() { return firstEntry; }
    public void setFirstEntry(LocalDate v) { firstEntry = v; }
    public LocalDate getContinuousResidenceSince() { return continuousResidenceSince; }
    public void setContinuousResidenceSince(LocalDate v) { continuousResidenceSince = v; }
    public Education getEducation() { return education; }
    public void setEducation(Education v) { education = v; }
    public Boolean getGangMember() { return gangMember; }
    public void setGangMember(Boolean v) { gangMember = v; }
    public Boolean getNationalSecurityConcern() { return nationalSecurityConcern; }
    public void setNationalSecurityConcern(Boolean v) { nationalSecurityConcern = v; }
    public Boolean getConsentToPublicize() { return consentToPublicize; }
    public void setConsentToPublicize(Boolean v) { consentToPublicize = v; }
    public LocalDateTime getBookedAt() { return bookedAt; }
    public void setBookedAt(LocalDateTime v) { bookedAt = v; }
    public LocalDateTime getScheduledReleaseAt() { return scheduledReleaseAt; }
    public void setScheduledReleaseAt(LocalDateTime v) { scheduledReleaseAt = v; }
    public String getDetainerForm() { return detainerForm; }
    public void setDetainerForm(String v) { detainerForm = v; }
    public LocalDateTime getDetainerIssuedAt() { return detainerIssuedAt; }
    public void setDetainerIssuedAt(LocalDateTime v) { detainerIssuedAt = v; }
    public Boolean getServedOnPerson() { return servedOnPerson; }
    public void setServedOnPerson(Boolean v) { servedOnPerson = v; }
    public Boolean getHonored() { return honored; }
    public void setHonored(Boolean v) { honored = v; }
    public Boolean getNotifiedIce() { return notifiedIce; }
    public void setNotifiedIce(Boolean v) { notifiedIce = v; }
    public String getAttorney() { return attorney; }
    public void setAttorney(String v) { attorney = v; }
    public Boolean getAccept() { return accept; }
    public void setAccept(Boolean v) { accept = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public boolean isRecommendCampaign() { return recommendCampaign; }
    public void setRecommendCampaign(boolean v) { recommendCampaign = v; }
    public Boolean getApprove() { return approve; }
    public void setApprove(Boolean v) { approve = v; }
    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome v) { outcome = v; }

    /**
     * The inbox as XLSX, as the table shows it (its column filters and sort): identified for supervisors and admins,
     * de-identified for everyone else.
     */
    public org.primefaces.model.StreamedContent exportXlsx() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        var table = (org.primefaces.component.datatable.DataTable) faces.getViewRoot().findComponent("tasks:table");
        List<?> shown = table != null && table.getFilteredValue() != null ? table.getFilteredValue() : getTasks();
        List<String> ids = shown.stream().map(o -> ((InboxItem) o).id()).toList();
        return org.amparo.web.Downloads.xlsx("amparo-tasks.xlsx",
                out -> inboxExport.export(ids, faces.getViewRoot().getLocale(), out, exportPolicy.defaultMode()));
    }
}
