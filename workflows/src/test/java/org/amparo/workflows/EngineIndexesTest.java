package org.amparo.workflows;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 16 and 20: on H2, the engine's look-ups of a running activity (and, at a closure, of a process's unfinished
 * activities in the history) and of an execution's variables read one case's rows, not every running case's, whatever
 * H2's statistics (analysed or not yet), and still after the database is opened again; and the dashboard's reads of
 * the open tasks read the few they count.
 */
class EngineIndexesTest {

    /** Flowable's own statements (ActivityInstance.xml), with values for the parameters. */
    private static final String BY_EXECUTION = "select * from ACT_RU_ACTINST RES where EXECUTION_ID_ = 'e7' and ACT_ID_ = 'act28' and END_TIME_ is null";
    private static final String BY_PROCESS = "select * from ACT_RU_ACTINST RES where PROC_INST_ID_ = 'p7' and END_TIME_ is null";
    /** Flowable's look-up of a process's unfinished activities in the history (HistoricActivityInstance.xml), with a parameter. */
    private static final String HISTORY_BY_PROCESS = "select * from ACT_HI_ACTINST RES where PROC_INST_ID_ = ? and END_TIME_ is null";
    /** Flowable's look-up of an execution's variables (VariableInstance.xml), as it runs it: with a parameter. */
    private static final String VARIABLES = "select * from ACT_RU_VARIABLE WHERE EXECUTION_ID_ = ? AND TASK_ID_ is null";
    private static final int CASES = 300;

    @TempDir
    Path dir;

