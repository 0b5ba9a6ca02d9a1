package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amparo.process.CaseStep;
import org.amparo.process.ProcessFacts;
import org.amparo.process.StepDecision;
import org.amparo.process.CaseProcess;
import org.amparo.process.ProcessBusyException;
import org.amparo.process.ProcessDiagram;
import org.amparo.process.StepRecord;
import org.amparo.process.WorkTask;
import org.amparo.shared.domain.InvalidInputException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CaseProcess} on Flowable. Every call joins the caller's JTA transaction, so a case change and the
 * process step it causes commit together or not at all.
 */
@ApplicationScoped
public class FlowableCaseProcess implements CaseProcess {

    static final String PROCESS_KEY = "amparoCase";
    /** The task-local variable that keeps a step's decision for the history. */
    static final String SUMMARY = "decision";

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** The reader's language, for the diagram's names (absent outside a request, and in engine tests). */
    @Inject
    jakarta.enterprise.inject.Instance<org.amparo.shared.domain.RequestLocale> requestLocale;

    /** The case process's messages (BPMN {@code <message>} names). */
    static final String NEW_DETAINER = "newDetainer";
    static final String HOLD_CHANGED = "holdChanged";
    static final String CUSTODY_ENDED = "custodyEnded";
    /** A case's open tasks in the order they were created (the task's id between two of the same moment). */
    static final java.util.Comparator<WorkTask> OLDEST_FIRST = java.util.Comparator.comparing(WorkTask::createdAt,
            java.util.Comparator.nullsFirst(java.util.Comparator.<Instant>naturalOrder())).thenComparing(WorkTask::id);
    /** How many task ids one engine query names. */
    static final int QUEUE_PAGE = 1000;
    /** Steps whose work already covers a new ICE document: intake (its screening leads to the check) and the checks. */
    static final Set<CaseStep> STEPS_THAT_CHECK_HOLDS = Set.of(CaseStep.INTAKE, CaseStep.ICE_HOLD_CHECK, CaseStep.ICE_HOLD_RECHECK);

