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
import org.amparo.process.QueuedTask;
import org.amparo.process.WorkTask;
import org.amparo.tasks.infrastructure.TaskCaseQuery;

/**
 * A worker's task inbox: tasks assigned to them and their groups' unclaimed tasks, most urgent first
 * ({@link InboxItem#urgency}: running holds soonest first, then expired holds most recent first, then the rest, overdue
 * first). The whole inbox is ranked, however many tasks it holds, and the most urgent are listed with the count of all.
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

    /** How many tasks an inbox lists: the most urgent of all of them (the filters apply to every task first). */
    public static final int SHOWN = 500;

    /** My tasks and my groups' unclaimed tasks, the {@link #SHOWN} most urgent. */
    public List<InboxItem> mine() {
        return mine(null, null);
    }

    /** My inbox narrowed to one step and/or one kind of urgency (null for any), the {@link #SHOWN} most urgent. */
    public List<InboxItem> mine(CaseStep step, InboxUrgency urgency) {
        return page(step, urgency, SHOWN).items();
    }

    /**
     * My inbox narrowed to one step and/or one kind of urgency (null for any), ranked whole (most urgent first,
     * {@link InboxItem#urgency}), its first {@code limit} tasks and how many there are in all.
     */
    public InboxPage page(CaseStep step, InboxUrgency urgency, int limit) {
        List<InboxItem> ranked = ranked(step, urgency, Instant.now(clock));
        return new InboxPage(withNamesAndGroups(ranked.subList(0, Math.min(Math.max(0, limit), ranked.size()))), ranked.size());
    }

    /**
     * These tasks of my inbox (the ones a page shows, in its order), with names and groups read for them alone; ids
     * that are not in my inbox are left out. Null ids: the whole inbox, most urgent first.
     */
    public List<InboxItem> these(List<String> taskIds) {
        List<InboxItem> ranked = ranked(null, null, Instant.now(clock));
        if (taskIds == null) {
            return withNamesAndGroups(ranked);
        }
        Map<String, InboxItem> byId = new java.util.HashMap<>();
        ranked.forEach(i -> byId.put(i.id(), i));
        return withNamesAndGroups(taskIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Every task of my inbox that the filters let through, most urgent first, without the person's name or the task's
     * groups: ranking reads of each task's case only its hold, priority and facility's zone (no name is decrypted for a
     * task that is not shown).
     */
    private List<InboxItem> ranked(CaseStep step, InboxUrgency urgency, Instant now) {
        List<QueuedTask> queued = workflow.queue(caller(), myGroups()).stream()
                .filter(t -> step == null || t.step() == step).toList();
        if (queued.isEmpty()) {
            return List.of();
        }
        Map<String, Tuple> cases = workableCasesOf(queued);
        return queued.stream().filter(t -> cases.containsKey(t.processInstanceId()))
                .map(t -> {
                    Tuple c = cases.get(t.processInstanceId());
                    return new InboxItem(t.id(), t.step(), t.name(), c.get(1, Long.class), t.assignee(), List.of(),
                            t.createdAt(), t.dueAt(), t.dueAt() != null && t.dueAt().isBefore(now), null,
                            c.get(2, EnforcementPriority.class), c.get(3, Instant.class), c.get(4) == null ? null : c.get(4).toString());
                })
                .filter(i -> urgency == null || urgency.matches(i, now))
                .sorted(InboxItem.urgency(now)).toList();
    }

    /** The tasks shown, with the person's name and the task's candidate groups read for them alone. */
    private List<InboxItem> withNamesAndGroups(List<InboxItem> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Tuple> cases = caseQuery.byId(shown.stream().map(InboxItem::caseId).distinct().toList());
        Map<String, List<String>> groups = workflow.candidateGroups(shown.stream().map(InboxItem::id).toList());
        return shown.stream().map(i -> {
            Tuple c = cases.get(i.caseId());
            String name = c == null ? null : (c.get(1) == null ? "" : c.get(1) + " ") + c.get(2);
            return new InboxItem(i.id(), i.step(), i.name(), i.caseId(), i.assignee(), groups.getOrDefault(i.id(), List.of()),
                    i.createdAt(), i.dueAt(), i.overdue(), name, i.enforcementPriority(), i.holdExpiresAt(), i.facilityTimeZone());
        }).toList();
    }

    /** The open tasks of one case that I may work (mine, or my groups' unclaimed ones). */
    public List<WorkTask> ofCase(long caseId) {
        if (!access.mayOpen(caseId)) {
            return List.of();
        }
        return workflow.openTasks(caseId).stream().filter(this::mayWork).toList();
    }

    /**
     * The open tasks of one case that I may work, for a caller who asks for that case by its id: like opening it, the
     * case must exist and be one I may open ({@link org.amparo.cases.application.CaseAccess#require}: 404 when there is no
     * such case, 403 and an audited refusal when it is someone else's). One access check, and no summary of the case.
     */
    public List<WorkTask> ofCaseRequired(long caseId) {
        access.require(caseId);
        return workflow.openTasks(caseId).stream().filter(this::mayWork).toList();
    }

    /** How many tasks my inbox holds (all of them, not only those listed): the menu's badge. */
    public long count() {
        if (org.amparo.cases.domain.CaseScope.worksByCase(session::isCallerInRole)) {
            // only the tasks of cases the caller works (no ranking)
            List<QueuedTask> queued = workflow.queue(caller(), myGroups());
            Map<String, Tuple> cases = workableCasesOf(queued);
            return queued.stream().filter(t -> cases.containsKey(t.processInstanceId())).count();
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

    /**
     * The cases of these tasks that exist and that the caller works, by process instance: a tuple of the process
     * instance id, the case id, the enforcement priority, the hold's expiry and the facility's time zone. A task whose
     * case is gone is no one's work.
     */
    private Map<String, Tuple> workableCasesOf(List<QueuedTask> queued) {
        if (queued.isEmpty()) {
            return Map.of();
        }
        Map<String, Tuple> cases = new java.util.HashMap<>(
                caseQuery.byProcessInstance(queued.stream().map(QueuedTask::processInstanceId).distinct().toList()));
        java.util.Set<Long> workable = workableCases(cases.values().stream().map(c -> c.get(1, Long.class)).distinct().toList());
        if (workable != null) {
            cases.values().removeIf(c -> !workable.contains(c.get(1, Long.class)));
        }
        return cases;
    }

    /**
     * Of these cases, the ones the caller works ({@link org.amparo.cases.application.CaseAccess}: no other team's), or
     * null when the caller's role works every case.
     */
    private java.util.Set<Long> workableCases(List<Long> caseIds) {
        if (!org.amparo.cases.domain.CaseScope.worksByCase(session::isCallerInRole)) {
            return null;
        }
        java.util.Set<Long> ok = new java.util.HashSet<>();
        for (int from = 0; from < caseIds.size(); from += 1000) {
            ok.addAll(access.workable(caseIds.subList(from, Math.min(caseIds.size(), from + 1000))));
        }
        return ok;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private List<String> myGroups() {
        return Roles.ALL.stream().filter(session::isCallerInRole).toList();
    }
}
