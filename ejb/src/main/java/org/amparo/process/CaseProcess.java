package org.amparo.process;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case process as the application sees it: start it, tell it what happened, ask who must act, act. Every call is
 * typed: the process's variable names and message names live only in the workflows module, whose Flowable adapter
 * implements this port; nothing in this module knows Flowable. Every call joins the caller's transaction.
 */
public interface CaseProcess {

    /** Starts the process for a newly opened case at intake, with no decisions yet, and returns its instance id. */
    String start(long caseId, ProcessFacts facts);

    /** The facts the process routes on changed, without moving any hold: the process is updated, not moved. */
    void factsChanged(long caseId, ProcessFacts facts);

    /** A hold's expiry may have moved (a new release time, a lifted request): the hold watch starts again. */
    void holdChanged(long caseId, ProcessFacts facts);

    /**
     * ICE sent a new document. While the case waits in intake (whose screening leads to the ICE-hold check) or in an
     * open ICE-hold check, that step simply works from the new facts; at any later step the process screens the case
     * again and, if a hold is requested, adds an ICE-hold check for the new request. The hold watch starts again.
     */
    void iceDocumentReceived(long caseId, ProcessFacts facts);

    /** The person left custody (release, transfer): the hold watch ends. */
    void custodyEnded(long caseId, ProcessFacts facts);

    /**
     * The tasks assigned to the user that fall due before a moment, soonest first, at most {@code max} (the calendar
     * feed's task entries: a task nobody claimed is not yet anyone's appointment).
     */
    List<WorkTask> assignedDueBefore(String userId, java.time.Instant before, int max);

    /**
     * Every task of the user's inbox (assigned to them, or unclaimed in one of their groups), however many, each with
     * only what ranking the inbox needs: the inbox is ordered by facts of the cases, which the engine does not hold.
     */
    List<QueuedTask> queue(String userId, Collection<String> groups);

    /** The candidate groups of each of these tasks, by task id (the tasks an inbox shows after ranking). */
    java.util.Map<String, List<String>> candidateGroups(Collection<String> taskIds);

    /** The open tasks of one case. */
    List<WorkTask> openTasks(long caseId);

    /**
     * The open tasks of the case's process instance whose id the caller holds ({@code DetentionCase#getProcessInstanceId}),
     * as {@link #openTasks} answers them, without first looking the instance up by the case (the demo data's writer, which
     * asks after every step it completes).
     */
    default List<WorkTask> openTasksOfInstance(long caseId, String processInstanceId) {
        return openTasks(caseId);
    }

    /**
     * Runs {@code work}, which starts, asks and completes steps of one case's process any number of times, as one unit of
     * the engine's work in the caller's transaction: the rows it changes are read once into the engine's cache and
     * written once, at the end (a task opened and completed within the unit is never written as open). Inside it
     * {@link #start}, {@link #openTasksOfInstance}, {@link #openTasks}, {@link #complete}, {@link #claim} and
     * {@link #factsChanged} see what the unit has done so far; the calls that deliver a message to the process
     * ({@link #holdChanged}, {@link #iceDocumentReceived}, {@link #custodyEnded}), {@link #cancel}, {@link #task} and
     * {@link #release} refuse to run inside it ({@link IllegalStateException}), as they would act on the tables, which
     * hold the unit's work only once it ends; the inbox, the counts and the history read the tables too. For a writer of
     * many cases at once (the demo data); without an engine that can batch, the calls simply run one by one.
     */
    default void asOneUnit(Runnable work) {
        work.run();
    }

    /** Takes a task so nobody else works on it at the same time. */
    void claim(String taskId, String userId);

    /** Gives a claimed task back to its groups. */
    void release(String taskId, String userId);

    /** Completes a task with what the user decided; the decision's summary goes into the step history. */
    void complete(String taskId, String userId, StepDecision decision);

    /** One open task, if it exists. */
    Optional<WorkTask> task(String taskId);

    /** How many tasks the inbox would list. */
    long inboxCount(String userId, Collection<String> groups);

    /** Ends the case's process and its open tasks without an outcome (the case was deleted); no process is fine. */
    void cancel(long caseId, String reason);

    /** Every step of the case so far, oldest first, open ones included. */
    List<StepRecord> history(long caseId);

    /** The process diagram of the case with its current and passed activities; empty when the case has none. */
    Optional<ProcessDiagram> diagram(long caseId);

    /**
     * Moves running cases from older versions of the case process to the latest deployed one, where every activity
     * they wait in still exists (same ids). Versions that cannot move are left alone and reported.
     */
    MigrationReport migrateRunningCasesToLatest();

    /** What a migration did: cases moved per old version, and why a version could not move. */
    record MigrationReport(int latestVersion, Map<Integer, Long> movedByVersion, Map<Integer, List<String>> refusedByVersion)
            implements java.io.Serializable {
    }

    /** Open tasks past their due date, oldest due first. */
    List<WorkTask> overdueTasks(java.time.Instant now, int max);

    /** How many open tasks each user has assigned. */
    Map<String, Long> openTasksByAssignee();

    /** Whether the engine answers, and what it says about itself: for the health check. */
    EngineStatus status();

    /** A snapshot of the engine for health reporting. */
    record EngineStatus(boolean up, String name, long runningProcesses) {
    }
}
