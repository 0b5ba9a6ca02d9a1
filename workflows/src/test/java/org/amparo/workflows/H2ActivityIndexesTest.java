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
 * Issue 16: on H2, the engine's look-up of a running activity reads one case's rows, not every open activity of every
 * running case, once H2 has analysed the table, and still after the database is opened again.
 */
class H2ActivityIndexesTest {

    /** Flowable's own statements (ActivityInstance.xml), with values for the parameters. */
    private static final String BY_EXECUTION = "select * from ACT_RU_ACTINST RES where EXECUTION_ID_ = 'e7' and ACT_ID_ = 'act28' and END_TIME_ is null";
    private static final String BY_PROCESS = "select * from ACT_RU_ACTINST RES where PROC_INST_ID_ = 'p7' and END_TIME_ is null";
    private static final int CASES = 300;

    @TempDir
    Path dir;

    @Test
    void theRunningActivityLookUpsUseTheirOwnIndexesOnAnAnalysedTable() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + dir.resolve("engine") + ";DB_CLOSE_ON_EXIT=FALSE");
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(db);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(false);
        config.setDatabaseSchemaUpdate("true");
        ProcessEngine engine = config.buildProcessEngine();
        try {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                fill(c);
                s.execute("analyze");
                assertThat(plan(s, BY_EXECUTION)).as("H2 alone, the case's look-up").contains("ACT_IDX_RU_ACTI_END");
            }

            H2ActivityIndexes.ensure(db);

            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze");
                assertThat(plan(s, BY_EXECUTION)).contains(H2ActivityIndexes.BY_EXECUTION).contains("scanCount: 2 ");
                assertThat(plan(s, BY_PROCESS)).contains(H2ActivityIndexes.BY_PROCESS).contains("scanCount: 3 ");
                assertThat(plan(s, "select count(*) from ACT_RU_ACTINST where END_TIME_ > timestamp '2030-01-01 00:00:00'"))
                        .as("Flowable's END_TIME_ index serves its own queries").contains(H2ActivityIndexes.FLOWABLE_END);
                s.execute("shutdown");
            }
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                assertThat(plan(s, BY_EXECUTION)).as("after a restart").contains(H2ActivityIndexes.BY_EXECUTION);
                assertThat(plan(s, BY_PROCESS)).as("after a restart").contains(H2ActivityIndexes.BY_PROCESS);
            }
            H2ActivityIndexes.ensure(db); // again: nothing to do, nothing broken
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                assertThat(plan(s, BY_EXECUTION)).contains(H2ActivityIndexes.BY_EXECUTION);
            }
        } finally {
            engine.close();
        }
    }

    /** Thirty activities per case, all ended (each at its own time) but the last two. */
    private static void fill(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into ACT_RU_ACTINST(ID_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_,"
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
