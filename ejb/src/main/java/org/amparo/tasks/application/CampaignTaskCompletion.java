package org.amparo.tasks.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.campaigns.application.CampaignActionPlan;
import org.amparo.campaigns.application.CampaignMeetings;
import org.amparo.campaigns.application.MeetingForms;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.MeetingPromise;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.process.CampaignProcess;
import org.amparo.process.CampaignTask;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Completing a campaign's task from the inbox (issue 14): each kind through the campaign's own use case, so the inbox
 * and the campaign page do one thing in one place. A step's task marks the step done ({@link CampaignActionPlan#markDone}:
 * its owner, or who runs campaigns); a promise's task records whether it was kept or broken
 * ({@link CampaignMeetings#settle}); the next meeting's task, dealt with without a meeting, waits three more months
 * ({@link CampaignMeetings#nextMeetingPostponed}). Only a task of the caller's inbox (theirs, or unclaimed in their
 * groups) is found; any other is not.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CampaignTaskCompletion {

    @Inject
    CampaignProcess process;

    @Inject
    Campaigns campaigns;

    @EJB
    CampaignActionPlan plan;

    @EJB
    CampaignMeetings meetings;

    @Inject
    InputValidation validation;

    @Resource
    SessionContext session;

    /** What the inbox says when it completes a campaign's task: for a promise, whether it was kept or broken, and when. */
    public record Form(PromiseState state, LocalDate on) implements Serializable {
    }

    /** Whether the id is a campaign's open task (and not a case's). */
    public boolean isCampaignTask(String taskId) {
        return process.task(taskId).isPresent();
    }

    /**
     * Completes the task.
     *
     * @throws NotFoundException when it is no open campaign task of the caller's inbox
     * @throws org.amparo.shared.domain.InvalidInputException on {@code state} when a promise's task says neither kept nor
     *         broken
     */
    public void complete(String taskId, Form form) {
        CampaignTask task = process.task(taskId).filter(this::mine).orElseThrow(() -> new NotFoundException("Task", taskId));
        switch (task.kind()) {
            case STEP -> plan.markDone(task.campaignId(), task.subjectId());
            case PROMISE -> {
                Form f = form == null ? new Form(null, null) : form;
                if (f.state() == null || f.state() == PromiseState.OPEN) {
                    throw validation.invalid("state", "amparo.validation.required");
                }
                MeetingPromise promise = campaigns.promise(task.subjectId()).orElseThrow(() -> new NotFoundException("Meeting promise", task.subjectId()));
                meetings.settle(task.campaignId(), task.subjectId(), new MeetingForms.Settle(promise.getVersion(), f.state(), f.on()));
            }
            case NEXT_MEETING -> meetings.nextMeetingPostponed(task.campaignId(), taskId);
        }
    }

    private boolean mine(CampaignTask task) {
        String me = session.getCallerPrincipal().getName();
        return me.equals(task.assignee()) || task.assignee() == null && task.candidateGroups().stream().anyMatch(session::isCallerInRole);
    }
}
