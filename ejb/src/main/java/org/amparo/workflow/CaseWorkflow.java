package org.amparo.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case process as the application sees it: start it, ask who must act, act. The Flowable adapter in the
 * workflows module implements this; nothing in this module knows Flowable. Process variables hold ids only.
 */
public interface CaseWorkflow {

    /** Starts the process for a newly opened case and returns the process instance id. */
    String start(long caseId, Map<String, Object> facts);

    /** Tasks assigned to the user, and unclaimed tasks of the user's groups, most urgent first. */
    List<WorkTask> inbox(String userId, Collection<String> groups);

    /** The open tasks of one case. */
    List<WorkTask> openTasks(long caseId);

    /** Takes a task so nobody else works on it at the same time. */
    void claim(String taskId, String userId);

    /** Gives a claimed task back to its groups. */
    void release(String taskId, String userId);

    /**
     * Completes a task with what the user decided.
     *
     * @param outcome variables the process routes on (ids, flags, dates)
     * @param summary a short record of the decision for the step history, without personal data
     */
    void complete(String taskId, String userId, Map<String, Object> outcome, String summary);

    /** One open task, if it exists. */
    Optional<WorkTask> task(String taskId);

    /** How many tasks the inbox would list. */
    long inboxCount(String userId, Collection<String> groups);

    /** Updates the facts the running process routes on (flags, dates), without moving it. */
    void updateFacts(long caseId, Map<String, Object> facts);

    /** Ends the case's process and its open tasks without an outcome (the case was deleted); no process is fine. */
    void cancel(long caseId, String reason);

    /**
     * Delivers an event from outside to the case's running process, after updating its facts. An event no step is
     * waiting for is ignored (the facts are still updated).
     */
    void raise(long caseId, CaseEvent event, Map<String, Object> facts);

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
