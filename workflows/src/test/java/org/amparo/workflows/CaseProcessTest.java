package org.amparo.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.amparo.cases.domain.CaseOutcome;
import org.amparo.process.ProcessFacts;
import org.amparo.process.StepDecision;
import org.amparo.process.CaseProcess;
import org.amparo.process.StepRecord;
import org.amparo.process.WorkTask;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case process (DOMAIN.md section 8) on the engine alone, through the same adapter the application uses: every
 * path (with and without a hold, decline and re-assign, escalation approved and rejected), events from outside at
 * each step, and both hold timers on a controlled clock. Stand-ins for the service tasks record what they were asked
 * and answer with the facts each test sets.
 */
class CaseProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static ProcessEngine engine;
    private static CaseProcess workflow;

    /** What the screening step answers; tests set it. */
    private static Map<String, Object> screeningFacts = new HashMap<>();
    private static boolean stillHeldAtExpiry;
    /** What the screening step throws instead of screening, when a test sets it. */
    private static RuntimeException screeningRefuses;
    private static final List<String> calls = new ArrayList<>();
    private static final List<String> steps = new ArrayList<>();
    private static final Map<Long, String> closed = new HashMap<>();

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:case-process;DB_CLOSE_DELAY=-1");
        TestEngines.asTheServerSetsIt(config);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("caseStepListener", (TaskListener) task -> steps.add(task.getTaskDefinitionKey()));
        beans.put("caseClosedListener", (ExecutionListener) execution ->
                closed.put(((Number) execution.getVariable("caseId")).longValue(), (String) execution.getVariable("outcome")));
        beans.put("screeningStep", (JavaDelegate) execution -> {
            if (screeningRefuses != null) {
                throw screeningRefuses;
            }
            calls.add("screening");
            Variables.setOnProcess(execution, screeningFacts);
        });
        beans.put("holdExpiryStep", (JavaDelegate) execution -> {
            calls.add("holdExpiry");
            Variables.setOnProcess(execution, Map.of("stillHeld", stillHeldAtExpiry));
        });
        beans.put("campaignLinkStep", (JavaDelegate) execution -> calls.add("campaignLink"));
        config.setBeans(beans);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .name("amparo-case-process").addClasspathResource(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE)
                .enableDuplicateFiltering().deploy();
        workflow = new FlowableCaseProcess() {
            @Override
            protected ProcessEngine engine() {
                return engine;
            }
        };
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void reset() {
        steps.clear();
        calls.clear();
        screeningRefuses = null;
        stillHeldAtExpiry = true;
        screeningFacts = facts(false, null, false);
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(NOW));
    }

    private static long nextCase = 1;

    /** Process facts: a hold expiring at {@code expiry} (warning 12 hours before), or none. */
    private static ProcessFacts processFacts(boolean detainer, Instant expiry, boolean escalation) {
        return new ProcessFacts(detainer, expiry != null, expiry, expiry == null ? null : expiry.minus(Duration.ofHours(12)),
                escalation, true);
    }

    /** The same facts as the screening step writes them. */
    private static Map<String, Object> facts(boolean detainer, Instant expiry, boolean escalation) {
        return Variables.of(processFacts(detainer, expiry, escalation));
    }

    private long start() {
        long caseId = nextCase++;
        workflow.start(caseId, new ProcessFacts(false, false, null, null, false, true));
        return caseId;
    }

    @Test
    void withoutAHoldTheCaseGoesFromIntakeThroughScreeningToReferralReviewAndClosure() {
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        assertThat(calls).containsExactly("screening");
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        WorkTask response = only(c, "attorneyResponse");
        assertThat(response.assignee()).as("the referral goes to the assigned attorney").isEqualTo("ana");
        complete(c, "attorneyResponse", null, Map.of("attorneyAccepted", true, "reviewDue", Date.from(NOW.plus(Duration.ofDays(3)))));
        WorkTask review = only(c, "attorneyReview");
        assertThat(review.assignee()).isEqualTo("ana");
        assertThat(review.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        complete(c, "attorneyReview", null, Map.of("recommendCampaign", false));
        complete(c, "closure", "supervisor", Map.of("outcome", "RELEASED"));

        assertThat(steps).containsExactly("intake", "attorneyReferral", "attorneyResponse", "attorneyReview", "closure");
        assertThat(closed).containsEntry(c, "RELEASED");
        assertThat(openTasks(c)).isEmpty();
        assertThat(timers(c)).isEmpty();
        assertThat(workflow.history(c)).extracting(s -> Steps.activityId(s.step()))
                .containsExactly("intake", "attorneyReferral", "attorneyResponse", "attorneyReview", "closure");
    }

    @Test
    void aTaskReadByItsIdOrWithItsCaseIsWhatTheEngineHasOfIt() {
        long c = start();
        org.flowable.task.api.Task intake = engineTask(c);
        WorkTask expected = new WorkTask(intake.getId(), org.amparo.process.CaseStep.INTAKE, "Intake", c, null,
                List.of("caseworker"), intake.getCreateTime().toInstant(), null);
        assertThat(workflow.task(intake.getId())).contains(expected);
        assertThat(workflow.openTasks(c)).containsExactly(expected);
        FlowableCampaignProcess campaigns = new FlowableCampaignProcess() {
            @Override
            protected ProcessEngine engine() {
                return engine;
            }
        };
        assertThat(campaigns.task(intake.getId())).as("a case's task is no campaign's").isEmpty();

        complete(c, "intake", "caseworker", Map.of());
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        complete(c, "attorneyResponse", null, Map.of("attorneyAccepted", true, "reviewDue", Date.from(NOW.plus(Duration.ofDays(3)))));
        org.flowable.task.api.Task review = engineTask(c);
        expected = new WorkTask(review.getId(), org.amparo.process.CaseStep.ATTORNEY_REVIEW, "Attorney review", c, "ana",
                List.of(), review.getCreateTime().toInstant(), NOW.plus(Duration.ofDays(3)));
        assertThat(workflow.task(review.getId())).as("assigned, with a due date, offered to no group").contains(expected);
        assertThat(workflow.openTasks(c)).containsExactly(expected);

        assertThat(workflow.task("no-such-task")).isEmpty();
        complete(c, "attorneyReview", null, Map.of("recommendCampaign", false));
        assertThat(workflow.task(review.getId())).as("completed").isEmpty();
    }

    /** The case's one open task as the engine's own query reads it. */
    private static org.flowable.task.api.Task engineTask(long c) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(c)).singleResult();
    }

    @Test
    void theOpenTasksOfTheCasesOwnInstanceAreTheOpenTasksOfTheCase() {
        long c = nextCase++;
        String instance = workflow.start(c, new ProcessFacts(false, false, null, null, false, true));
        assertThat(workflow.openTasksOfInstance(c, instance)).isEqualTo(openTasks(c))
                .extracting(CaseProcessTest::key).containsExactly("intake");
        complete(c, "intake", "caseworker", Map.of());
        assertThat(workflow.openTasksOfInstance(c, instance)).isEqualTo(openTasks(c))
                .extracting(CaseProcessTest::key).containsExactly("attorneyReferral");
        assertThat(workflow.openTasksOfInstance(c, null)).as("without the instance, as openTasks").isEqualTo(openTasks(c));
    }

    @Test
    void aCaseOpenedAndWorkedInOneUnitReachesTheTablesWhenItEndsWithEveryStepItTook() {
        long c = nextCase++;
        String[] instance = new String[1];
        ProcessFacts escalation = new ProcessFacts(false, false, null, null, true, true);
        workflow.asOneUnit(() -> {
            instance[0] = workflow.start(c, new ProcessFacts(false, false, null, null, false, true));
            WorkTask intake = only(c, "intake");
            assertThat(intake.candidateGroups()).containsExactly("caseworker");
            assertThat(workflow.openTasksOfInstance(c, instance[0])).containsExactly(intake);
            workflow.complete(intake.id(), "caseworker", new StepDecision.IntakeCompleted());
            WorkTask referral = only(c, "attorneyReferral");
            workflow.complete(referral.id(), "supervisor", new StepDecision.AttorneyAssigned("ana"));
            workflow.factsChanged(c, escalation);
            assertThatThrownBy(() -> workflow.holdChanged(c, escalation)).as("a message the unit's own subscriptions would miss")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("holdChanged");
            assertThatThrownBy(() -> workflow.task(referral.id())).isInstanceOf(IllegalStateException.class);
            assertThat(workflow.openTasksOfInstance(c, instance[0])).extracting(CaseProcessTest::key).containsExactly("attorneyResponse");
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance[0]).count())
                    .as("nothing of the unit is in the tables before it ends").isZero();
        });

        assertThat(steps).containsExactly("intake", "attorneyReferral", "attorneyResponse");
        assertThat(calls).containsExactly("screening");
        assertThat(only(c, "attorneyResponse").assignee()).isEqualTo("ana");
        assertThat(workflow.history(c)).extracting(s -> Steps.activityId(s.step()), StepRecord::assignee, s -> s.ended() != null)
                .containsExactly(tuple("intake", "caseworker", true), tuple("attorneyReferral", "supervisor", true),
                        tuple("attorneyResponse", "ana", false));
        assertThat(engine.getRuntimeService().getVariables(instance[0])).as("the facts told inside the unit")
                .containsAllEntriesOf(Variables.of(escalation));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance[0]).count())
                .as("each step once in the history").isEqualTo(3);
        workflow.holdChanged(c, escalation);
        assertThat(workflow.task(only(c, "attorneyResponse").id())).as("outside a unit, as ever").isPresent();
    }

    @Test
    void aUnitSeesTheProcessStartedBeforeItAndNoTaskOfOneItCancelled() {
        long c = start();
        String before = workflow.openTasks(c).get(0).id();
        workflow.asOneUnit(() -> {
            assertThat(workflow.openTasks(c)).extracting(WorkTask::id).containsExactly(before);
            engine.getRuntimeService().deleteProcessInstance(
                    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(c)).singleResult().getId(),
                    "test");
            assertThat(workflow.openTasks(c)).as("the instance the unit ended").isEmpty();
        });
        assertThat(workflow.openTasks(c)).isEmpty();
    }

    @Test
    void whatAStepThrowsReachesTheCallerAsItself() {
        long c = start();
        WorkTask intake = only(c, "intake");
        screeningRefuses = new org.amparo.shared.domain.InvalidInputException(
                List.of(new org.amparo.shared.domain.FieldError("dateOfBirth", "needed")));
        assertThatThrownBy(() -> workflow.complete(intake.id(), "someone", new StepDecision.IntakeCompleted()))
                .isSameAs(screeningRefuses);
        screeningRefuses = new IllegalStateException("a rule of the application");
        assertThatThrownBy(() -> workflow.complete(intake.id(), "someone", new StepDecision.IntakeCompleted()))
                .isSameAs(screeningRefuses);
    }

    @Test
    void aHoldAddsTheIceHoldCheckAndStartsBothHoldTimers() {
        Instant expiry = NOW.plus(Duration.ofHours(40));
        screeningFacts = facts(true, expiry, false);
        long c = start();
        complete(c, "intake", "caseworker", Map.of());

        assertThat(only(c, "iceHoldCheck").candidateGroups()).containsExactly("caseworker");
        assertThat(timers(c)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(Date.from(expiry.minus(Duration.ofHours(12))), Date.from(expiry));
        complete(c, "iceHoldCheck", "caseworker", Map.of());
        assertThat(steps).containsExactly("intake", "iceHoldCheck", "attorneyReferral");
    }

    @Test
    void aDeclinedReferralReturnsToTheSupervisorWithItsReasonAndCanBeReassigned() {
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        workflow.complete(only(c, "attorneyResponse").id(), "ana", new StepDecision.ReferralDeclined("conflict of interest"));

        only(c, "attorneyReferral");
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "bea"));
        assertThat(only(c, "attorneyResponse").assignee()).isEqualTo("bea");
        assertThat(workflow.history(c)).filteredOn(s -> Steps.activityId(s.step()).equals("attorneyResponse"))
                .extracting(s -> s.outcome()).first().as("no free text in the engine's history").isEqualTo("declined");

        // A decline an earlier version kept with its reason is read without it, by the API and the pages alike.
        var second = only(c, "attorneyResponse");
        engine.getTaskService().setVariableLocal(second.id(), "decision", "declined: represented the co-defendant");
        engine.getTaskService().complete(second.id(), Map.of("attorneyAccepted", false));
        assertThat(workflow.history(c)).filteredOn(s -> Steps.activityId(s.step()).equals("attorneyResponse"))
                .extracting(s -> s.outcome()).containsExactly("declined", "declined");
    }

    @Test
    void anApprovedEscalationLinksTheCaseToACampaignBeforeClosure() {
        screeningFacts = facts(false, null, true);
        long c = toReview();
        complete(c, "attorneyReview", null, Map.of("recommendCampaign", false));
        complete(c, "campaignApproval", "supervisor", Map.of("campaignApproved", true));
        assertThat(calls).containsExactly("screening", "campaignLink");
        only(c, "closure");
    }

    @Test
    void aRejectedEscalationGoesToClosureWithoutACampaign() {
        long c = toReview();
        complete(c, "attorneyReview", null, Map.of("recommendCampaign", true));
        complete(c, "campaignApproval", "supervisor", Map.of("campaignApproved", false));
        assertThat(calls).doesNotContain("campaignLink");
        only(c, "closure");
    }

    @Test
    void withoutFindingsOrARecommendationThereIsNoEscalation() {
        long c = toReview();
        complete(c, "attorneyReview", null, Map.of("recommendCampaign", false));
        only(c, "closure");
    }

    @Test
    void theWarningTimerEscalatesToSupervisorsWhenNoAttorneyHasTheCase() {
        Instant expiry = NOW.plus(Duration.ofHours(30));
        screeningFacts = facts(true, expiry, false);
        long c = start();
        complete(c, "intake", "caseworker", Map.of());

        fireTimersDueBy(c, expiry.minus(Duration.ofHours(12)));
        assertThat(only(c, "holdEscalation").candidateGroups()).containsExactly("supervisor");
        assertThat(timers(c)).extracting(Job::getDuedate).containsExactly(Date.from(expiry));
    }

    @Test
    void theWarningTimerStaysQuietOnceAnAttorneyAccepted() {
        Instant expiry = NOW.plus(Duration.ofHours(30));
        screeningFacts = facts(true, expiry, false);
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        complete(c, "iceHoldCheck", "caseworker", Map.of());
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        complete(c, "attorneyResponse", null, Map.of("attorneyAccepted", true));

        fireTimersDueBy(c, expiry.minus(Duration.ofHours(12)));
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactly("attorneyReview");
    }

    @Test
    void atExpiryAPersonStillHeldRaisesTheUnlawfulDetentionAlert() {
        Instant expiry = NOW.plus(Duration.ofHours(30));
        screeningFacts = facts(true, expiry, false);
        long c = start();
        complete(c, "intake", "caseworker", Map.of());

        fireTimersDueBy(c, expiry);
        assertThat(calls).containsExactly("screening", "holdExpiry");
        assertThat(openTasks(c)).extracting(CaseProcessTest::key)
                .containsExactlyInAnyOrder("iceHoldCheck", "holdEscalation", "unlawfulDetention");
        assertThat(timers(c)).isEmpty();
    }

    @Test
    void atExpiryAPersonNoLongerHeldRaisesNothing() {
        Instant expiry = NOW.plus(Duration.ofHours(6));
        screeningFacts = facts(true, expiry, false);
        stillHeldAtExpiry = false;
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        complete(c, "iceHoldCheck", "caseworker", Map.of());
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        complete(c, "attorneyResponse", null, Map.of("attorneyAccepted", true));

        fireTimersDueBy(c, expiry);
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactly("attorneyReview");
    }

    static Stream<String> mainSteps() {
        return Stream.of("iceHoldCheck", "attorneyReferral", "attorneyResponse", "attorneyReview", "closure");
    }

    @ParameterizedTest(name = "release or transfer at {0} ends the hold timers and leaves the step open")
    @MethodSource("mainSteps")
    void custodyEndingAtAnyStepEndsTheHoldTimers(String step) {
        Instant expiry = NOW.plus(Duration.ofHours(40));
        screeningFacts = facts(true, expiry, false);
        long c = advanceTo(step);
        assertThat(timers(c)).hasSize(2);

        workflow.custodyEnded(c, new ProcessFacts(true, false, null, null, false, false));

        assertThat(timers(c)).isEmpty();
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactly(step);
        // a new hold later cannot restart a watch that ended with custody
        workflow.holdChanged(c, processFacts(true, expiry, false));
        assertThat(timers(c)).isEmpty();
    }

    static Stream<String> stepsAfterTheHoldCheck() {
        return Stream.of("attorneyReferral", "attorneyResponse", "attorneyReview", "closure");
    }

    @ParameterizedTest(name = "a new ICE document at {0} re-enters screening and adds an ICE-hold check")
    @MethodSource("stepsAfterTheHoldCheck")
    void aNewIceDocumentAfterTheHoldCheckReentersScreeningAndAddsACheck(String step) {
        screeningFacts = facts(true, NOW.plus(Duration.ofHours(40)), false);
        long c = advanceTo(step);
        int screeningsBefore = (int) calls.stream().filter("screening"::equals).count();
        Instant expiry = NOW.plus(Duration.ofHours(20));
        screeningFacts = facts(true, expiry, false);

        workflow.iceDocumentReceived(c, processFacts(true, expiry, false));

        assertThat(calls.stream().filter("screening"::equals)).hasSize(screeningsBefore + 1);
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactlyInAnyOrder(step, "iceHoldRecheck");
        assertThat(timers(c)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(Date.from(expiry.minus(Duration.ofHours(12))), Date.from(expiry));

        // A further document while that check is open updates it rather than adding another.
        workflow.iceDocumentReceived(c, processFacts(true, expiry, false));
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactlyInAnyOrder(step, "iceHoldRecheck");
    }

    @Test
    void aNewIceDocumentWhileTheHoldCheckIsOpenUpdatesThatCheck() {
        screeningFacts = facts(true, NOW.plus(Duration.ofHours(40)), false);
        long c = advanceTo("iceHoldCheck");
        int screeningsBefore = (int) calls.stream().filter("screening"::equals).count();
        Instant expiry = NOW.plus(Duration.ofHours(20));

        workflow.iceDocumentReceived(c, processFacts(true, expiry, false));

        assertThat(calls.stream().filter("screening"::equals)).hasSize(screeningsBefore);
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactly("iceHoldCheck");
        assertThat(timers(c)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(Date.from(expiry.minus(Duration.ofHours(12))), Date.from(expiry));
    }

    @Test
    void aNewIceDocumentAtIntakeIsCheckedByTheHoldCheckThatIntakeLeadsTo() {
        long c = start();
        Instant expiry = NOW.plus(Duration.ofHours(20));
        screeningFacts = facts(true, expiry, false);

        workflow.iceDocumentReceived(c, processFacts(true, expiry, false));
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactly("intake");
        assertThat(calls).isEmpty();

        complete(c, "intake", "caseworker", Map.of());
        assertThat(openTasks(c)).extracting(CaseProcessTest::key).containsExactly("iceHoldCheck");
    }

    @Test
    void aVerifiedReleaseTimeRestartsTheWatchWithTheNewExpiry() {
        Instant first = NOW.plus(Duration.ofHours(40));
        screeningFacts = facts(true, first, false);
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        Instant verified = NOW.plus(Duration.ofHours(60));

        workflow.holdChanged(c, processFacts(true, verified, false));

        assertThat(timers(c)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(Date.from(verified.minus(Duration.ofHours(12))), Date.from(verified));
    }

    @Test
    void closureEndsTheWholeProcessIncludingTheHoldWatch() {
        Instant expiry = NOW.plus(Duration.ofHours(40));
        screeningFacts = facts(true, expiry, false);
        long c = advanceTo("closure");
        complete(c, "closure", "supervisor", Map.of("outcome", "TRANSFERRED_TO_ICE"));
        assertThat(timers(c)).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(c)).count()).isZero();
        assertThat(closed).containsEntry(c, "TRANSFERRED_TO_ICE");
    }

    @Test
    void everyUserTaskOfTheProcessIsAStepAndEveryStepAUserTask() throws Exception {
        String xml;
        try (var in = getClass().getClassLoader().getResourceAsStream(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE)) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> userTasks = java.util.regex.Pattern.compile("<userTask id=\"([^\"]+)\"").matcher(xml).results()
                .map(m -> m.group(1)).toList();
        assertThat(userTasks).allSatisfy(id -> assertThat(Steps.activityId(Steps.of(id))).isEqualTo(id));
        assertThat(org.amparo.process.CaseStep.values()).allSatisfy(step -> assertThat(userTasks).contains(Steps.activityId(step)));
    }

    @Test
    void theDiagramShowsWhereTheCaseIs() {
        long c = start();
        var diagram = workflow.diagram(c).orElseThrow();
        assertThat(diagram.bpmnXml()).contains("bpmndi:BPMNDiagram").contains("id=\"intake\"");
        assertThat(diagram.activeActivityIds()).contains("intake");
        complete(c, "intake", "caseworker", Map.of());
        assertThat(workflow.diagram(c).orElseThrow().completedActivityIds()).contains("intake", "screening");
    }

    @Test
    void runningCasesMoveToANewProcessVersionAndKeepTheirStep() throws Exception {
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        String xml;
        try (var in = getClass().getClassLoader().getResourceAsStream(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE)) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // a changed process: same steps, reworded
        engine.getRepositoryService().createDeployment().name("amparo-case-process")
                .addString(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE, xml.replace("name=\"Attorney referral\"", "name=\"Refer to an attorney\""))
                .enableDuplicateFiltering().deploy();

        CaseProcess.MigrationReport report = workflow.migrateRunningCasesToLatest();

        assertThat(report.refusedByVersion()).isEmpty();
        assertThat(report.movedByVersion().values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(1);
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(c)).singleResult();
        assertThat(instance.getProcessDefinitionVersion()).isEqualTo(report.latestVersion());
        assertThat(only(c, "attorneyReferral")).isNotNull();
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        only(c, "attorneyResponse");
    }

    @Test
    void aReviewPastItsDueDateIsOverdueAndNamesItsCase() {
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        complete(c, "attorneyResponse", null, Map.of("attorneyAccepted", true, "reviewDue", Date.from(NOW.minus(Duration.ofHours(1)))));

        List<WorkTask> overdue = workflow.overdueTasks(NOW, 500);

        assertThat(overdue).filteredOn(t -> t.caseId() == c).singleElement().satisfies(t -> {
            assertThat(Steps.activityId(t.step())).isEqualTo("attorneyReview");
            assertThat(t.assignee()).isEqualTo("ana");
            assertThat(t.dueAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        });
        assertThat(workflow.openTasksByAssignee()).containsKey("ana");
    }

    @Test
    void theCalendarFeedGetsTheUsersOwnTasksDueInItsWindowWithTheirCase() {
        String attorney = "feed-" + nextCase;
        long soon = start();
        complete(soon, "intake", "caseworker", Map.of());
        complete(soon, "attorneyReferral", "supervisor", Map.of("attorney", attorney));
        complete(soon, "attorneyResponse", null, Map.of("attorneyAccepted", true, "reviewDue", Date.from(NOW.plus(Duration.ofDays(2)))));
        long later = start();
        complete(later, "intake", "caseworker", Map.of());
        complete(later, "attorneyReferral", "supervisor", Map.of("attorney", attorney));
        complete(later, "attorneyResponse", null, Map.of("attorneyAccepted", true, "reviewDue", Date.from(NOW.plus(Duration.ofDays(30)))));

        List<WorkTask> due = workflow.assignedDueBefore(attorney, NOW.plus(Duration.ofDays(14)), 1_000);

        assertThat(due).as("the review due in two days, not the one due in a month, nor the referral offered to a group")
                .singleElement().satisfies(t -> {
                    assertThat(t.caseId()).isEqualTo(soon);
                    assertThat(Steps.activityId(t.step())).isEqualTo("attorneyReview");
                    assertThat(t.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
                });
        assertThat(workflow.assignedDueBefore(attorney, NOW.plus(Duration.ofDays(60)), 1)).as("at most the number asked, soonest first")
                .extracting(WorkTask::caseId).containsExactly(soon);
    }

    // --- helpers

    private long toReview() {
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        complete(c, "attorneyReferral", "supervisor", Map.of("attorney", "ana"));
        complete(c, "attorneyResponse", null, Map.of("attorneyAccepted", true));
        return c;
    }

    /** Drives a new case to the given main step (the ICE-hold check needs a hold in the screening facts). */
    private long advanceTo(String step) {
        long c = start();
        complete(c, "intake", "caseworker", Map.of());
        List<String> path = List.of("iceHoldCheck", "attorneyReferral", "attorneyResponse", "attorneyReview", "closure");
        Map<String, Map<String, Object>> decisions = Map.of("attorneyReferral", Map.of("attorney", "ana"),
                "attorneyResponse", Map.of("attorneyAccepted", true), "attorneyReview", Map.of("recommendCampaign", false));
        for (String s : path) {
            if (s.equals(step)) {
                only(c, step);
                return c;
            }
            if (openTasks(c).stream().anyMatch(t -> Steps.activityId(t.step()).equals(s))) {
                complete(c, s, null, decisions.getOrDefault(s, Map.of()));
            }
        }
        throw new IllegalArgumentException(step);
    }

    /** The BPMN id of a task's step, as the tests name steps. */
    private static String key(WorkTask task) {
        return Steps.activityId(task.step());
    }

    private static List<WorkTask> openTasks(long c) {
        return workflow.openTasks(c);
    }

    private static WorkTask only(long c, String step) {
        List<WorkTask> matching = openTasks(c).stream().filter(t -> Steps.activityId(t.step()).equals(step)).toList();
        assertThat(matching).as("open %s tasks among %s", step, openTasks(c)).hasSize(1);
        return matching.get(0);
    }

    /** Completes the case's open task of that step, checking the group it is offered to. */
    private static void complete(long c, String step, String group, Map<String, Object> variables) {
        WorkTask task = only(c, step);
        if (group != null) {
            assertThat(task.candidateGroups()).as(step).containsExactly(group);
        }
        workflow.complete(task.id(), task.assignee() != null ? task.assignee() : "someone-" + group, decision(step, variables));
    }

    /** The typed decision a person would take at the step, from the test's shorthand. */
    private static StepDecision decision(String step, Map<String, Object> v) {
        return switch (step) {
            case "intake" -> new StepDecision.IntakeCompleted();
            case "iceHoldCheck", "iceHoldRecheck" -> new StepDecision.HoldVerified();
            case "attorneyReferral" -> new StepDecision.AttorneyAssigned((String) v.get("attorney"));
            case "attorneyResponse" -> Boolean.TRUE.equals(v.get("attorneyAccepted"))
                    ? new StepDecision.ReferralAccepted(v.get("reviewDue") == null ? NOW.plus(Duration.ofDays(3))
                    : ((Date) v.get("reviewDue")).toInstant())
                    : new StepDecision.ReferralDeclined("test");
            case "attorneyReview" -> new StepDecision.ReviewCompleted(Boolean.TRUE.equals(v.get("recommendCampaign")));
            case "campaignApproval" -> new StepDecision.CampaignDecided(Boolean.TRUE.equals(v.get("campaignApproved")));
            case "closure" -> new StepDecision.CaseClosed(CaseOutcome.valueOf((String) v.get("outcome")));
            default -> new StepDecision.AlertAcknowledged();
        };
    }

    private static List<Job> timers(long c) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(c)).list().stream().findFirst().map(p -> p.getId()).orElse(null);
        return instance == null ? List.of() : engine.getManagementService().createTimerJobQuery().processInstanceId(instance).list();
    }

    /** Moves the clock and runs every timer due by then, as the async executor would. */
    private static void fireTimersDueBy(long c, Instant at) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at));
        for (Job timer : timers(c)) {
            if (!timer.getDuedate().toInstant().isAfter(at)) {
                Job executable = engine.getManagementService().moveTimerToExecutableJob(timer.getId());
                engine.getManagementService().executeJob(executable.getId());
            }
        }
    }
}
