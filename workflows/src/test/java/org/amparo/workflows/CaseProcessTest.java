package org.amparo.workflows;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case process (DOMAIN.md section 8) on the engine alone: which steps a case passes, who is asked to act at
 * each, and that the case hears of every step and of its closure. The listeners stand in for the CDI beans.
 */
class CaseProcessTest {

    private static ProcessEngine engine;
    private static final List<String> steps = new ArrayList<>();
    private static final Map<Long, String> closed = new HashMap<>();

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:case-process;DB_CLOSE_DELAY=-1");
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("caseStepListener", (TaskListener) task -> steps.add(task.getTaskDefinitionKey()));
        beans.put("caseClosedListener", (ExecutionListener) execution ->
                closed.put(((Number) execution.getVariable("caseId")).longValue(), (String) execution.getVariable("outcome")));
        config.setBeans(beans);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void forget() {
        steps.clear();
    }

    @Test
    void aCaseWithoutAHoldRequestGoesFromIntakeStraightToAttorneyReferral() {
        String process = start(1L, false);

        completeAs(process, "intake", "caseworker");
        completeAs(process, "attorneyReferral", "supervisor");
        completeAs(process, "attorneyReview", "attorney");
        complete(process, "closure", "supervisor", Map.of("outcome", "RELEASED"));

        assertThat(steps).containsExactly("intake", "attorneyReferral", "attorneyReview", "closure");
        assertThat(closed).containsEntry(1L, "RELEASED");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).count()).isZero();
    }

    @Test
    void aHoldRequestAddsTheIceHoldCheckForCaseworkers() {
        String process = start(2L, true);

        completeAs(process, "intake", "caseworker");
        completeAs(process, "iceHoldCheck", "caseworker");

        assertThat(steps).containsExactly("intake", "iceHoldCheck", "attorneyReferral");
    }

    @Test
    void theCaseIdIsTheBusinessKeySoTasksCanBeFoundByCase() {
        String process = start(3L, false);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("3").singleResult().getId())
                .isEqualTo(process);
    }

    private String start(long caseId, boolean hold) {
        return engine.getRuntimeService().startProcessInstanceByKey(FlowableCaseWorkflow.PROCESS_KEY, String.valueOf(caseId),
                Map.of("caseId", caseId, "hasActiveDetainer", hold)).getId();
    }

    private void completeAs(String process, String step, String group) {
        complete(process, step, group, Map.of());
    }

    /** Completes the case's one open task after checking it is the expected step, offered to the expected group. */
    private void complete(String process, String step, String group, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly(group);
        engine.getTaskService().complete(task.getId(), variables);
    }
}
