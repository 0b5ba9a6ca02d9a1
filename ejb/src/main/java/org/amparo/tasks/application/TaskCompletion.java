package org.amparo.tasks.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.people.domain.People;
import org.amparo.people.domain.Person;
import org.amparo.process.CaseProcess;
import org.amparo.process.CaseStep;
import org.amparo.process.ProcessFacts;
import org.amparo.process.StepDecision;
import org.amparo.process.WorkTask;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.security.application.UserAccounts;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

/**
 * Completing the case process's tasks, one use case per step. Each checks that the caller may work the task, records
 * what the step learnt on the case through the case's and the person's own methods (so a detainer typed here has the
 * same consequences as one typed into the case file), and completes the task with a typed decision, all in one
 * transaction: a refused step changes nothing.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class TaskCompletion {

    static final Duration REVIEW_TIME = Duration.ofDays(3);

    @Inject
    CaseProcess process;

    @Inject
    DetentionCases cases;

    @Inject
    People people;

    @Inject
    IceDocumentForms forms;

    @Inject
    UserAccounts accounts;

    @Inject
    InputValidation validation;

    @Inject
    org.amparo.casefile.application.CaseNotesAndDocuments notes;

    @Inject
    org.amparo.shared.domain.RequestLocale requestLocale;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    org.amparo.cases.application.CaseAccess access;

    /** Completes intake with the facts screening needs; screening runs as the next step. */
    public void completeIntake(String taskId, TaskForms.Intake form) {
        WorkTask task = myTask(taskId, CaseStep.INTAKE);
        validation.check(form);
        DetentionCase c = cases.require(task.caseId());
        Person p = c.getPerson();
        IceDocumentForm iceForm = null;
        if (form.detainerForm() != null && !form.detainerForm().isBlank()) {
            iceForm = forms.find(form.detainerForm())
                    .orElseThrow(() -> validation.invalid("detainerForm", "amparo.validation.unknownForm"));
        }
        if (form.dateOfBirth() != null) {
            p.correctDateOfBirth(form.dateOfBirth());
        }
        // what intake leaves blank it did not learn: the facts someone recorded before it stay
        p.learnImmigrationFacts(form.immigrationStatus(), form.education(), form.continuousResidenceSince(),
                form.gangMember(), form.nationalSecurityConcern());
        if (form.firstEntry() != null && p.getEntries().stream().noneMatch(e -> e.enteredOn().equals(form.firstEntry()))) {
            try {
                p.recordEntry(form.firstEntry(), null, null);
            } catch (DomainRuleViolation v) {
                throw v.onField("firstEntry");
            }
        }
        p.learnConsentToPublicize(form.consentToPublicize());
        people.save(p);
        if (form.bookedAt() != null || form.scheduledReleaseAt() != null) {
            c.recordCustody(c.getBookingNumber(), form.bookedAt() != null ? form.bookedAt() : c.getBookedAt(),
                    form.scheduledReleaseAt() != null ? form.scheduledReleaseAt() : c.getScheduledReleaseAt());
        }
        if (iceForm != null) {
            c.receiveIceDocument(iceForm, form.detainerIssuedAt(), form.detainerServedOnPerson());
        }
        cases.save(c);
        complete(task, new StepDecision.IntakeCompleted());
    }

    /**
     * What the case already knows of intake's facts, to show in its form: the person's birth, immigration facts and
     * consent, and the case's booking and release. The ICE document is left empty, since one chosen there is a new
     * document on the case.
     */
    public TaskForms.Intake intakeOnFile(String taskId) {
        WorkTask task = myTask(taskId, CaseStep.INTAKE);
        DetentionCase c = cases.require(task.caseId());
        Person p = c.getPerson();
        // the person's facts, read outside the case file: a reading of it all the same, for the unusual-reading report
        audit.record("case.file.viewed", "DetentionCase", task.caseId(), "via=task");
        return new TaskForms.Intake(p.getDateOfBirth(), p.getImmigrationStatus(), null, p.getContinuousResidenceSince(),
                p.getEducation(), p.getGangMember(), p.getNationalSecurityConcern(), p.getConsentToPublicize(),
                c.getBookedAt(), c.getScheduledReleaseAt(), null, null, null);
    }

    /**
     * What the case already knows of an ICE-hold check's facts, to show in its form: the hold's answers so far. The
     * release is left empty, to be typed as the jail confirms it: that confirmation is what the check is for.
     */
    public TaskForms.HoldCheck holdCheckOnFile(String taskId) {
        WorkTask task = myTask(taskId, CaseStep.ICE_HOLD_CHECK, CaseStep.ICE_HOLD_RECHECK);
        DetentionCase c = cases.require(task.caseId());
        java.util.Optional<Detainer> hold = c.latestActiveHoldRequest();
        audit.record("case.file.viewed", "DetentionCase", task.caseId(), "via=task");
        return new TaskForms.HoldCheck(null, hold.map(Detainer::getServedOnPerson).orElse(null),
                hold.map(Detainer::getHonored).orElse(null), hold.map(Detainer::getNotifiedIce).orElse(null));
    }

    /** Records what the jail confirmed about the hold; the hold watch restarts with the verified expiry. */
    public void completeHoldCheck(String taskId, TaskForms.HoldCheck form) {
        WorkTask task = myTask(taskId, CaseStep.ICE_HOLD_CHECK, CaseStep.ICE_HOLD_RECHECK);
        validation.check(form);
        DetentionCase c = cases.require(task.caseId());
        Detainer detainer = c.latestActiveHoldRequest()
                .orElseThrow(() -> validation.invalid("detainer", "amparo.validation.noHoldToCheck"));
        c.rescheduleRelease(form.scheduledReleaseAt());
        if (form.servedOnPerson() != null) {
            detainer.recordService(form.servedOnPerson()); // not known: what the call or intake recorded stays
        }
        detainer.learnJailResponse(form.honored(), form.notifiedIce());
        cases.save(c);
        complete(task, new StepDecision.HoldVerified());
    }

    /** The supervisor assigns an attorney; the attorney gets the referral to accept or decline. */
    public void assignAttorney(String taskId, TaskForms.AttorneyAssignment form) {
        WorkTask task = myTask(taskId, CaseStep.ATTORNEY_REFERRAL);
        validation.check(form);
        String attorney = form.attorney().trim();
        if (!accounts.isActive(attorney, Roles.ATTORNEY)) {
            throw validation.invalid("attorney", "amparo.validation.unknownAttorney");
        }
        DetentionCase c = cases.require(task.caseId());
        c.assignAttorney(attorney);
        cases.save(c);
        complete(task, new StepDecision.AttorneyAssigned(attorney));
    }

    /** The assigned attorney accepts (review due in 3 days, or by the hold's expiry) or declines with a reason. */
    public void respondToReferral(String taskId, TaskForms.ReferralResponse form) {
        WorkTask task = myTask(taskId, CaseStep.ATTORNEY_RESPONSE);
        validation.check(form);
        DetentionCase c = cases.require(task.caseId());
        if (form.accept()) {
            Instant now = Instant.now(clock);
            Instant due = now.plus(REVIEW_TIME);
            ProcessFacts facts = ProcessFacts.of(c);
            if (facts.hasActiveHold() && facts.holdExpiresAt().isAfter(now) && facts.holdExpiresAt().isBefore(due)) {
                due = facts.holdExpiresAt();
            }
            complete(task, new StepDecision.ReferralAccepted(due));
        } else {
            if (form.reason() == null || form.reason().isBlank()) {
                throw validation.invalid("reason", "amparo.validation.declineReason");
            }
            // The reason, free text, is the attorney's note on the case, where the supervisors read it: encrypted,
            // audited and removed by retention as every note is; the step's history says only that they declined.
            // Written through the notes' own use case while the attorney still works the case.
            String reason = form.reason().trim();
            notes.addNote(c.getId(), new org.amparo.casefile.application.CaseFileForms.NoteForm(java.text.MessageFormat.format(
                    org.amparo.shared.domain.Labels.text("note.referralDeclined", "{0}", requestLocale.get()), reason), false));
            c.assignAttorney(null);
            cases.save(c);
            complete(task, new StepDecision.ReferralDeclined(reason));
        }
    }

    /** The attorney finishes the review, recommending a campaign or not. */
    public void completeReview(String taskId, TaskForms.Review form) {
        WorkTask task = myTask(taskId, CaseStep.ATTORNEY_REVIEW);
        complete(task, new StepDecision.ReviewCompleted(form.recommendCampaign()));
    }

    /** The supervisor approves or rejects linking the case to a campaign. */
    public void decideCampaign(String taskId, TaskForms.CampaignDecision form) {
        WorkTask task = myTask(taskId, CaseStep.CAMPAIGN_APPROVAL);
        validation.check(form);
        complete(task, new StepDecision.CampaignDecided(form.approve()));
    }

    /** The supervisor closes the case with its outcome. */
    public void closeCase(String taskId, TaskForms.Closure form) {
        WorkTask task = myTask(taskId, CaseStep.CLOSURE);
        validation.check(form);
        complete(task, new StepDecision.CaseClosed(form.outcome()));
    }

    /** A supervisor acknowledges a hold alert (expiring soon, or held past expiry) after acting on it. */
    public void acknowledgeAlert(String taskId) {
        WorkTask task = myTask(taskId, CaseStep.HOLD_EXPIRES_SOON, CaseStep.HELD_PAST_EXPIRY);
        complete(task, new StepDecision.AlertAcknowledged());
    }

    private void complete(WorkTask task, StepDecision decision) {
        process.complete(task.id(), caller(), decision);
        audit.record("task.completed", "DetentionCase", task.caseId(), "step=" + task.step());
    }

    /** The task, if it is one of the expected steps and the caller may work it (assignee, or an unclaimed group task). */
    private WorkTask myTask(String taskId, CaseStep... steps) {
        WorkTask task = process.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
        if (!Set.of(steps).contains(task.step())) {
            throw validation.invalid("task", "amparo.validation.otherStep", task.step());
        }
        String me = caller();
        boolean mine = me.equals(task.assignee());
        boolean myGroups = task.assignee() == null && task.candidateGroups().stream().anyMatch(session::isCallerInRole);
        if (!mine && !myGroups && !session.isCallerInRole(Roles.ADMIN)) {
            throw new SecurityException("Task " + taskId + " is not yours");
        }
        access.require(task.caseId());
        return task;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
