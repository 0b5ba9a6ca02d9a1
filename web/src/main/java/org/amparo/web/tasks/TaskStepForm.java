package org.amparo.web.tasks;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.process.CaseStep;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.security.application.AccountOption;
import org.amparo.security.application.UserAccounts;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.tasks.application.TaskCompletion;
import org.amparo.tasks.application.TaskForms;
import org.amparo.web.Messages;

/**
 * The dialog that completes one task with its step's form ({@code /WEB-INF/includes/stepDialog.xhtml}), the same on
 * the inbox and on the case file. One service call per step; the fields are only UI state. A completion is announced
 * as a {@link TaskCompleted} event, so the page that opened the dialog reads its tasks again.
 */
@Named("stepForm")
@ViewScoped
public class TaskStepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dialog's inputs whose ids are not their forms' fields' names (the hold check's have ids of their own). */
    private static final java.util.Map<String, String> INTAKE_INPUTS = java.util.Map.of("detainerServedOnPerson", "servedOnPerson");
    private static final java.util.Map<String, String> HOLD_CHECK_INPUTS = java.util.Map.of(
            "scheduledReleaseAt", "holdRelease", "servedOnPerson", "holdServed");

    /** A task was completed on this page. */
    public record TaskCompleted(String taskId, long caseId) {
    }

    @Inject
    TaskCompletion tasks;

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    @Inject
    UserAccounts accounts;

    @Inject
    ReferenceQueries reference;

    @Inject
    Event<TaskCompleted> completed;

    private String taskId;
    private CaseStep step;
    /** What the case knew when the form opened (intake's facts, the hold's answers), or null. */
    private TaskForms.Intake intakeOnFile;
    private TaskForms.HoldCheck holdCheckOnFile;
    private long caseId;
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

    /**
     * Opens the step's form for a task: empty, but for what the case already knows of intake's facts and of the hold's
     * answers, so that nobody is asked to type again what is on file (and a blank left there erases nothing anyway).
     */
    public void open(String taskId, CaseStep step, long caseId) {
        this.taskId = taskId;
        this.step = step;
        this.caseId = caseId;
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
        intakeOnFile = null;
        holdCheckOnFile = null;
        try {
            switch (step) {
                case INTAKE -> {
                    TaskForms.Intake known = tasks.intakeOnFile(taskId);
                    intakeOnFile = known;
                    dateOfBirth = known.dateOfBirth();
                    immigrationStatus = known.immigrationStatus();
                    continuousResidenceSince = known.continuousResidenceSince();
                    education = known.education();
                    gangMember = known.gangMember();
                    nationalSecurityConcern = known.nationalSecurityConcern();
                    consentToPublicize = known.consentToPublicize();
                    bookedAt = known.bookedAt();
                    scheduledReleaseAt = known.scheduledReleaseAt();
                }
                case ICE_HOLD_CHECK, ICE_HOLD_RECHECK -> {
                    TaskForms.HoldCheck known = tasks.holdCheckOnFile(taskId);
                    holdCheckOnFile = known;
                    servedOnPerson = known.servedOnPerson();
                    honored = known.honored();
                    notifiedIce = known.notifiedIce();
                }
                default -> {
                    // the other steps' forms ask for a decision, which nothing on file holds
                }
            }
        } catch (org.amparo.shared.domain.NotFoundException | InvalidInputException
                 | org.amparo.cases.domain.CaseAccessDeniedException gone) {
            notOpenToMe();
        } catch (jakarta.ejb.EJBException refused) {
            if (!(refused instanceof jakarta.ejb.EJBAccessException) && !(refused.getCause() instanceof SecurityException)) {
                throw refused;
            }
            notOpenToMe(); // claimed by someone else since the list was drawn
        }
    }

    /**
     * The task is no longer the caller's to complete (completed, claimed by someone else or moved on since the list was
     * drawn): no dialog (its buttons show it only when nothing failed), and a message saying why.
     */
    private void notOpenToMe() {
        taskId = null;
        Messages.error("task.notOpenToYou");
        org.omnifaces.util.Faces.validationFailed();
    }

    /**
     * Answers on file that the form was set back to "unknown": a step adds what it learnt and erases nothing, so such a
     * change would be silently ignored; it is refused, by the field, pointing to the case file, where facts are cleared.
     */
    private java.util.List<org.amparo.shared.domain.FieldError> clearedOnFile() {
        java.util.List<org.amparo.shared.domain.FieldError> cleared = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, Boolean> check = (input, wasClearedNow) -> {
            if (wasClearedNow) {
                cleared.add(new org.amparo.shared.domain.FieldError(input, Messages.text("task.clearOnCaseFile")));
            }
        };
        if (step == CaseStep.INTAKE && intakeOnFile != null) {
            TaskForms.Intake known = intakeOnFile;
            check.accept("dateOfBirth", known.dateOfBirth() != null && dateOfBirth == null);
            check.accept("immigrationStatus", known.immigrationStatus() != null && immigrationStatus == null);
            check.accept("continuousResidenceSince", known.continuousResidenceSince() != null && continuousResidenceSince == null);
            check.accept("education", known.education() != null && education == null);
            check.accept("gangMember", known.gangMember() != null && gangMember == null);
            check.accept("nationalSecurityConcern", known.nationalSecurityConcern() != null && nationalSecurityConcern == null);
            check.accept("consentToPublicize", known.consentToPublicize() != null && consentToPublicize == null);
            check.accept("bookedAt", known.bookedAt() != null && bookedAt == null);
            check.accept("scheduledReleaseAt", known.scheduledReleaseAt() != null && scheduledReleaseAt == null);
        } else if (holdCheckOnFile != null && (step == CaseStep.ICE_HOLD_CHECK || step == CaseStep.ICE_HOLD_RECHECK)) {
            TaskForms.HoldCheck known = holdCheckOnFile;
            check.accept("servedOnPerson", known.servedOnPerson() != null && servedOnPerson == null);
            check.accept("honored", known.honored() != null && honored == null);
            check.accept("notifiedIce", known.notifiedIce() != null && notifiedIce == null);
        }
        return cleared;
    }

    /**
     * The form was sent with a value it could not read (a date such as 31/02/1990), which JSF refuses before any
     * action: the rest's refusals (an answer on file set back to unknown, the step form's constraints, the first check
     * of completing it) are listed with that one, not at the next try. Nothing is completed.
     */
    public void readTheRest(jakarta.faces.event.ComponentSystemEvent event) {
        org.amparo.web.UnreadValues.Unread unread = org.amparo.web.UnreadValues.readTheRest(event);
        if (!unread.any() || taskId == null || !org.amparo.web.UnreadValues.sentBy(event, "completeStep")) {
            return;
        }
        java.util.List<org.amparo.shared.domain.FieldError> refusals = new java.util.ArrayList<>(clearedOnFile());
        if (step == CaseStep.INTAKE) {
            refusals.addAll(validation.errorsOf(intakeForm()));
        } else if (step == CaseStep.ICE_HOLD_CHECK || step == CaseStep.ICE_HOLD_RECHECK) {
            refusals.addAll(validation.errorsOf(holdCheckForm()));
        }
        Messages.fieldErrors("step", refusals, step == CaseStep.INTAKE ? INTAKE_INPUTS : HOLD_CHECK_INPUTS, unread);
    }

    private TaskForms.Intake intakeForm() {
        return new TaskForms.Intake(dateOfBirth, immigrationStatus, firstEntry, continuousResidenceSince, education,
                gangMember, nationalSecurityConcern, consentToPublicize, bookedAt, scheduledReleaseAt, detainerForm,
                detainerIssuedAt, servedOnPerson);
    }

    private TaskForms.HoldCheck holdCheckForm() {
        return new TaskForms.HoldCheck(scheduledReleaseAt, servedOnPerson, honored, notifiedIce);
    }

    /** Completes the open task with its form; field errors stay on the form with what was typed. */
    public void complete() {
        if (taskId == null) {
            return;
        }
        String id = taskId;
        try {
            java.util.List<org.amparo.shared.domain.FieldError> cleared = clearedOnFile();
            if (!cleared.isEmpty()) {
                throw new InvalidInputException(cleared);
            }
            switch (step) {
                case INTAKE -> tasks.completeIntake(id, intakeForm());
                case ICE_HOLD_CHECK, ICE_HOLD_RECHECK -> tasks.completeHoldCheck(id, holdCheckForm());
                case ATTORNEY_REFERRAL -> tasks.assignAttorney(id, new TaskForms.AttorneyAssignment(attorney));
                case ATTORNEY_RESPONSE -> tasks.respondToReferral(id, new TaskForms.ReferralResponse(accept, reason));
                case ATTORNEY_REVIEW -> tasks.completeReview(id, new TaskForms.Review(recommendCampaign));
                case CAMPAIGN_APPROVAL -> tasks.decideCampaign(id, new TaskForms.CampaignDecision(approve));
                case CLOSURE -> tasks.closeCase(id, new TaskForms.Closure(outcome));
                default -> tasks.acknowledgeAlert(id);
            }
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("step", invalid, step == CaseStep.INTAKE ? INTAKE_INPUTS : HOLD_CHECK_INPUTS);
            return;
        }
        taskId = null;
        Messages.info("task.completed");
        completed.fire(new TaskCompleted(id, caseId));
        org.primefaces.PrimeFaces.current().executeScript("PF('stepDialog').hide()");
    }

    /** Whether a task's form is open. */
    public boolean isOpen() {
        return taskId != null;
    }

    public CaseStep getStep() {
        return step;
    }

    public long getCaseId() {
        return caseId;
    }

    /** A hold alert, which is acknowledged rather than filled in. */
    public boolean isAlert() {
        return step != null && step.isHoldAlert();
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
}
