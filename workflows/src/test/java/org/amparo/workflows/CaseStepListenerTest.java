package org.amparo.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.application.ProcessCallbacks;
import org.amparo.process.CaseProcess;
import org.amparo.process.CaseStep;
import org.amparo.process.ProcessFacts;
import org.amparo.process.StepDecision;
import org.amparo.process.StepRecord;
import org.amparo.process.WorkTask;
import org.flowable.common.engine.impl.el.ReadOnlyMapELResolver;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.el.ProcessExpressionManager;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener that tells a case which step it waits in, as the server runs it, on the case process: each new step
 * reaches its case, and the step's summary still reaches the history, without the engine reading a new task's
 * variables from the database (it has none there).
 */
class CaseStepListenerTest {

    private static final String URL = "jdbc:h2:mem:case-step-listener;DB_CLOSE_DELAY=-1";
    /** The engine's look-up of one task's own variables. */
    private static final String TASK_VARIABLES = "ACT_RU_VARIABLE WHERE TASK_ID_";
    private static final List<String> entered = new ArrayList<>();
    private static ProcessEngine engine;
    private static CaseProcess workflow;
    private static Connection statistics;

    @BeforeAll
    static void startEngine() throws Exception {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl(URL);
        TestEngines.asTheServerSetsIt(config);
        CaseStepListener listener = new CaseStepListener();
        listener.progress = new ProcessCallbacks() {
            @Override
            public void enteredStep(long caseId, CaseStep step) {
                entered.add(caseId + " " + step);
            }
        };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("caseClosedListener", (ExecutionListener) execution -> { });
        beans.put("screeningStep", (JavaDelegate) execution -> Variables.setOnProcess(execution,
                Variables.of(new ProcessFacts(false, false, null, null, false, true))));
        beans.put("holdExpiryStep", (JavaDelegate) execution -> { });
        beans.put("campaignLinkStep", (JavaDelegate) execution -> { });
        config.setBeans(beans);
        // The server resolves the process's own listeners before its variables (CdiBeanResolver.ownSteps); so here.
        config.setExpressionManager(new ProcessExpressionManager(beans) {
            @Override
            protected List<ELResolver> createDefaultElResolvers() {
                List<ELResolver> resolvers = super.createDefaultElResolvers();
                resolvers.add(0, new ReadOnlyMapELResolver(Map.of("caseStepListener", listener)));
                return resolvers;
            }
        });
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("amparo-case-process")
                .addClasspathResource(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE).enableDuplicateFiltering().deploy();
        workflow = new FlowableCaseProcess() {
            @Override
            protected ProcessEngine engine() {
                return engine;
            }
        };
        statistics = DriverManager.getConnection(URL, config.getJdbcUsername(), config.getJdbcPassword());
    }

    @AfterAll
    static void stopEngine() throws Exception {
        statistics.close();
        engine.close();
    }

    @BeforeEach
    void countFromNow() throws Exception {
        entered.clear();
        try (Statement s = statistics.createStatement()) {
            // Every statement kept (H2 keeps 100 by default, and shows the oldest), counted from zero.
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    @Test
    void eachNewStepReachesItsCaseWithoutTheEngineReadingTheNewTasksVariables() throws Exception {
        String instance = workflow.start(41, new ProcessFacts(false, false, null, null, false, true));
        assertThat(entered).containsExactly("41 INTAKE");
        assertThat(timesRun("INSERT INTO ACT_RU_TASK")).as("the statistics see the start's statements").isPositive();
        assertThat(timesRun(TASK_VARIABLES)).as("a new task's variables, read from the database").isZero();

        // Completed in a later request, as a person completes it: the next step reaches the case, the summary the history.
        WorkTask intake = workflow.openTasksOfInstance(41, instance).get(0);
        workflow.complete(intake.id(), "caseworker", new StepDecision.IntakeCompleted());
        assertThat(entered).containsExactly("41 INTAKE", "41 ATTORNEY_REFERRAL");
        assertThat(workflow.history(41)).extracting(StepRecord::step, r -> r.outcome() != null)
                .as("the completed step keeps its summary").contains(org.assertj.core.groups.Tuple.tuple(CaseStep.INTAKE, true));
    }

    @Test
    void aCaseOpenedAndWorkedInOneUnitReadsNoTasksVariablesAndKeepsEveryStepsSummary() throws Exception {
        String[] instance = new String[1];
        workflow.asOneUnit(() -> {
            instance[0] = workflow.start(42, new ProcessFacts(false, false, null, null, false, true));
            workflow.complete(workflow.openTasksOfInstance(42, instance[0]).get(0).id(), "caseworker",
                    new StepDecision.IntakeCompleted());
            workflow.complete(workflow.openTasksOfInstance(42, instance[0]).get(0).id(), "supervisor",
                    new StepDecision.AttorneyAssigned("ana"));
        });

        assertThat(entered).containsExactly("42 INTAKE", "42 ATTORNEY_REFERRAL", "42 ATTORNEY_RESPONSE");
        assertThat(timesRun("INSERT INTO ACT_HI_TASKINST")).as("the statistics see the unit's last statements").isPositive();
        assertThat(timesRun(TASK_VARIABLES)).isZero();
        List<StepRecord> history = workflow.history(42);
        assertThat(history).extracting(StepRecord::step).containsExactly(CaseStep.INTAKE, CaseStep.ATTORNEY_REFERRAL,
                CaseStep.ATTORNEY_RESPONSE);
        assertThat(history.subList(0, 2)).as("both completed steps' summaries").allSatisfy(r -> assertThat(r.outcome()).isNotBlank());
    }

    /**
     * The listener tells the engine that a new task has no variables of its own, which holds only while nothing sets one
     * before it: no other listener on the process's tasks (a create or assignment listener could set a task variable
     * first, which the listener would then drop).
     */
    @Test
    void theStepListenerIsTheOnlyListenerOfTheCaseProcesssTasks() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(FlowableCaseProcess.PROCESS_KEY).latestVersion().singleResult().getId();
        List<org.flowable.bpmn.model.UserTask> tasks = engine.getRepositoryService().getBpmnModel(definition).getMainProcess()
                .findFlowElementsOfType(org.flowable.bpmn.model.UserTask.class);
        assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(task.getTaskListeners())
                .as("the listeners of %s", task.getId())
                .allSatisfy(l -> assertThat(List.of(l.getEvent(), l.getImplementation(), String.valueOf(l.getOnTransaction())))
                        .containsExactly("create", "${caseStepListener}", "null"))
                .hasSizeLessThanOrEqualTo(1));
    }

    /** How many times the database ran a statement containing {@code text} since the test began (H2's statistics). */
    private static long timesRun(String text) throws Exception {
        long runs = 0;
        try (Statement s = statistics.createStatement();
             ResultSet rows = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                if (rows.getString(1).replaceAll("\\s+", " ").toUpperCase().contains(text.toUpperCase())) {
                    runs += rows.getLong(2);
                }
            }
        }
        return runs;
    }
}
