package org.amparo.workflows;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * Issue 16: on H2 only, the indexes that let the engine find a running activity without reading every open activity of
 * every running case.
 * <p>
 * Each step the engine takes looks up the activity it ends in {@code ACT_RU_ACTINST}
 * ({@code where EXECUTION_ID_ = ? and ACT_ID_ = ? and END_TIME_ is null}; by process instance, {@code PROC_INST_ID_ = ?
 * and END_TIME_ is null}). H2's planner knows no share of nulls: once it has analysed the table, the column
 * {@code END_TIME_} looks almost unique (the ended activities' times are all different), so it takes Flowable's index on
 * {@code END_TIME_} alone for {@code END_TIME_ is null} and reads every unfinished activity of every running case, a
 * cost that grows with the open cases. PostgreSQL counts the nulls and plans well; it is left alone.
 * <p>
 * The fix keeps Flowable's schema as it is and adds two indexes of the application's own ({@code AMP_} names, which no
 * Flowable script creates or drops) that cover each look-up's columns whole, so they cost H2 no more than the
 * {@code END_TIME_} index; and, since H2 settles an equal cost by the order of the indexes (which is not kept across a
 * restart), Flowable's {@code ACT_IDX_RU_ACTI_END} is made again under its own name with the row id after
 * {@code END_TIME_}: it serves every query on {@code END_TIME_} as before, but costs one more column when it is used
 * for {@code END_TIME_ is null} alone, so H2 prefers the look-ups' own indexes for certain. Flowable's scripts only
 * ever drop that index by name ({@code drop index if exists}). Done once; later starts find the indexes and do nothing.
 */
final class H2ActivityIndexes {

    private static final Logger LOG = Logger.getLogger(H2ActivityIndexes.class.getName());
    static final String BY_EXECUTION = "AMP_IDX_RU_ACTI_EXEC_ACT_END";
    static final String BY_PROCESS = "AMP_IDX_RU_ACTI_PROC_END";
    static final String FLOWABLE_END = "ACT_IDX_RU_ACTI_END";

    private H2ActivityIndexes() {
    }

    /** Adds the indexes on an H2 database that lacks them; nothing on any other database, or when they are there. */
    static void ensure(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName()) || !exists(c, "ACT_RU_ACTINST", null)) {
                return;
            }
            if (exists(c, "ACT_RU_ACTINST", BY_EXECUTION) && exists(c, "ACT_RU_ACTINST", BY_PROCESS)
                    && endIndexHasRowId(c)) {
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String ddl : ddl()) {
                    s.execute(ddl);
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
            LOG.info("Added the H2 indexes for the workflow engine's running-activity look-ups (" + BY_EXECUTION + ", "
                    + BY_PROCESS + ")");
        } catch (SQLException e) {
            // A plan, not a rule: the engine works without them, only slower with many running cases.
            LOG.warning("Could not add the H2 indexes for the workflow engine's running-activity look-ups: " + e);
        }
    }

    /** The statements, each safe to run again. */
    static List<String> ddl() {
        return List.of(
                "create index if not exists " + BY_EXECUTION + " on ACT_RU_ACTINST(EXECUTION_ID_, ACT_ID_, END_TIME_)",
                "create index if not exists " + BY_PROCESS + " on ACT_RU_ACTINST(PROC_INST_ID_, END_TIME_)",
                "drop index if exists " + FLOWABLE_END,
                "create index " + FLOWABLE_END + " on ACT_RU_ACTINST(END_TIME_, ID_)");
    }

    private static boolean exists(Connection c, String table, String index) throws SQLException {
        String sql = index == null
                ? "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = current_schema and TABLE_NAME = ?"
                : "select count(*) from INFORMATION_SCHEMA.INDEXES where TABLE_SCHEMA = current_schema and TABLE_NAME = ? and INDEX_NAME = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, table);
            if (index != null) {
                p.setString(2, index);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private static boolean endIndexHasRowId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*) from INFORMATION_SCHEMA.INDEX_COLUMNS where TABLE_SCHEMA = current_schema"
                + " and TABLE_NAME = 'ACT_RU_ACTINST' and INDEX_NAME = ? and COLUMN_NAME = 'ID_'")) {
            p.setString(1, FLOWABLE_END);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }
}
