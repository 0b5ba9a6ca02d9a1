package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amparo.process.CampaignProcess;
import org.amparo.process.CampaignTask;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link CampaignProcess} on Flowable ({@code processes/campaign.bpmn20.xml}): one process instance per campaign, its
 * business key the campaign's id. Every call joins the caller's JTA transaction, so a campaign change and the task it
 * makes or ends commit together or not at all.
 */
@ApplicationScoped
public class FlowableCampaignProcess implements CampaignProcess {

    static final String PROCESS_KEY = "amparoCampaign";

    /** The BPMN's messages. */
    static final String STEP_PLANNED = "stepPlanned";
    static final String STEP_REMOVED = "stepRemoved";
    static final String PROMISE_MADE = "promiseMade";
    static final String MEETING_HELD = "meetingHeld";
    static final String CAMPAIGN_CLOSED = "campaignClosed";

    /** The BPMN's user tasks. */
    static final String STEP_TASK = "campaignStep";
    static final String PROMISE_TASK = "promiseFollowUp";
    static final String MEETING_TASK = "nextMeeting";

    /** The process's variables (ids and dates only); the tasks keep the campaign's and their subject's ids as their own. */
    static final String CAMPAIGN_ID = "campaignId";
    static final String NEXT_MEETING_AT = "nextMeetingAt";
    static final String NEXT_MEETING_DUE = "nextMeetingTaskDue";
    static final String STEP_ID = "stepId";
    static final String STEP_OWNER = "stepOwner";
    static final String STEP_DUE = "stepDue";
    static final String PROMISE_ID = "promiseId";
    static final String PROMISE_DUE = "promiseDue";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public boolean start(long campaignId, Instant nextMeetingAt, List<OpenItem> openSteps, List<OpenItem> openPromises) {
        boolean[] started = {false};
        FlowableCaseProcess.notBusy(() -> started[0] = startOnce(campaignId, nextMeetingAt, openSteps, openPromises));
        return started[0];
    }

