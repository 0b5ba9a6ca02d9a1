package org.amparo.tasks.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.application.CaseScreening;
import org.amparo.cases.application.ProcessFacts;
import org.amparo.cases.application.ProcessFacts.Variables;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.workflow.CaseEvent;
import org.amparo.workflow.CaseWorkflow;
import org.amparo.workflow.WorkTask;

/**
 * Completing the case process's tasks, one use case per step. Each checks that the caller may work the task and that
 * the case holds what the step needs, records the decision on the case and completes the task, all in one
 * transaction: a refused step changes nothing.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseTasks {

    static final Duration REVIEW_TIME = Duration.ofDays(3);

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseScreening screening;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Completes intake with the facts screening needs; screening runs as the next step. */
    public void completeIntake(String taskId, TaskForms.Intake form) {
        WorkTask task = myTask(taskId, "intake");
        validation.check(form);
        DetentionCase c = load(task.caseId());
        Person p = c.getPerson();
        List<FieldError> errors = new ArrayList<>();
        // The screening step after intake refuses a case without date of birth, status or facility.
        LocalDate born = form.dateOfBirth() != null ? form.dateOfBirth() : p.getDateOfBirth();
        notBefore(errors, "firstEntry", form.firstEntry(), born);
        notBefore(errors, "continuousResidenceSince", form.continuousResidenceSince(), born);
        if (form.bookedAt() != null && form.scheduledReleaseAt() != null && form.scheduledReleaseAt().isBefore(form.bookedAt())) {
            errors.add(new FieldError("scheduledReleaseAt", "cannot be before the booking"));
        }
        IceDocumentForm iceForm = null;
        if (form.detainerForm() != null && !form.detainerForm().isBlank()) {
            iceForm = em.find(IceDocumentForm.class, form.detainerForm().trim());
            if (iceForm == null) {
                errors.add(new FieldError("detainerForm", "is not a known ICE form"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (form.dateOfBirth() != null) {
            try {
                p.correctDateOfBirth(form.dateOfBirth());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("dateOfBirth", "is after an entry or the start of residence on record");
            }
        }
        p.recordImmigrationFacts(form.immigrationStatus(), form.education(), form.continuousResidenceSince(),
                form.gangMember(), form.nationalSecurityConcern());
        if (form.firstEntry() != null && p.getEntries().stream().noneMatch(e -> e.enteredOn().equals(form.firstEntry()))) {
            p.recordEntry(form.firstEntry(), null, null);
        }
        p.recordConsentToPublicize(form.consentToPublicize());
        if (form.bookedAt() != null || form.scheduledReleaseAt() != null) {
            c.recordCustody(c.getBookingNumber(), form.bookedAt() != null ? form.bookedAt() : c.getBookedAt(),
                    form.scheduledReleaseAt() != null ? form.scheduledReleaseAt() : c.getScheduledReleaseAt());
        }
        if (iceForm != null) {
            c.receiveIceDocument(iceForm, form.detainerIssuedAt(), form.detainerServedOnPerson());
        }
        em.flush();
        complete(task, Map.of(), "intake complete");
    }

    /** Records what the jail confirmed about the hold; the hold watch restarts with the verified expiry. */
    public void completeHoldCheck(String taskId, TaskForms.HoldCheck form) {
        WorkTask task = myTask(taskId, "iceHoldCheck", "iceHoldRecheck");
        validation.check(form);
        DetentionCase c = load(task.caseId());
        if (c.getBookedAt() != null && form.scheduledReleaseAt().isBefore(c.getBookedAt())) {
            throw InvalidInputException.of("scheduledReleaseAt", "cannot be before the booking");
        }
        Detainer detainer = c.latestActiveHoldRequest()
                .orElseThrow(() -> InvalidInputException.of("detainer", "the case has no active hold request to check"));
        c.recordCustody(c.getBookingNumber(), c.getBookedAt(), form.scheduledReleaseAt());
        detainer.recordService(form.servedOnPerson());
        detainer.recordJailResponse(form.honored(), form.notifiedIce());
        em.flush();
        screening.rescreen(c.getId());
        workflow.raise(c.getId(), CaseEvent.HOLD_CHANGED, ProcessFacts.of(c).toVariables());
        complete(task, Map.of(), "hold verified");
    }

    /** The supervisor assigns an attorney; the attorney gets the referral to accept or decline. */
    public void assignAttorney(String taskId, TaskForms.AttorneyAssignment form) {
        WorkTask task = myTask(taskId, "attorneyReferral");
        validation.check(form);
        String attorney = form.attorney().trim();
        Long isAttorney = em.createQuery("""
                select count(u) from UserAccount u join u.roles r
                where u.username = :name and u.enabled = true and r = :role""", Long.class)
                .setParameter("name", attorney).setParameter("role", Roles.ATTORNEY).getSingleResult();
        if (isAttorney == 0) {
            throw InvalidInputException.of("attorney", "is not an active attorney account");
        }
        load(task.caseId()).assignAttorney(attorney);
        complete(task, Map.of(Variables.ATTORNEY, attorney), "assigned to " + attorney);
    }

    /** The assigned attorney accepts (review due in 3 days, or by the hold's expiry) or declines with a reason. */
    public void respondToReferral(String taskId, TaskForms.ReferralResponse form) {
        WorkTask task = myTask(taskId, "attorneyResponse");
        validation.check(form);
        DetentionCase c = load(task.caseId());
        Map<String, Object> decision = new HashMap<>();
        if (form.accept()) {
            Instant due = Instant.now(clock).plus(REVIEW_TIME);
            ProcessFacts facts = ProcessFacts.of(c);
            if (facts.hasActiveHold() && facts.holdExpiresAt().isAfter(Instant.now(clock)) && facts.holdExpiresAt().isBefore(due)) {
                due = facts.holdExpiresAt();
            }
            decision.put(Variables.ATTORNEY_ACCEPTED, true);
            decision.put(Variables.REVIEW_DUE, Date.from(due));
            complete(task, decision, "accepted");
        } else {
            if (form.reason() == null || form.reason().isBlank()) {
                throw InvalidInputException.of("reason", "is required when declining");
            }
            c.assignAttorney(null);
            decision.put(Variables.ATTORNEY_ACCEPTED, false);
            decision.put(Variables.ATTORNEY, null);
            complete(task, decision, "declined: " + form.reason().trim());
        }
    }

    /** The attorney finishes the review, recommending a campaign or not. */
    public void completeReview(String taskId, TaskForms.Review form) {
        WorkTask task = myTask(taskId, "attorneyReview");
        complete(task, Map.of(Variables.RECOMMEND_CAMPAIGN, form.recommendCampaign()),
                form.recommendCampaign() ? "campaign recommended" : "reviewed");
    }

    /** The supervisor approves or rejects linking the case to a campaign. */
    public void decideCampaign(String taskId, TaskForms.CampaignDecision form) {
        WorkTask task = myTask(taskId, "campaignApproval");
        validation.check(form);
        complete(task, Map.of(Variables.CAMPAIGN_APPROVED, form.approve()), form.approve() ? "approved" : "rejected");
    }

    /** The supervisor closes the case with its outcome. */
    public void closeCase(String taskId, TaskForms.Closure form) {
        WorkTask task = myTask(taskId, "closure");
        validation.check(form);
        complete(task, Map.of(Variables.OUTCOME, form.outcome().name()), "closed: " + form.outcome().name());
    }

    /** A supervisor acknowledges a hold alert (expiring soon, or held past expiry) after acting on it. */
    public void acknowledgeAlert(String taskId) {
        WorkTask task = myTask(taskId, "holdEscalation", "unlawfulDetention");
        complete(task, Map.of(), "acknowledged");
    }

    private void complete(WorkTask task, Map<String, Object> variables, String summary) {
        workflow.complete(task.id(), caller(), variables, summary);
        audit.record("task.completed", "DetentionCase", task.caseId(), "step=" + task.stepKey());
    }

    /** The task, if it is one of the expected steps and the caller may work it (assignee, or an unclaimed group task). */
    private WorkTask myTask(String taskId, String... steps) {
        WorkTask task = workflow.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
        if (!Set.of(steps).contains(task.stepKey())) {
            throw InvalidInputException.of("task", "This form is not for the step '" + task.stepKey() + "'");
        }
        String me = caller();
        boolean mine = me.equals(task.assignee());
        boolean myGroups = task.assignee() == null && task.candidateGroups().stream().anyMatch(session::isCallerInRole);
        if (!mine && !myGroups && !session.isCallerInRole(Roles.ADMIN)) {
            throw new SecurityException("Task " + taskId + " is not yours");
        }
        return task;
    }

    private DetentionCase load(long caseId) {
        DetentionCase c = em.find(DetentionCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return c;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static void notBefore(List<FieldError> errors, String field, LocalDate day, LocalDate born) {
        if (day != null && born != null && day.isBefore(born)) {
            errors.add(new FieldError(field, "cannot be before the date of birth"));
        }
    }

}
