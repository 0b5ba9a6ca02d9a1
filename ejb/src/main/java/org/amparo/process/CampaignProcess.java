package org.amparo.process;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's process as the application sees it (issue 14, items 3 and 5): one per campaign, so that its plan's steps,
 * the promises made at its meetings and its next meeting are tasks in the same inbox as the cases'. Like
 * {@link CaseProcess}, typed and engine-free: the BPMN ({@code processes/campaign.bpmn20.xml}), its message and variable
 * names live in the workflows module. Every call joins the caller's transaction; a call about a campaign without a
 * running process does nothing.
 */
public interface CampaignProcess {

    /**
     * Starts the campaign's process, unless it has one running, with a task for each open step and each open promise
     * and the next meeting's day; whether it started one.
     */
    boolean start(long campaignId, Instant nextMeetingAt, List<OpenItem> openSteps, List<OpenItem> openPromises);

    /** Of these campaigns, the ones whose process runs. */
    Set<Long> running(Collection<Long> campaignIds);

    /** A step was planned: a task for its owner, due at {@code dueAt}. */
    void stepPlanned(long campaignId, long stepId, String owner, Instant dueAt);

    /** The step was done: its task, if open, is completed by {@code userId}. */
    void stepDone(long campaignId, long stepId, String userId);

    /** The step was removed from the plan: its task, if open, is deleted. */
    void stepRemoved(long campaignId, long stepId);

    /** A promise was made (or reopened): a task for supervisors, due at {@code dueAt}, unless it has one open. */
    void promiseMade(long campaignId, long promiseId, Instant dueAt);

    /** The promise was kept or broken: its task, if open, is completed by {@code userId}. */
    void promiseSettled(long campaignId, long promiseId, String userId);

    /** A meeting was recorded: an open "hold the next meeting" task ends, and the wait starts over to the new day. */
    void meetingHeld(long campaignId, Instant nextMeetingAt);

    /**
     * A supervisor dealt with the "hold the next meeting" task without recording a meeting: it is completed and the
     * wait starts over to {@code nextMeetingAt}.
     */
    void nextMeetingPostponed(String taskId, String userId, Instant nextMeetingAt);

    /** The campaign was closed: its process ends, with every open task (steps, promises, the next meeting). */
    void closed(long campaignId);

    /** The campaign's open tasks assigned to the user or unclaimed in one of their groups, soonest due first. */
    List<CampaignTask> queue(String userId, Collection<String> groups);

    /**
     * Open campaign tasks (steps, promises, the next meeting) whose due moment is before {@code now}, soonest due first,
     * at most {@code max}: what the morning digest reminds people of beside the cases' overdue tasks.
     */
    List<CampaignTask> overdueTasks(Instant now, int max);

    /** One open campaign task, if it exists. */
    Optional<CampaignTask> task(String taskId);

    /** A step or a promise that is still open, and its due moment. */
    record OpenItem(long id, String owner, Instant dueAt) implements java.io.Serializable {
    }
}