    private boolean startOnce(long campaignId, Instant nextMeetingAt, List<OpenItem> openSteps, List<OpenItem> openPromises) {
        if (instance(campaignId).isPresent()) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CAMPAIGN_ID, campaignId);
        variables.putAll(nextMeeting(nextMeetingAt));
        String id = engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(campaignId), variables).getId();
        for (OpenItem step : openSteps) {
            planStep(id, step.id(), step.owner(), step.dueAt());
        }
        for (OpenItem promise : openPromises) {
            makePromise(id, promise.id(), promise.dueAt());
        }
        return true;
    }

    @Override
    public Set<Long> running(Collection<Long> campaignIds) {
        Set<Long> running = new TreeSet<>();
        if (campaignIds.isEmpty()) {
            return running;
        }
        Set<String> keys = new java.util.HashSet<>();
        campaignIds.forEach(c -> keys.add(String.valueOf(c)));
        engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list().stream()
                .map(p -> p.getBusinessKey()).filter(keys::contains).forEach(k -> running.add(Long.parseLong(k)));
        return running;
    }

    @Override
    public void stepPlanned(long campaignId, long stepId, String owner, Instant dueAt) {
        FlowableCaseProcess.notBusy(() -> {
            instance(campaignId).ifPresent(id -> planStep(id, stepId, owner, dueAt));
        });
    }

    private void planStep(String instanceId, long stepId, String owner, Instant dueAt) {
        if (open(instanceId, STEP_TASK, STEP_ID, stepId).isEmpty()) {
            deliver(instanceId, STEP_PLANNED, Map.of(STEP_ID, stepId, STEP_OWNER, owner, STEP_DUE, Date.from(dueAt)));
        }
    }

    @Override
    public void stepDone(long campaignId, long stepId, String userId) {
        FlowableCaseProcess.notBusy(() -> {
            instance(campaignId).flatMap(id -> open(id, STEP_TASK, STEP_ID, stepId)).ifPresent(t -> complete(t, userId));
        });
    }

    @Override
    public void stepRemoved(long campaignId, long stepId) {
        FlowableCaseProcess.notBusy(() -> {
            // The step's task ends at "Step removed" (its boundary message), so its history says so rather than "done".
            instance(campaignId).flatMap(id -> open(id, STEP_TASK, STEP_ID, stepId)).ifPresent(t -> {
                RuntimeService runtime = engine().getRuntimeService();
                // The boundary event's execution hangs under the task's own execution (Flowable 8), or beside it.
                Execution taskExecution = runtime.createExecutionQuery().executionId(t.getExecutionId()).singleResult();
                runtime.createExecutionQuery().processInstanceId(t.getProcessInstanceId()).messageEventSubscriptionName(STEP_REMOVED)
                        .list().stream()
                        .filter(e -> Objects.equals(e.getParentId(), taskExecution.getId())
                                || Objects.equals(e.getParentId(), taskExecution.getParentId()))
                        .findFirst()
                        .ifPresent(e -> runtime.messageEventReceived(STEP_REMOVED, e.getId()));
            });
        });
    }

    @Override
    public void promiseMade(long campaignId, long promiseId, Instant dueAt) {
        FlowableCaseProcess.notBusy(() -> {
            instance(campaignId).ifPresent(id -> makePromise(id, promiseId, dueAt));
        });
    }

    private void makePromise(String instanceId, long promiseId, Instant dueAt) {
        if (open(instanceId, PROMISE_TASK, PROMISE_ID, promiseId).isEmpty()) {
            deliver(instanceId, PROMISE_MADE, Map.of(PROMISE_ID, promiseId, PROMISE_DUE, Date.from(dueAt)));
        }
    }

    @Override
    public void promiseSettled(long campaignId, long promiseId, String userId) {
        FlowableCaseProcess.notBusy(() -> {
            instance(campaignId).flatMap(id -> open(id, PROMISE_TASK, PROMISE_ID, promiseId)).ifPresent(t -> complete(t, userId));
        });
    }

    @Override
    public void meetingHeld(long campaignId, Instant nextMeetingAt) {
        FlowableCaseProcess.notBusy(() -> {
            instance(campaignId).ifPresent(id -> {
                engine().getRuntimeService().setVariables(id, nextMeeting(nextMeetingAt));
                deliver(id, MEETING_HELD, null);
            });
        });
    }

    @Override
    public void closed(long campaignId) {
        FlowableCaseProcess.notBusy(() -> instance(campaignId).ifPresent(id -> {
            deliver(id, CAMPAIGN_CLOSED, null);
            // An instance of the definition before the closing's terminate end and boundary event is still running:
            // it ends here, with the same effect.
            if (engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine().getRuntimeService().deleteProcessInstance(id, "campaign closed");
            }
        }));
    }

    @Override
    public void nextMeetingPostponed(String taskId, String userId, Instant nextMeetingAt) {
        FlowableCaseProcess.notBusy(() -> {
            Task task = engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).taskId(taskId)
                    .taskDefinitionKey(MEETING_TASK).singleResult();
            if (task != null) {
                engine().getRuntimeService().setVariables(task.getProcessInstanceId(), nextMeeting(nextMeetingAt));
                complete(task, userId);
            }
        });
    }

    /**
     * The next meeting's wait ends at the start of its day ({@code nextMeetingAt}, the timer); its task is due at the end
     * of that day ({@code nextMeetingTaskDue}), as a step's or a promise's is, so it is not overdue the moment it appears.
     */
    private static Map<String, Object> nextMeeting(Instant startOfDay) {
        Instant endOfDay = startOfDay.atZone(org.amparo.platform.ServerZone.get()).plusDays(1).toInstant();
        return Map.of(NEXT_MEETING_AT, Date.from(startOfDay), NEXT_MEETING_DUE, Date.from(endOfDay));
    }

    @Override
    public List<CampaignTask> queue(String userId, Collection<String> groups) {
        var query = engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY);
        query = groups.isEmpty() ? query.taskAssignee(userId)
                : query.or().taskAssignee(userId).taskCandidateGroupIn(new ArrayList<>(groups)).endOr();
        return query.includeTaskLocalVariables().includeIdentityLinks().orderByTaskDueDate().asc().list().stream()
                .map(FlowableCampaignProcess::toCampaignTask).toList();
    }

    @Override
    public List<CampaignTask> overdueTasks(Instant now, int max) {
        return engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).taskDueBefore(Date.from(now))
                .includeTaskLocalVariables().includeIdentityLinks().orderByTaskDueDate().asc().listPage(0, max).stream()
                .map(FlowableCampaignProcess::toCampaignTask).toList();
    }

    @Override
    public Optional<CampaignTask> task(String taskId) {
        // Asked first by every task completion, of a case's task too: whose task it is, by a fixed statement, before the
        // engine's task query (built anew per call, with the task's variables) reads a campaign's task.
        if (!PROCESS_KEY.equals(ProcessKeys.of(engine(), TaskRows.read(engine(), rows -> rows.definitionOfTask(taskId))))) {
            return Optional.empty();
        }
        return Optional.ofNullable(engine().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).taskId(taskId)
                .includeTaskLocalVariables().includeIdentityLinks().singleResult()).map(FlowableCampaignProcess::toCampaignTask);
    }

    private void complete(Task task, String userId) {
        TaskService tasks = engine().getTaskService();
        tasks.setAssignee(task.getId(), userId);
        tasks.complete(task.getId());
    }

    /** The open task of this kind about this step or promise, if any. */
    private Optional<Task> open(String instanceId, String taskKey, String subjectVariable, long subjectId) {
        return engine().getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                .taskVariableValueEquals(subjectVariable, subjectId).list().stream().findFirst();
    }

    /** Delivers a message (with its variables) to the execution waiting for it, if one waits. */
    private void deliver(String instanceId, String message, Map<String, Object> variables) {
        RuntimeService runtime = engine().getRuntimeService();
        for (Execution execution : runtime.createExecutionQuery().processInstanceId(instanceId)
                .messageEventSubscriptionName(message).list()) {
            if (variables == null) {
                runtime.messageEventReceived(message, execution.getId());
            } else {
                runtime.messageEventReceived(message, execution.getId(), variables);
            }
        }
    }

    private Optional<String> instance(long campaignId) {
        return engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(campaignId)).list().stream().map(p -> p.getId()).findFirst();
    }

    private static CampaignTask toCampaignTask(Task t) {
        Map<String, Object> local = t.getTaskLocalVariables();
        CampaignTask.Kind kind = switch (t.getTaskDefinitionKey()) {
            case STEP_TASK -> CampaignTask.Kind.STEP;
            case PROMISE_TASK -> CampaignTask.Kind.PROMISE;
            case MEETING_TASK -> CampaignTask.Kind.NEXT_MEETING;
            default -> throw new IllegalArgumentException("The campaign process has no task " + t.getTaskDefinitionKey());
        };
        Object subject = kind == CampaignTask.Kind.STEP ? local.get(STEP_ID) : kind == CampaignTask.Kind.PROMISE ? local.get(PROMISE_ID) : null;
        List<String> groups = t.getIdentityLinks().stream().map(IdentityLinkInfo::getGroupId).filter(Objects::nonNull).distinct().toList();
        return new CampaignTask(t.getId(), kind, ((Number) local.get(CAMPAIGN_ID)).longValue(),
                subject instanceof Number n ? n.longValue() : 0, t.getAssignee(), groups,
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }

    /** The running engine; a test may hand in its own. */
    protected ProcessEngine engine() {
        return bootstrap.engine();
    }
}