    @Override
    public String start(long caseId, ProcessFacts facts) {
        Map<String, Object> variables = new HashMap<>(Variables.initialDecisions());
        variables.putAll(Variables.of(facts));
        variables.put(Variables.CASE_ID, caseId);
        return engine().getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(caseId), variables)
                .getId();
    }

    @Override
    public List<WorkTask> assignedDueBefore(String userId, java.time.Instant before, int max) {
        List<Task> tasks = engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .taskAssignee(userId)
                .taskDueBefore(java.util.Date.from(before))
                .includeProcessVariables()
                .orderByTaskDueDate().asc()
                .listPage(0, max);
        return tasks.stream().map(FlowableCaseProcess::toWorkTask).toList();
    }

    @Override
    public List<org.amparo.process.QueuedTask> queue(String userId, Collection<String> groups) {
        // One query, so the answer is one consistent view of the inbox (pages read one after another could skip a task
        // completed in between); its rows carry no variables and no identity links, so even a large inbox is light.
        return mine(userId, groups).list().stream().map(t -> new org.amparo.process.QueuedTask(t.getProcessInstanceId(),
                t.getId(), Steps.of(t.getTaskDefinitionKey()), t.getName(), t.getAssignee(),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList();
    }

    @Override
    public java.util.Map<String, List<String>> candidateGroups(Collection<String> taskIds) {
        java.util.Map<String, List<String>> groups = new java.util.HashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        List<String> ids = new ArrayList<>(taskIds);
        for (int from = 0; from < ids.size(); from += QUEUE_PAGE) {
            engine().getTaskService().createTaskQuery().taskIds(ids.subList(from, Math.min(ids.size(), from + QUEUE_PAGE)))
                    .includeIdentityLinks().list().forEach(t -> groups.put(t.getId(), t.getIdentityLinks().stream()
                            .map(IdentityLinkInfo::getGroupId).filter(Objects::nonNull).distinct().toList()));
        }
        return groups;
    }

    @Override
    public List<WorkTask> openTasks(long caseId) {
        // The case's process instances first (one, unless something went wrong), then each one's tasks: asked by the
        // business key, the engine's task query reads every open task of every case on H2 (a correlated exists per task).
        return instances(caseId).stream().flatMap(instance -> openTasksOfInstance(caseId, instance).stream())
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<WorkTask> openTasksOfInstance(long caseId, String processInstanceId) {
        if (processInstanceId == null) {
            return openTasks(caseId);
        }
        if (inAUnit()) {
            return openTasksInThisUnit(caseId, processInstanceId);
        }
        return read(rows -> rows.tasksOfInstance(processInstanceId).stream().filter(this::ofThisProcess)
                .map(row -> workTask(rows, row, caseId)).sorted(OLDEST_FIRST).toList());
    }

    /**
     * Inside {@link #asOneUnit} the tables do not hold what the unit has done yet: the engine's own look-up answers from
     * its entity cache as well (the tasks the unit opened, less those it completed), then the tables.
     */
    private List<WorkTask> openTasksInThisUnit(long caseId, String processInstanceId) {
        return org.flowable.engine.impl.util.CommandContextUtil.getTaskService().findTasksByProcessInstanceId(processInstanceId)
                .stream().filter(t -> ofThisProcess(t.getProcessDefinitionId()))
                .map(t -> toWorkTask(t, caseId)).sorted(OLDEST_FIRST).toList();
    }

    /** The engine command's attribute that marks it as a unit of {@link #asOneUnit}. */
    private static final String UNIT = FlowableCaseProcess.class.getName() + ".unit";

    @Override
    public void asOneUnit(Runnable work) {
        inOneCommand(() -> {
            var context = org.flowable.common.engine.impl.context.Context.getCommandContext();
            Object outer = context.getAttribute(UNIT);
            context.addAttribute(UNIT, Boolean.TRUE);
            try {
                work.run();
            } finally {
                if (outer == null) {
                    context.removeAttribute(UNIT);
                }
            }
        });
    }

    /** Whether this thread runs inside {@link #asOneUnit}, where the tables do not hold the unit's work yet. */
    private static boolean inAUnit() {
        var context = org.flowable.common.engine.impl.context.Context.getCommandContext();
        return context != null && context.getAttribute(UNIT) != null;
    }

    /**
     * Refuses a call that reads the process from the tables or the engine's queries alone, which inside a unit would miss
     * what the unit did (a message subscription it made, a task it opened or completed) and so act on a stale process.
     */
    private static void notInAUnit(String call) {
        if (inAUnit()) {
            throw new IllegalStateException(call + " cannot run inside CaseProcess.asOneUnit: it reads what the unit has not written yet");
        }
    }

    @Override
    public void claim(String taskId, String userId) {
        engine().getTaskService().claim(taskId, userId);
    }

    @Override
    public void release(String taskId, String userId) {
        notInAUnit("release");
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task != null && Objects.equals(task.getAssignee(), userId)) {
            engine().getTaskService().unclaim(taskId);
        }
    }

    @Override
    public void complete(String taskId, String userId, StepDecision decision) {
        TaskService tasks = engine().getTaskService();
        try {
            // One engine command: the two calls share its entity cache and its one flush at the end, instead of each
            // reading the task again and flushing on its own. The summary is set with the completion, which reads the
            // task's own variables once (set on its own, it was a look-up of its own for that one variable first).
            oneCommand(() -> {
                tasks.setAssignee(taskId, userId);
                tasks.createTaskCompletionBuilder().taskId(taskId).variables(Variables.of(decision))
                        .variableLocal(SUMMARY, shorten(decision.summary())).complete();
            });
        } catch (FlowableOptimisticLockingException e) {
            throw new ProcessBusyException(e);
        } catch (FlowableException e) {
            if (lockConflict(e)) {
                throw new ProcessBusyException(e);
            }
            // A step that refused the case (e.g. screening without the facts it needs) speaks for itself.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
            }
            throw e;
        }
    }

    @Override
    public Optional<WorkTask> task(String taskId) {
        notInAUnit("task");
        return read(rows -> {
            Optional<Map<String, Object>> task = rows.task(taskId).stream().filter(this::ofThisProcess).findFirst();
            if (task.isEmpty()) {
                return Optional.<WorkTask>empty();
            }
            // The case's id is the process instance's own variable (not a task's of the same name).
            // (MyBatis gives a row whose columns are all null as null.)
            Object caseId = rows.variable((String) TaskRows.value(task.get(), "INSTANCE"), Variables.CASE_ID).stream()
                    .filter(v -> v != null && TaskRows.value(v, "TASK_ID") == null).map(v -> TaskRows.value(v, "LONG_VALUE"))
                    .findFirst().orElse(null);
            return Optional.of(workTask(rows, task.get(), caseId instanceof Number n ? n.longValue() : -1));
        });
    }

    /** Whether a row of {@link TaskRows} (a task or a process instance) is of the case process. */
    private boolean ofThisProcess(Map<String, Object> row) {
        return ofThisProcess((String) TaskRows.value(row, "DEFINITION"));
    }

    /** Whether a process definition is of the case process. */
    private boolean ofThisProcess(String definitionId) {
        return PROCESS_KEY.equals(ProcessKeys.of(engine(), definitionId));
    }

    /** The task of a row of {@link TaskRows}, with the groups it is offered to. */
    private static WorkTask workTask(TaskRows rows, Map<String, Object> row, long caseId) {
        String id = (String) TaskRows.value(row, "TASK_ID");
        List<String> groups = rows.groupsOfTask(id).stream().filter(Objects::nonNull).distinct().toList();
        return new WorkTask(id, Steps.of((String) TaskRows.value(row, "TASK_KEY")), (String) TaskRows.value(row, "TASK_NAME"),
                caseId, (String) TaskRows.value(row, "ASSIGNEE"), groups, TaskRows.instant(row, "CREATED"), TaskRows.instant(row, "DUE"));
    }

    /** Reads with {@link TaskRows}' statements, in one engine command in the caller's transaction. */
    private <R> R read(java.util.function.Function<TaskRows, R> statement) {
        return TaskRows.read(engine(), statement);
    }

    @Override
    public long inboxCount(String userId, Collection<String> groups) {
        return mine(userId, groups).count();
    }

    /** The user's tasks and their groups' unclaimed ones; with no groups, the user's own (the engine refuses an empty list). */
    private org.flowable.task.api.TaskQuery mine(String userId, Collection<String> groups) {
        var query = engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY);
        return groups.isEmpty() ? query.taskAssignee(userId)
                : query.or().taskAssignee(userId).taskCandidateGroupIn(new ArrayList<>(groups)).endOr();
    }

    @Override
    public void factsChanged(long caseId, ProcessFacts facts) {
        inOneCommand(() -> instance(caseId).ifPresent(id -> notBusy(() -> engine().getRuntimeService().setVariables(id, Variables.of(facts)))));
    }

    @Override
    public void holdChanged(long caseId, ProcessFacts facts) {
        notInAUnit("holdChanged");
        inOneCommand(() -> instance(caseId).ifPresent(id -> notBusy(() -> {
            engine().getRuntimeService().setVariables(id, Variables.of(facts));
            deliver(id, HOLD_CHANGED);
        })));
    }

    /**
     * Runs a change to a process. The engine's own jobs change processes too (a hold's warning timer, due at once when
     * the hold is recorded late, fires as the user goes on): when both touch the same row at the same moment, the
     * engine refuses the later one, and the caller gets {@link ProcessBusyException} to try again.
     */
    static void notBusy(Runnable change) {
        try {
            change.run();
        } catch (ProcessBusyException e) {
            throw e;
        } catch (FlowableOptimisticLockingException e) {
            throw new ProcessBusyException(e);
        } catch (RuntimeException e) {
            if (lockConflict(e)) {
                throw new ProcessBusyException(e);
            }
            throw e;
        }
    }

    /**
     * Whether the database refused the change because another transaction held the same rows: a deadlock or a lock
     * wait that timed out (PostgreSQL 40P01, 55P03, 40001; H2 40001, HYT00), as when the engine's own timer moves a
     * process at the moment a person acts on it. Like an optimistic-locking conflict, the caller may simply try again.
     */
    static boolean lockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("40P01", "55P03", "40001", "HYT00").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void iceDocumentReceived(long caseId, ProcessFacts facts) {
        notInAUnit("iceDocumentReceived");
        inOneCommand(() -> instance(caseId).ifPresent(id -> notBusy(() -> {
            RuntimeService runtime = engine().getRuntimeService();
            runtime.setVariables(id, Variables.of(facts));
            boolean checkOpenOrComing = engine().getTaskService().createTaskQuery().processInstanceId(id)
                    .list().stream().anyMatch(t -> STEPS_THAT_CHECK_HOLDS.contains(Steps.of(t.getTaskDefinitionKey())));
            if (!checkOpenOrComing) {
                deliver(id, NEW_DETAINER);
            }
            deliver(id, HOLD_CHANGED);
        })));
    }

    @Override
    public void custodyEnded(long caseId, ProcessFacts facts) {
        notInAUnit("custodyEnded");
        inOneCommand(() -> instance(caseId).ifPresent(id -> notBusy(() -> {
            engine().getRuntimeService().setVariables(id, Variables.of(facts));
            deliver(id, CUSTODY_ENDED);
        })));
    }

    /**
     * Runs the engine calls of one change as one engine command: they share its entity cache (the process instance,
     * its variables and executions are read once) and its one flush at the end, instead of each call flushing on its
     * own. The same calls in the same order, in the caller's transaction as before; a refused flush is still told as
     * {@link ProcessBusyException}.
     */
    private void inOneCommand(Runnable calls) {
        notBusy(() -> oneCommand(calls));
    }

    /** The engine calls as one command ({@link #inOneCommand}), throwing what each would have thrown alone. */
    private void oneCommand(Runnable calls) {
        engine().getManagementService().executeCommand(context -> {
            try {
                calls.run();
            } catch (FlowableException e) {
                throw asCalledAlone(e);
            }
            return null;
        });
    }

    /**
     * The engine wraps what a call nested in a running command throws, unless it is the engine's own exception, in a
     * plain {@link FlowableException} ("Exception during execution of command ..."); a call made alone throws it as it
     * is. Unwrapped here, so a step refusing a case or a rule of the application's still reach the caller as themselves.
     */
    static RuntimeException asCalledAlone(FlowableException e) {
        boolean wrapper = e.getClass() == FlowableException.class && e.getMessage() != null
                && e.getMessage().startsWith("Exception during execution of command");
        if (wrapper && e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        if (wrapper && e.getCause() instanceof Error error) {
            throw error;
        }
        return e;
    }

    /** Delivers a message to the execution waiting for it, if a step waits for it now (at most one in this process). */
    private void deliver(String processInstanceId, String message) {
        RuntimeService runtime = engine().getRuntimeService();
        List<Execution> waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(message).list();
        for (Execution execution : waiting) {
            runtime.messageEventReceived(message, execution.getId());
        }
    }

    @Override
    public void cancel(long caseId, String reason) {
        notInAUnit("cancel");
        instance(caseId).ifPresent(id -> notBusy(() -> engine().getRuntimeService().deleteProcessInstance(id, reason)));
    }

    @Override
    public List<StepRecord> history(long caseId) {
        return engine().getHistoryService().createHistoricTaskInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(caseId))
                .includeTaskLocalVariables()
                .orderByHistoricTaskInstanceStartTime().asc()
                .list().stream()
                .map(t -> new StepRecord(Steps.of(t.getTaskDefinitionKey()), t.getName(), t.getAssignee(),
                        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                        t.getEndTime() == null ? null : t.getEndTime().toInstant(),
                        kept(t.getTaskLocalVariables().get(SUMMARY))))
                .toList();
    }

    /**
     * A step's decision as this version keeps it: an earlier version kept a declining attorney's reason after
     * {@code declined: }, which no reader gets any more ({@link org.amparo.process.StepOutcome}).
     */
    private static String kept(Object summary) {
        if (summary == null) {
            return null;
        }
        String text = summary.toString();
        return org.amparo.process.StepOutcome.read(text).map(org.amparo.process.StepOutcome::kept).orElse(text);
    }

    @Override
    public Optional<ProcessDiagram> diagram(long caseId) {
        HistoryService history = engine().getHistoryService();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(caseId)).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        String xml;
        try (var in = engine().getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> active = instance.getEndTime() != null ? List.of()
                : engine().getRuntimeService().getActiveActivityIds(instance.getId());
        List<String> done = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished()
                .list().stream().map(a -> a.getActivityId()).distinct().toList();
        return Optional.of(new ProcessDiagram(DiagramNames.translate(xml, readerLocale()), active, done));
    }

    private java.util.Locale readerLocale() {
        try {
            return requestLocale == null || !requestLocale.isResolvable() ? java.util.Locale.ENGLISH : requestLocale.get().get();
        } catch (RuntimeException noRequest) {
            return java.util.Locale.ENGLISH;
        }
    }

    private Optional<String> instance(long caseId) {
        return instances(caseId).stream().findFirst();
    }

    /** The ids of the case's running process instances (one, unless something went wrong), in the order of their ids. */
    private List<String> instances(long caseId) {
        List<String> stored = read(rows -> rows.instances(String.valueOf(caseId)).stream().filter(this::ofThisProcess)
                .map(row -> (String) TaskRows.value(row, "ID")).sorted().toList());
        if (!inAUnit()) {
            return stored;
        }
        // Inside a unit (asOneUnit) the tables do not hold what it did yet: the instances it started are in the engine's
        // entity cache only, and those it ended are still in the tables.
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(stored);
        String key = String.valueOf(caseId);
        for (var e : org.flowable.engine.impl.util.CommandContextUtil.getEntityCache()
                .findInCache(org.flowable.engine.impl.persistence.entity.ExecutionEntity.class)) {
            if (e.isProcessInstanceType() && key.equals(e.getBusinessKey())
                    && ofThisProcess(e.getProcessDefinitionId())) {
                if (e.isDeleted() || e.isEnded()
                        || org.flowable.engine.impl.util.CommandContextUtil.getDbSqlSession().isEntityToBeDeleted(e)) {
                    ids.remove(e.getId());
                } else {
                    ids.add(e.getId());
                }
            }
        }
        return List.copyOf(ids);
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    @Override
    public MigrationReport migrateRunningCasesToLatest() {
        var repository = engine().getRepositoryService();
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
        Map<Integer, Long> moved = new java.util.TreeMap<>();
        Map<Integer, List<String>> refused = new java.util.TreeMap<>();
        for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .orderByProcessDefinitionVersion().asc().list()) {
            if (older.getVersion() >= latest.getVersion()) {
                continue;
            }
            long running = engine().getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionId(older.getId()).count();
            if (running == 0) {
                continue;
            }
            var migration = engine().getProcessMigrationService().createProcessInstanceMigrationBuilder()
                    .migrateToProcessDefinition(latest.getId());
            var validation = migration.validateMigrationOfProcessInstances(older.getId());
            if (validation.hasErrors()) {
                refused.put(older.getVersion(), validation.getValidationMessages());
            } else {
                migration.migrateProcessInstances(older.getId());
                moved.put(older.getVersion(), running);
            }
        }
        return new MigrationReport(latest.getVersion(), moved, refused);
    }

    @Override
    public List<WorkTask> overdueTasks(Instant now, int max) {
        // Without the variables join: with many running cases that join costs more than the rare overdue tasks. Due after
        // 1970 as well, which every due date is: tasks without one are kept first in an index on the due date, and the
        // lower bound lets H2 start its read after them (EngineIndexes) instead of reading every open task.
        List<Task> overdue = engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .taskDueAfter(new java.util.Date(0)).taskDueBefore(java.util.Date.from(now))
                .orderByTaskDueDate().asc().listPage(0, max);
        if (overdue.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseOf = new HashMap<>();
        engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(overdue.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
                .list().forEach(p -> caseOf.put(p.getId(), p.getBusinessKey()));
        return overdue.stream().map(t -> new WorkTask(t.getId(), Steps.of(t.getTaskDefinitionKey()), t.getName(),
                        Long.parseLong(caseOf.getOrDefault(t.getProcessInstanceId(), "-1")), t.getAssignee(), List.of(),
                        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(), t.getDueDate().toInstant()))
                .toList();
    }

    @Override
    public Map<String, Long> openTasksByAssignee() {
        // Counted by the database, one row per assignee and process definition, not one per task, from the tasks alone:
        // with the definitions joined, H2 read every open task of the case process to find the few assigned ones
        // (at 100,000 running cases, 508 ms of the dashboard's time). The case process's definitions are kept here.
        String table = engine().getManagementService().getTableName(Task.class);
        java.util.Set<String> caseProcess = engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).list().stream().map(org.flowable.engine.repository.ProcessDefinition::getId)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, Long> counts = new java.util.TreeMap<>();
        engine().getManagementService().executeCustomSql(
                new org.flowable.common.engine.impl.cmd.CustomSqlExecution<TaskCounts, List<Map<String, Object>>>() {
                    @Override
                    public Class<TaskCounts> getMapperClass() {
                        return TaskCounts.class;
                    }

                    @Override
                    public List<Map<String, Object>> execute(TaskCounts mapper) {
                        return mapper.countByAssignee(table);
                    }
                }).stream().filter(row -> caseProcess.contains(String.valueOf(TaskRows.value(row, "DEFINITION"))))
                .forEach(row -> counts.merge(String.valueOf(TaskRows.value(row, "ASSIGNEE")),
                        ((Number) TaskRows.value(row, "OPEN_TASKS")).longValue(), Long::sum));
        return counts;
    }

    /** A MyBatis mapper for the one aggregate the engine's query API cannot give. */
    public interface TaskCounts {
        /**
         * Open tasks per assignee and process definition. {@code >= ''} holds for every assignee, as {@code is not null}
         * does, and lets H2 read the assigned tasks alone from the index on the assignee (EngineIndexes).
         */
        @org.apache.ibatis.annotations.Select("select t.ASSIGNEE_ as ASSIGNEE, t.PROC_DEF_ID_ as DEFINITION, count(*) as OPEN_TASKS"
                + " from ${table} t where t.ASSIGNEE_ >= '' group by t.ASSIGNEE_, t.PROC_DEF_ID_")
        List<Map<String, Object>> countByAssignee(@org.apache.ibatis.annotations.Param("table") String table);
    }

    @Override
    public EngineStatus status() {
        ProcessEngine engine = engine();
        if (engine == null) {
            return new EngineStatus(false, "not started", 0);
        }
        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        return new EngineStatus(true, "Flowable " + ProcessEngine.class.getPackage().getImplementationVersion(), running);
    }

    /** The running engine; a test may hand in its own. */
    protected ProcessEngine engine() {
        return bootstrap.engine();
    }

    private static WorkTask toWorkTask(Task t) {
        Object caseId = t.getProcessVariables().get(Variables.CASE_ID);
        return toWorkTask(t, caseId instanceof Number n ? n.longValue() : -1);
    }

    private static WorkTask toWorkTask(Task t, long caseId) {
        List<String> groups = t.getIdentityLinks().stream()
                .map(IdentityLinkInfo::getGroupId).filter(Objects::nonNull).distinct().toList();
        return new WorkTask(t.getId(), Steps.of(t.getTaskDefinitionKey()), t.getName(),
                caseId, t.getAssignee(), groups,
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }
}
