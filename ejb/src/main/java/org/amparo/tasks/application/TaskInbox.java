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
 *
 * <p>The campaigns' tasks (a step of a plan of action, a promise to follow up, the next meeting; issue 14) are in the
 * same inbox. They are about no person, so no case access applies; the roles that may read the inbox are the roles that
 * work campaigns ({@code CampaignActionPlan}'s). They have no hold, so the one ranking puts them among the case tasks
 * without a hold, overdue first, then by due date: the case tasks keep their order among themselves. A step filter
 * (a case step) leaves them out; the overdue filter keeps the overdue ones.
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

    @Inject
    org.amparo.process.CampaignProcess campaignProcess;

    @Inject
    org.amparo.campaigns.domain.Campaigns campaigns;

    /** The reader's language, for the campaign tasks' words (English outside a request). */
    @Inject
    jakarta.enterprise.inject.Instance<org.amparo.shared.domain.RequestLocale> requestLocale;

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
        return firstOf(ranked(step, urgency, Instant.now(clock)), limit);
    }

    /**
     * My campaigns' tasks only (a plan's steps, promises to follow up, the next meeting), narrowed by urgency (null for
     * any), most urgent first: its first {@code limit} tasks and how many there are in all.
     */
    public InboxPage campaignPage(InboxUrgency urgency, int limit) {
        Instant now = Instant.now(clock);
        return firstOf(campaignTasks(now).stream().filter(i -> urgency == null || urgency.matches(i, now))
                .sorted(InboxItem.urgency(now)).toList(), limit);
    }

    private InboxPage firstOf(List<InboxItem> ranked, int limit) {
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
        List<InboxItem> campaignTasks = step == null ? campaignTasks(now) : List.of();
        if (queued.isEmpty() && campaignTasks.isEmpty()) {
            return List.of();
        }
        Map<String, Tuple> cases = workableCasesOf(queued);
        return java.util.stream.Stream.concat(queued.stream().filter(t -> cases.containsKey(t.processInstanceId()))
                .map(t -> {
                    Tuple c = cases.get(t.processInstanceId());
                    return new InboxItem(t.id(), t.step(), t.name(), c.get(1, Long.class), t.assignee(), List.of(),
                            t.createdAt(), t.dueAt(), t.dueAt() != null && t.dueAt().isBefore(now), null,
                            c.get(2, EnforcementPriority.class), c.get(3, Instant.class), c.get(4) == null ? null : c.get(4).toString());
                }), campaignTasks.stream())
                .filter(i -> urgency == null || urgency.matches(i, now))
                .sorted(InboxItem.urgency(now)).toList();
    }

    /** The tasks shown, with the person's name and the task's candidate groups read for them alone. */
    private List<InboxItem> withNamesAndGroups(List<InboxItem> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<InboxItem> ofCases = shown.stream().filter(i -> !i.campaignTask()).toList();
        Map<Long, Tuple> cases = ofCases.isEmpty() ? Map.of() : caseQuery.byId(ofCases.stream().map(InboxItem::caseId).distinct().toList());
        Map<String, List<String>> groups = ofCases.isEmpty() ? Map.of() : workflow.candidateGroups(ofCases.stream().map(InboxItem::id).toList());
        return shown.stream().map(i -> i.campaignTask() ? i : withNameAndGroups(i, cases, groups)).toList();
    }

    private static InboxItem withNameAndGroups(InboxItem i, Map<Long, Tuple> cases, Map<String, List<String>> groups) {
        Tuple c = cases.get(i.caseId());
        String name = c == null ? null : (c.get(1) == null ? "" : c.get(1) + " ") + c.get(2);
        return new InboxItem(i.id(), i.step(), i.name(), i.caseId(), i.assignee(), groups.getOrDefault(i.id(), List.of()),
                i.createdAt(), i.dueAt(), i.overdue(), name, i.enforcementPriority(), i.holdExpiresAt(), i.facilityTimeZone());
    }

    /**
     * My campaign tasks (assigned to me, or unclaimed in my groups), in words: "Campaign step: the step's title — the
     * campaign's name". A task whose campaign, step or promise is gone is no one's work.
     */
    private List<InboxItem> campaignTasks(Instant now) {
        List<org.amparo.process.CampaignTask> tasks = campaignProcess.queue(caller(), myGroups());
        if (tasks.isEmpty()) {
            return List.of();
        }
        java.util.Locale locale = readerLocale();
        Map<Long, java.util.Optional<org.amparo.campaigns.domain.Campaign>> found = new java.util.HashMap<>();
        List<InboxItem> items = new java.util.ArrayList<>();
        for (org.amparo.process.CampaignTask t : tasks) {
            if (!mayWork(t.assignee(), t.candidateGroups())) {
                continue;
            }
            var campaign = found.computeIfAbsent(t.campaignId(), campaigns::find).orElse(null);
            if (campaign == null) {
                continue;
            }
            String title;
            java.time.LocalDate dueOn;
            switch (t.kind()) {
                case STEP -> {
                    var s = campaigns.step(t.subjectId()).orElse(null);
                    if (s == null || s.getDoneOn() != null) {
                        continue;
                    }
                    title = s.getTitle();
                    dueOn = s.getDueOn();
                }
                case PROMISE -> {
                    var p = campaigns.promise(t.subjectId()).orElse(null);
                    if (p == null) {
                        continue;
                    }
                    title = p.getWhat() != null ? p.getWhat() : org.amparo.shared.domain.Labels.of(p.getKind(), locale);
                    dueOn = p.getDueOn();
                }
                default -> {
                    title = null;
                    dueOn = t.dueAt() == null ? null : java.time.LocalDate.ofInstant(t.dueAt(), org.amparo.platform.ServerZone.get());
                }
            }
            String kind = org.amparo.shared.domain.Labels.of(t.kind(), locale);
            String words = (title == null ? kind : kind + ": " + title) + " \u2014 " + campaign.getName();
            items.add(new InboxItem(t.id(), null, words, 0, t.assignee(), t.candidateGroups(), t.createdAt(), t.dueAt(),
                    t.dueAt() != null && t.dueAt().isBefore(now), null, null, null, null,
                    new InboxItem.CampaignWork(t.kind(), campaign.getId(), campaign.getName(), campaign.getJurisdiction().getId(),
                            t.subjectId(), title, dueOn)));
        }
        return items;
    }

    private java.util.Locale readerLocale() {
        try {
            return requestLocale == null || !requestLocale.isResolvable() ? java.util.Locale.ENGLISH : requestLocale.get().get();
        } catch (RuntimeException noRequest) {
            return java.util.Locale.ENGLISH;
        }
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
            return queued.stream().filter(t -> cases.containsKey(t.processInstanceId())).count() + campaignTasks(Instant.now(clock)).size();
        }
        return workflow.inboxCount(caller(), myGroups()) + campaignTasks(Instant.now(clock)).size();
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
        return mayWork(task.assignee(), task.candidateGroups());
    }

    private boolean mayWork(String assignee, List<String> candidateGroups) {
        return caller().equals(assignee) || assignee == null && candidateGroups.stream().anyMatch(session::isCallerInRole);
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