    @Test
    void theActivityLookUpsUseTheirOwnIndexesOnAnAnalysedTable() throws SQLException {
        JdbcDataSource db = database();
        ProcessEngine engine = engine(db);
        try {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                fill(c, "ACT_RU_ACTINST");
                fill(c, "ACT_HI_ACTINST");
                s.execute("analyze");
                assertThat(plan(s, BY_EXECUTION)).as("H2 alone, the case's look-up").contains("ACT_IDX_RU_ACTI_END");
                assertThat(plan(c, HISTORY_BY_PROCESS, "p7")).as("H2 alone, a closing case's look-up in the history")
                        .contains("ACT_IDX_HI_ACT_INST_END").contains("scanCount: " + (CASES * 2 + 1) + " ");
            }

            EngineIndexes.ensure(db);

            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze");
                assertThat(plan(s, BY_EXECUTION)).contains(EngineIndexes.BY_EXECUTION).contains("scanCount: 2 ");
                assertThat(plan(s, BY_PROCESS)).contains(EngineIndexes.BY_PROCESS).contains("scanCount: 3 ");
                assertThat(plan(c, HISTORY_BY_PROCESS, "p7")).contains(EngineIndexes.HISTORY_BY_PROCESS).contains("scanCount: 3 ");
                assertThat(plan(s, "select count(*) from ACT_RU_ACTINST where END_TIME_ > timestamp '2030-01-01 00:00:00'"))
                        .as("Flowable's END_TIME_ index serves its own queries").contains(EngineIndexes.FLOWABLE_END);
                assertThat(plan(s, "select count(*) from ACT_HI_ACTINST where END_TIME_ > timestamp '2030-01-01 00:00:00'"))
                        .as("and in the history").contains(EngineIndexes.FLOWABLE_HISTORY_END);
                s.execute("shutdown");
            }
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                assertThat(plan(s, BY_EXECUTION)).as("after a restart").contains(EngineIndexes.BY_EXECUTION);
                assertThat(plan(s, BY_PROCESS)).as("after a restart").contains(EngineIndexes.BY_PROCESS);
                assertThat(plan(c, HISTORY_BY_PROCESS, "p7")).as("after a restart").contains(EngineIndexes.HISTORY_BY_PROCESS)
                        .contains("scanCount: 3 ");
            }
            EngineIndexes.ensure(db); // again: nothing to do, nothing broken
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                assertThat(plan(s, BY_EXECUTION)).contains(EngineIndexes.BY_EXECUTION);
            }
        } finally {
            engine.close();
        }
    }

    @Test
    void anExecutionsVariablesAreReadByItsOwnIndexOnANewDatabase() throws SQLException {
        JdbcDataSource db = database();
        ProcessEngine engine = engine(db);
        try {
            try (Connection c = db.getConnection()) {
                fillVariables(c);
                assertThat(plan(c, VARIABLES, "p7")).as("H2 alone, before any statistics").contains("ACT_IDX_VARIABLE_TASK_ID")
                        .contains("scanCount: " + (CASES * 10 + 1) + " ");
            }

            EngineIndexes.ensure(db);

            try (Connection c = db.getConnection()) {
                assertThat(plan(c, VARIABLES, "p7")).contains(EngineIndexes.VARIABLES_BY_EXECUTION).contains("scanCount: 11 ");
                c.createStatement().execute("analyze");
                assertThat(plan(c, VARIABLES, "p7")).as("analysed").contains(EngineIndexes.VARIABLES_BY_EXECUTION);
            }
        } finally {
            engine.close();
        }
    }

    /**
     * The dashboard's two reads of the open tasks (issue 20), as FlowableCaseProcess makes them, read the few tasks with
     * a due date or an assignee from their indexes, not every open task.
     */
    @Test
    void theOverdueTasksAndTheTasksPerAssigneeAreReadFromTheirIndexes() throws SQLException {
        JdbcDataSource db = database();
        ProcessEngine engine = engine(db);
        try {
            EngineIndexes.ensure(db);
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("set referential_integrity false");
                try (PreparedStatement p = c.prepareStatement("insert into ACT_RU_TASK(ID_, REV_, PROC_DEF_ID_, DUE_DATE_, ASSIGNEE_)"
                        + " values (?, 1, 'def', ?, ?)")) {
                    for (int i = 0; i < CASES; i++) {
                        p.setString(1, "t" + i);
                        p.setTimestamp(2, i % 100 == 0 ? Timestamp.valueOf("2026-01-0" + (1 + i / 100) + " 00:00:00") : null);
                        p.setString(3, i % 100 == 1 ? "caseworker" : null);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                s.execute("set referential_integrity true");
                s.execute("analyze");
                assertThat(plan(s, "select * from ACT_RU_TASK RES where RES.DUE_DATE_ > timestamp '1970-01-01 00:00:00'"
                        + " and RES.DUE_DATE_ < timestamp '2026-06-01 00:00:00' order by RES.DUE_DATE_ asc"))
                        .contains(EngineIndexes.TASKS_BY_DUE_DATE).contains("scanCount: 4 ");
                assertThat(plan(s, "select t.ASSIGNEE_, t.PROC_DEF_ID_, count(*) from ACT_RU_TASK t where t.ASSIGNEE_ >= ''"
                        + " group by t.ASSIGNEE_, t.PROC_DEF_ID_")).contains(EngineIndexes.TASKS_BY_ASSIGNEE).contains("scanCount: 4 ");
            }
        } finally {
            engine.close();
        }
    }

    /** An H2 file of the test's own, as the server's. */
    private JdbcDataSource database() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + dir.resolve("engine") + ";DB_CLOSE_ON_EXIT=FALSE");
        return db;
    }

    private static ProcessEngine engine(JdbcDataSource db) {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(db);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(false);
        config.setDatabaseSchemaUpdate("true");
        return config.buildProcessEngine();
    }

    /**
     * Ten variables per case on its process instance, and a task's own variable beside them (the executions and tasks
     * they belong to left out: the foreign keys are not checked while they are written).
     */
    private static void fillVariables(Connection c) throws SQLException {
        c.createStatement().execute("set referential_integrity false");
        try (PreparedStatement p = c.prepareStatement("insert into ACT_RU_VARIABLE(ID_, REV_, TYPE_, NAME_, EXECUTION_ID_,"
                + " PROC_INST_ID_, TASK_ID_, TEXT_) values (?, 1, 'string', ?, ?, ?, ?, 'x')")) {
            for (int i = 0; i < CASES; i++) {
                for (int k = 0; k <= 10; k++) {
                    p.setString(1, "v" + i + "-" + k);
                    p.setString(2, "name" + k);
                    p.setString(3, "p" + i);
                    p.setString(4, "p" + i);
                    p.setString(5, k == 10 ? "t" + i : null);
                    p.addBatch();
                }
            }
            p.executeBatch();
        } finally {
            c.createStatement().execute("set referential_integrity true");
        }
    }

    private static String plan(Connection c, String query, String parameter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("explain analyze " + query)) {
            p.setString(1, parameter);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1).replaceAll("\\s+", " ");
            }
        }
    }

    /** Thirty activities per case in the table (running or history), all ended (each at its own time) but the last two. */
    private static void fill(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into " + table + "(ID_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_,"
                + " ACT_ID_, ACT_TYPE_, START_TIME_, END_TIME_) values (?, 'def', ?, ?, ?, 'userTask', ?, ?)")) {
            long t = 1_900_000_000_000L;
            int n = 0;
            for (int i = 0; i < CASES; i++) {
                for (int k = 0; k < 30; k++, n++) {
                    p.setString(1, "a" + n);
                    p.setString(2, "p" + i);
                    p.setString(3, (k % 3 == 0 ? "p" : "e") + i);
                    p.setString(4, "act" + k);
                    p.setTimestamp(5, new Timestamp(t + n * 1000L));
                    p.setTimestamp(6, k >= 28 ? null : new Timestamp(t + n * 1000L + 500));
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    private static String plan(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery("explain analyze " + query)) {
            r.next();
            return r.getString(1).replaceAll("\\s+", " ");
        }
    }
}
