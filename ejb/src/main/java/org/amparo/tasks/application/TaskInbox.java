package org.amparo.tasks.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.process.CaseProcess;
import org.amparo.process.CaseStep;
import org.amparo.process.WorkTask;
import org.amparo.tasks.infrastructure.TaskCaseQuery;

/**
 * A worker's task inbox: tasks assigned to them and their groups' unclaimed tasks, most urgent first
 * ({@link InboxItem#urgency}: running holds soonest first, then expired holds most recent first, then the rest, overdue
 * first).
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class TaskInbox {

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    @Inject
    CaseProcess workflow;

    @Inject
    TaskCaseQuery caseQuery;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    org.amparo.cases.application.CaseAccess access;

    /** My tasks and my groups' unclaimed tasks, most urgent first. */
    public List<InboxItem> mine() {
        return mine(null, null);
    }

    /** My inbox narrowed to one step and/or one kind of urgency (null for any), most urgent first. */
    public List<InboxItem> mine(CaseStep step, InboxUrgency urgency) {
        List<WorkTask> tasks = workable(workflow.inbox(caller(), myGroups()));
        Map<Long, Tuple> cases = tasks.isEmpty() ? Map.of()
                : caseQuery.byId(tasks.stream().map(WorkTask::caseId).distinct().toList());
        Instant now = Instant.now(clock);
        return tasks.stream().map(t -> {
            Tuple c = cases.get(t.caseId());
            String name = c == null ? null : (c.get(1) == null ? "" : c.get(1) + " ") + c.get(2);
            return new InboxItem(t.id(), t.step(), t.name(), t.caseId(), t.assignee(), t.candidateGroups(),
                    t.createdAt(), t.dueAt(), t.dueAt() != null && t.dueAt().isBefore(now), name,
                    c == null ? null : c.get(3, EnforcementPriority.class), c == null ? null : c.get(4, Instant.class),
                    c == null || c.get(5) == null ? null : c.get(5).toString());
        }).filter(i -> step == null || i.step() == step)
                .filter(i -> urgency == null || urgency.matches(i, now))
                .sorted(InboxItem.urgency(now)).toList();
    }

    /** The open tasks of one case that I may work (mine, or my groups' unclaimed ones). */
    public List<WorkTask> ofCase(long caseId) {
        if (!access.mayOpen(caseId)) {
            return List.of();
        }
        return workflow.openTasks(caseId).stream().filter(this::mayWork).toList();
    }

    /** How many tasks my inbox lists: the menu's badge. */
    public long count() {
        if (org.amparo.cases.domain.CaseScope.worksByCase(session::isCallerInRole)) {
            return workable(workflow.inbox(caller(), myGroups())).size(); // only the tasks of cases the caller works
        }
        return workflow.inboxCount(caller(), myGroups());
    }

    /** One task I may work, looked up directly (not by scanning the inbox). */
    public WorkTask get(String taskId) {
        return visible(taskId);
    }

    /** Takes a task from my groups' queue. */
    public void claim(String taskId) {
        WorkTask task = visible(taskId);
        if (task.assignee() != null && !task.assignee().equals(caller())) {
            throw validation.invalid("task", "amparo.validation.claimed");
        }
        workflow.claim(taskId, caller());
    }

    /** Gives a task I claimed back to my groups. */
    public void release(String taskId) {
        visible(taskId);
        workflow.release(taskId, caller());
    }

    private WorkTask visible(String taskId) {
        WorkTask task = workflow.task(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
        if (!mayWork(task) || !access.mayOpen(task.caseId())) {
            throw new NotFoundException("Task", taskId);
        }
        return task;
    }

    private boolean mayWork(WorkTask task) {
        return caller().equals(task.assignee())
                || task.assignee() == null && task.candidateGroups().stream().anyMatch(session::isCallerInRole);
    }

    /** The tasks whose cases the caller works ({@link org.amparo.cases.application.CaseAccess}): no other team's. */
    private List<WorkTask> workable(List<WorkTask> tasks) {
        if (tasks.isEmpty() || !org.amparo.cases.domain.CaseScope.worksByCase(session::isCallerInRole)) {
            return tasks;
        }
        java.util.Set<Long> ok = access.workable(tasks.stream().map(WorkTask::caseId).distinct().toList());
        return tasks.stream().filter(t -> ok.contains(t.caseId())).toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private List<String> myGroups() {
        return Roles.ALL.stream().filter(session::isCallerInRole).toList();
    }
}
