package org.amparo.campaigns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignStep;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.Meeting;
import org.amparo.campaigns.domain.MeetingPromise;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.platform.ServerZone;
import org.amparo.process.CampaignProcess;
import org.amparo.process.CampaignTask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a campaign's changes tell its process ({@link CampaignProcess}, issue 14 items 3 and 5): the one place the
 * campaign's days become the process's moments. A step or a promise is due by the end of its day (so its task is overdue
 * from the next day on, as the plan says); the next meeting is due at the start of its day: the last meeting's "next
 * meeting" (three months after it unless the organisers chose a day), or three months after the campaign started when
 * it has had no meeting. Called by the use cases, in their transactions; it checks no role itself.
 */
@ApplicationScoped
public class CampaignWorkflow {

    @Inject
    CampaignProcess process;

    @Inject
    Campaigns campaigns;

    /** Starts the campaign's process unless it has one, with a task for each open step and promise; whether it started one. */
    public boolean started(Campaign campaign) {
        long id = campaign.getId();
        List<CampaignProcess.OpenItem> steps = campaigns.steps(id).stream().filter(s -> s.getDoneOn() == null)
                .map(s -> new CampaignProcess.OpenItem(s.getId(), s.getOwner(), endOf(s.getDueOn()))).toList();
        List<CampaignProcess.OpenItem> promises = campaigns.meetings(id).stream().flatMap(m -> m.getPromises().stream())
                .filter(p -> p.getState() == PromiseState.OPEN)
                .map(p -> new CampaignProcess.OpenItem(p.getId(), null, endOf(p.getDueOn()))).toList();
        return process.start(id, nextMeetingAt(campaign), steps, promises);
    }

    /** The campaign was closed: its process ends, and its open tasks with it. */
    public void closed(Campaign campaign) {
        process.closed(campaign.getId());
    }

    /**
     * Starts a process for each running campaign that has none (at start-up: campaigns from before the process, demo
     * data); a closed campaign's process has ended for good.
     */
    public int startMissing() {
        List<Campaign> all = campaigns.all().stream().filter(c -> !c.isClosed()).toList();
        java.util.Set<Long> running = process.running(all.stream().map(Campaign::getId).toList());
        int started = 0;
        for (Campaign c : all) {
            if (running.contains(c.getId())) {
                continue;
            }
            campaigns.lock(c); // another server starting at the same moment waits here, then finds the process running
            if (process.running(List.of(c.getId())).isEmpty() && started(c)) {
                started++;
            }
        }
        return started;
    }

    public void stepPlanned(CampaignStep step) {
        process.stepPlanned(step.getCampaignId(), step.getId(), step.getOwner(), endOf(step.getDueOn()));
    }

    public void stepDone(CampaignStep step, String by) {
        process.stepDone(step.getCampaignId(), step.getId(), by);
    }

    public void stepRemoved(CampaignStep step) {
        process.stepRemoved(step.getCampaignId(), step.getId());
    }

    public void promiseMade(MeetingPromise promise) {
        process.promiseMade(promise.getMeeting().getCampaignId(), promise.getId(), endOf(promise.getDueOn()));
    }

    /** The promise was kept or broken (its task is done), or reopened (a task again). */
    public void promiseSettled(MeetingPromise promise, String by) {
        if (promise.getState() == PromiseState.OPEN) {
            promiseMade(promise);
        } else {
            process.promiseSettled(promise.getMeeting().getCampaignId(), promise.getId(), by);
        }
    }

    /** A meeting was recorded: the process waits for the next one from its day. */
    public void meetingHeld(long campaignId) {
        campaigns.find(campaignId).ifPresent(c -> process.meetingHeld(campaignId, nextMeetingAt(c)));
    }

    /** The "hold the next meeting" task was dealt with without a meeting: the next is due three months from today. */
    /**
     * The next meeting is dealt with: the task ends and the wait starts again.
     *
     * @throws org.amparo.shared.domain.NotFoundException when that is not the campaign's open next-meeting task
     */
    public void nextMeetingPostponed(long campaignId, String taskId, String by, LocalDate today) {
        process.task(taskId).filter(t -> t.campaignId() == campaignId && t.kind() == CampaignTask.Kind.NEXT_MEETING)
                .orElseThrow(() -> new org.amparo.shared.domain.NotFoundException("Task", taskId));
        process.nextMeetingPostponed(taskId, by, startOf(today.plusMonths(Meeting.MONTHS_TO_NEXT)));
    }

    /** When the campaign's next meeting is due. */
    Instant nextMeetingAt(Campaign campaign) {
        return campaigns.meetings(campaign.getId()).stream().findFirst().map(m -> startOf(m.getNextMeetingOn()))
                .orElseGet(() -> startOf(LocalDate.ofInstant(campaign.getCreatedAt(), ServerZone.get()).plusMonths(Meeting.MONTHS_TO_NEXT)));
    }

    /** The end of a day (the next day's start), in the server's zone: what "due on" a day means. */
    static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ServerZone.get()).toInstant();
    }
}
