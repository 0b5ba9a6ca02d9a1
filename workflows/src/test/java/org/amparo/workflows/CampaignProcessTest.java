package org.amparo.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.amparo.process.CampaignProcess;
import org.amparo.process.CampaignTask;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The campaign process ({@code campaign.bpmn20.xml}) on the engine alone, through the adapter the application uses: a
 * step planned is a task for its owner due on its day, done or removed it is gone; a promise is a task for supervisors
 * until it is settled; the next meeting's day (engine clock) gives supervisors "Hold the next meeting", which a meeting
 * recorded ends; starting twice starts once; a campaign's tasks are its own.
 */
class CampaignProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private static ProcessEngine engine;
    private static CampaignProcess process;
    private static long nextCampaign = 1;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:campaign-process;DB_CLOSE_DELAY=-1");
        TestEngines.asTheServerSetsIt(config);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("amparo-campaign-process")
                .addClasspathResource(ProcessEngineBootstrap.CAMPAIGN_PROCESS_RESOURCE).enableDuplicateFiltering().deploy();
        process = new FlowableCampaignProcess() {
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
    void clock() {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(NOW));
    }

    private static long start() {
        long campaign = nextCampaign++;
        assertThat(process.start(campaign, NOW.plus(Duration.ofDays(90)), List.of(), List.of())).isTrue();
        return campaign;
    }

    private static List<CampaignTask> tasksOf(long campaign, String user, String... groups) {
        return process.queue(user, List.of(groups)).stream().filter(t -> t.campaignId() == campaign).toList();
    }

    @Test
    void aStepPlannedIsATaskForItsOwnerDueOnItsDayUntilItIsDone() {
        long campaign = start();
        Instant due = NOW.plus(Duration.ofDays(10));
        process.stepPlanned(campaign, 41, "caseworker", due);
        process.stepPlanned(campaign, 42, "attorney", due.plus(Duration.ofDays(1)));
        process.stepPlanned(campaign, 41, "caseworker", due);

        List<CampaignTask> mine = tasksOf(campaign, "caseworker", "caseworker");
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(CampaignTask.Kind.STEP);
            assertThat(t.subjectId()).isEqualTo(41);
            assertThat(t.assignee()).isEqualTo("caseworker");
            assertThat(t.dueAt()).isEqualTo(due);
        });
        assertThat(process.task(mine.get(0).id())).contains(mine.get(0));
        assertThat(tasksOf(campaign, "attorney", "attorney")).extracting(CampaignTask::subjectId).containsExactly(42L);

        process.stepDone(campaign, 41, "caseworker");
        assertThat(tasksOf(campaign, "caseworker", "caseworker")).isEmpty();
        assertThat(process.task(mine.get(0).id())).isEmpty();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(mine.get(0).id()).singleResult().getEndTime())
                .isNotNull();

        process.stepRemoved(campaign, 42);
        assertThat(tasksOf(campaign, "attorney", "attorney")).isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("stepRemovedEnd").count()).isEqualTo(1);
        process.stepDone(campaign, 42, "attorney");
        assertThat(running(campaign)).as("the campaign's process goes on").isTrue();
    }

    @Test
    void aPromiseIsATaskForSupervisorsUntilItIsSettled() {
        long campaign = start();
        Instant due = NOW.plus(Duration.ofDays(14));
        process.promiseMade(campaign, 7, due);
        assertThat(tasksOf(campaign, "caseworker", "caseworker")).isEmpty();
        List<CampaignTask> supervisors = tasksOf(campaign, "someone", "supervisor");
        assertThat(supervisors).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(CampaignTask.Kind.PROMISE);
            assertThat(t.subjectId()).isEqualTo(7);
            assertThat(t.assignee()).isNull();
            assertThat(t.candidateGroups()).containsExactly("supervisor");
            assertThat(t.dueAt()).isEqualTo(due);
        });
        process.promiseSettled(campaign, 7, "supervisor");
        assertThat(tasksOf(campaign, "someone", "supervisor")).isEmpty();
        process.promiseMade(campaign, 7, due);
        assertThat(tasksOf(campaign, "someone", "supervisor")).as("reopened").hasSize(1);
    }

    /** The morning digest's campaign part: a promise and a step past their day are overdue, one still ahead is not. */
    @Test
    void promisesAndStepsPastTheirDayAreOverdueSoonestFirst() {
        long campaign = start();
        process.promiseMade(campaign, 8, NOW.plus(Duration.ofDays(3)));
        process.stepPlanned(campaign, 43, "caseworker", NOW.plus(Duration.ofDays(5)));
        process.stepPlanned(campaign, 44, "caseworker", NOW.plus(Duration.ofDays(30)));
        List<CampaignTask> overdue = process.overdueTasks(NOW.plus(Duration.ofDays(6)), 100).stream()
                .filter(t -> t.campaignId() == campaign).toList();
        assertThat(overdue).extracting(CampaignTask::kind, CampaignTask::subjectId, CampaignTask::assignee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CampaignTask.Kind.PROMISE, 8L, null),
                        org.assertj.core.groups.Tuple.tuple(CampaignTask.Kind.STEP, 43L, "caseworker"));
        assertThat(overdue.get(0).candidateGroups()).containsExactly("supervisor");
        process.promiseSettled(campaign, 8, "supervisor");
        assertThat(process.overdueTasks(NOW.plus(Duration.ofDays(6)), 100)).extracting(CampaignTask::subjectId).doesNotContain(8L);
    }

    /** Closing ends the process with its open tasks, whether it waits for the next meeting's day or that task is open. */
    @Test
    void closingTheCampaignEndsItsProcessAndItsOpenTasks() {
        long waiting = start();
        process.stepPlanned(waiting, 45, "caseworker", NOW.plus(Duration.ofDays(5)));
        process.promiseMade(waiting, 9, NOW.plus(Duration.ofDays(5)));
        process.closed(waiting);
        assertThat(running(waiting)).isFalse();
        assertThat(tasksOf(waiting, "caseworker", "caseworker", "supervisor")).isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("campaignEnded").count())
                .isGreaterThanOrEqualTo(1);

        long meetingDue = start();
        fireTimersDueBy(meetingDue, NOW.plus(Duration.ofDays(91)));
        assertThat(tasksOf(meetingDue, "someone", "supervisor")).extracting(CampaignTask::kind).containsExactly(CampaignTask.Kind.NEXT_MEETING);
        process.closed(meetingDue);
        assertThat(running(meetingDue)).as("closed while the next meeting's task was open").isFalse();
        assertThat(tasksOf(meetingDue, "someone", "supervisor")).isEmpty();
        process.closed(meetingDue); // again: nothing runs, nothing happens
    }

    @Test
    void theNextMeetingsDayGivesSupervisorsATaskThatARecordedMeetingEnds() {
        long campaign = start();
        Instant meeting = NOW.plus(Duration.ofDays(90));
        fireTimersDueBy(campaign, meeting.minus(Duration.ofDays(1)));
        assertThat(tasksOf(campaign, "someone", "supervisor")).isEmpty();

        fireTimersDueBy(campaign, meeting);
        assertThat(tasksOf(campaign, "someone", "supervisor")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(CampaignTask.Kind.NEXT_MEETING);
            assertThat(t.dueAt()).as("due at the end of the meeting's day, not overdue as it appears")
                    .isEqualTo(meeting.atZone(org.amparo.platform.ServerZone.get()).plusDays(1).toInstant());
        });

        Instant following = meeting.plus(Duration.ofDays(91));
        process.meetingHeld(campaign, following);
        assertThat(tasksOf(campaign, "someone", "supervisor")).as("the meeting was held").isEmpty();
        assertThat(timers(campaign)).singleElement().satisfies(j -> assertThat(j.getDuedate().toInstant()).isEqualTo(following));

        // Recorded before its day, a meeting moves the wait; dealt with without a meeting, the task waits a new day.
        Instant moved = following.plus(Duration.ofDays(30));
        process.meetingHeld(campaign, moved);
        assertThat(timers(campaign)).singleElement().satisfies(j -> assertThat(j.getDuedate().toInstant()).isEqualTo(moved));
        fireTimersDueBy(campaign, moved);
        CampaignTask task = tasksOf(campaign, "someone", "supervisor").get(0);
        Instant later = moved.plus(Duration.ofDays(92));
        process.nextMeetingPostponed(task.id(), "supervisor", later);
        assertThat(tasksOf(campaign, "someone", "supervisor")).isEmpty();
        assertThat(timers(campaign)).singleElement().satisfies(j -> assertThat(j.getDuedate().toInstant()).isEqualTo(later));
    }

    @Test
    void startingTwiceStartsOnceWithTheOpenStepsAndPromises() {
        long campaign = nextCampaign++;
        Instant due = NOW.plus(Duration.ofDays(3));
        assertThat(process.running(List.of(campaign))).isEmpty();
        assertThat(process.start(campaign, NOW.plus(Duration.ofDays(60)),
                List.of(new CampaignProcess.OpenItem(5, "caseworker", due)), List.of(new CampaignProcess.OpenItem(6, null, due)))).isTrue();
        assertThat(process.start(campaign, NOW.plus(Duration.ofDays(60)),
                List.of(new CampaignProcess.OpenItem(5, "caseworker", due)), List.of(new CampaignProcess.OpenItem(6, null, due)))).isFalse();
        assertThat(process.running(List.of(campaign, 9999L))).containsExactly(campaign);
        assertThat(tasksOf(campaign, "caseworker", "caseworker", "supervisor")).extracting(CampaignTask::kind)
                .containsExactlyInAnyOrder(CampaignTask.Kind.STEP, CampaignTask.Kind.PROMISE);
        long other = start();
        process.stepDone(other, 5, "caseworker");
        assertThat(tasksOf(campaign, "caseworker", "caseworker")).as("another campaign's step 5 is not this one's").hasSize(1);
    }

    @Test
    void everyElementOfTheCampaignDiagramHasASpanishNameAndAShape() throws IOException {
        String xml;
        try (InputStream in = CampaignProcessTest.class.getResourceAsStream("/" + ProcessEngineBootstrap.CAMPAIGN_PROCESS_RESOURCE)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> named = DiagramNames.namedIds(xml);
        assertThat(named).contains("campaignStep", "promiseFollowUp", "nextMeeting", "nextMeetingDue");
        ResourceBundle es = ResourceBundle.getBundle(DiagramNames.BUNDLE, Locale.forLanguageTag("es"));
        assertThat(es.keySet()).containsAll(named);
        var model = engine.getRepositoryService().getBpmnModel(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(FlowableCampaignProcess.PROCESS_KEY).latestVersion().singleResult().getId());
        var elements = model.getMainProcess().findFlowElementsOfType(org.flowable.bpmn.model.FlowElement.class, true);
        assertThat(elements).isNotEmpty().allSatisfy(e -> assertThat(e instanceof org.flowable.bpmn.model.SequenceFlow
                ? model.getFlowLocationGraphicInfo(e.getId()) != null : model.getGraphicInfo(e.getId()) != null)
                .as("diagram for " + e.getId()).isTrue());
    }

    private static boolean running(long campaign) {
        return process.running(List.of(campaign)).contains(campaign);
    }

    private static List<Job> timers(long campaign) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FlowableCampaignProcess.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(campaign)).singleResult().getId();
        return engine.getManagementService().createTimerJobQuery().processInstanceId(instance).list();
    }

    /** Moves the clock and runs every timer due by then, as the async executor would. */
    private static void fireTimersDueBy(long campaign, Instant at) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at));
        for (Job timer : timers(campaign)) {
            if (!timer.getDuedate().toInstant().isAfter(at)) {
                Job executable = engine.getManagementService().moveTimerToExecutableJob(timer.getId());
                engine.getManagementService().executeJob(executable.getId());
            }
        }
    }
}
