package org.amparo.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amparo.workflow.CaseWorkflow;
import org.amparo.workflow.WorkTask;
import org.flowable.engine.ProcessEngine;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.Task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link CaseWorkflow} on Flowable. Every call joins the caller's JTA transaction, so a case change and the
 * process step it causes commit together or not at all.
 */
@ApplicationScoped
public class FlowableCaseWorkflow implements CaseWorkflow {

    static final String PROCESS_KEY = "amparoCase";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public String start(long caseId, Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(Variables.CASE_ID, caseId);
        return engine().getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(caseId), variables)
                .getId();
    }

    @Override
    public List<WorkTask> inbox(String userId, Collection<String> groups) {
        List<Task> tasks = engine().getTaskService().createTaskQuery()
                .or().taskAssignee(userId).taskCandidateGroupIn(new ArrayList<>(groups)).endOr()
                .includeIdentityLinks()
                .includeProcessVariables()
                .orderByTaskDueDate().asc()
                .orderByTaskCreateTime().asc()
                .listPage(0, 500);
        return tasks.stream().map(FlowableCaseWorkflow::toWorkTask).toList();
    }

    @Override
    public List<WorkTask> openTasks(long caseId) {
        return engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .includeIdentityLinks()
                .includeProcessVariables()
                .orderByTaskCreateTime().asc()
                .list().stream().map(FlowableCaseWorkflow::toWorkTask).toList();
    }

    @Override
    public void claim(String taskId, String userId) {
        engine().getTaskService().claim(taskId, userId);
    }

    @Override
    public void release(String taskId, String userId) {
        Task task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task != null && Objects.equals(task.getAssignee(), userId)) {
            engine().getTaskService().unclaim(taskId);
        }
    }

    @Override
    public void complete(String taskId, String userId, Map<String, Object> outcome) {
        engine().getTaskService().setAssignee(taskId, userId);
        engine().getTaskService().complete(taskId, outcome);
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

    private ProcessEngine engine() {
        return bootstrap.engine();
    }

    private static WorkTask toWorkTask(Task t) {
        Object caseId = t.getProcessVariables().get(Variables.CASE_ID);
        List<String> groups = t.getIdentityLinks().stream()
                .map(IdentityLinkInfo::getGroupId).filter(Objects::nonNull).distinct().toList();
        return new WorkTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                caseId instanceof Number n ? n.longValue() : -1, t.getAssignee(), groups,
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }
}
