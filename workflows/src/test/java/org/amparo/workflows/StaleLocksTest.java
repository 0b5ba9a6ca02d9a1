package org.amparo.workflows;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed while its job executor held a hold's expiry timer leaves that timer locked to it (for an hour, by
 * Flowable's default), so the alert would wait. When the node starts again under its own name, its leftover locks are
 * released at once, and only its own: another node's locks are that node's business.
 */
class StaleLocksTest {

    private static final String URL = "jdbc:h2:mem:stale-locks;DB_CLOSE_DELAY=-1";
    private static final String WAIT_AN_HOUR = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="amparo-test">
              <process id="waitAnHour" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";
    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl(URL);
        TestEngines.asTheServerSetsIt(config);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addString("wait.bpmn20.xml", WAIT_AN_HOUR).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void aRestartedNodeReleasesTheLocksItsEarlierRunLeftAndNoOtherNodes() throws SQLException {
        String mine = engine.getRuntimeService().startProcessInstanceByKey("waitAnHour").getId();
        String theirs = engine.getRuntimeService().startProcessInstanceByKey("waitAnHour").getId();
        Job myTimer = engine.getManagementService().createTimerJobQuery().processInstanceId(mine).singleResult();
        Job theirTimer = engine.getManagementService().createTimerJobQuery().processInstanceId(theirs).singleResult();
        // What a crash leaves: timers acquired, process instances locked for an exclusive job.
        lock("ACT_RU_TIMER_JOB", "LOCK_EXP_TIME_", myTimer.getId(), "amparo@node-a");
        lock("ACT_RU_TIMER_JOB", "LOCK_EXP_TIME_", theirTimer.getId(), "amparo@node-b");
        lock("ACT_RU_EXECUTION", "LOCK_TIME_", mine, "amparo@node-a");
        lock("ACT_RU_EXECUTION", "LOCK_TIME_", theirs, "amparo@node-b");

        int[] released = ProcessEngineBootstrap.releaseLocks(engine.getManagementService(), "amparo@node-a");

        assertThat(released).as("jobs, timers, process instances released").containsExactly(0, 1, 1);
        assertThat(owner("ACT_RU_TIMER_JOB", myTimer.getId())).as("this node's timer").isNull();
        assertThat(owner("ACT_RU_EXECUTION", mine)).as("this node's process instance").isNull();
        assertThat(owner("ACT_RU_TIMER_JOB", theirTimer.getId())).as("the other node's timer").isEqualTo("amparo@node-b");
        assertThat(owner("ACT_RU_EXECUTION", theirs)).as("the other node's process instance").isEqualTo("amparo@node-b");
        assertThat(ProcessEngineBootstrap.releaseLocks(engine.getManagementService(), "amparo@node-a")).as("nothing left")
                .containsExactly(0, 0, 0);
    }

    @Test
    void theLockOwnerIsTheNodesOwnNameSoItIsTheSameAfterARestart() {
        assertThat(ProcessEngineBootstrap.lockOwner(false, null)).isEqualTo(ProcessEngineBootstrap.lockOwner(false, null))
                .startsWith("amparo@").hasSizeGreaterThan("amparo@".length());
    }

    @Test
    void serversSharingTheDatabaseReleaseNothingUnlessEachIsNamed() {
        assertThat(ProcessEngineBootstrap.lockOwner(true, null)).as("two on one host would share the host's name").isNull();
        assertThat(ProcessEngineBootstrap.lockOwner(true, " ")).isNull();
        assertThat(ProcessEngineBootstrap.lockOwner(true, "node-b")).isEqualTo("amparo@node-b");
    }

    private static void lock(String table, String timeColumn, String id, String owner) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             PreparedStatement update = c.prepareStatement("update " + table + " set LOCK_OWNER_ = ?, " + timeColumn
                     + " = dateadd('HOUR', 1, current_timestamp) where ID_ = ?")) {
            update.setString(1, owner);
            update.setString(2, id);
            assertThat(update.executeUpdate()).as("locked %s %s", table, id).isEqualTo(1);
        }
    }

    private static String owner(String table, String id) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             PreparedStatement query = c.prepareStatement("select LOCK_OWNER_ from " + table + " where ID_ = ?")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
