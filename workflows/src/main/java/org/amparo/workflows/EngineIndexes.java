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
 * Indexes of the application's own on the workflow engine's tables, made at start-up where they are missing.
 *
 * <p>On every database, the two that the dashboard's figures of the engine read (issue 20), on {@code ACT_RU_TASK}, of
 * which Flowable indexes neither column: the due date (the overdue tasks, {@code DUE_DATE_ > 1970 and < now}) and the
 * assignee (the open tasks per assignee, {@code ASSIGNEE_ >= ''}). Few open tasks have either; without the indexes both
 * read every open task (at 100,000 running cases on H2: 787 and 508 ms under the dashboard's load).
 *
 * <p>On H2 only, the indexes that let the engine find one case's rows without reading every running case's (issues 16
 * and 20). H2's planner knows no share of nulls, and before it has analysed a table it rates every column alike; for
 * Flowable's look-ups that pair a column's value with another column {@code is null} it may then take the index on the
 * second column alone and read every row whose value is null, a cost that grows with the running cases. PostgreSQL
 * counts the nulls and plans well; it is left alone. Three such look-ups, all made as the engine works a case:
 * <ul>
 *   <li>the activity a step ends, in {@code ACT_RU_ACTINST} ({@code where EXECUTION_ID_ = ? and ACT_ID_ = ? and END_TIME_
 *       is null}; by process instance, {@code PROC_INST_ID_ = ? and END_TIME_ is null}): once H2 has analysed the table,
 *       {@code END_TIME_} looks almost unique (the ended activities' times all differ), so it took Flowable's index on
 *       {@code END_TIME_} alone and read every unfinished activity;</li>
 *   <li>the same look-up by process instance in the history, {@code ACT_HI_ACTINST} ({@code where PROC_INST_ID_ = ? and
 *       END_TIME_ is null}), which a terminate end event makes to end every activity of its process, so at every case's
 *       and campaign's closure: H2 took Flowable's {@code ACT_IDX_HI_ACT_INST_END} and read every unfinished activity of every running
 *       case (6,168 rows for one case's few after 3,000 demo cases; 38% of the demo writer's time at that size);</li>
 *   <li>an execution's variables, in {@code ACT_RU_VARIABLE} ({@code where EXECUTION_ID_ = ? and TASK_ID_ is null}):
 *       on a new database, with no statistics yet, H2 rated Flowable's index on {@code TASK_ID_} as good as the one on
 *       {@code EXECUTION_ID_} and read every variable of every running case (2,634 rows for one case's 13 after the
 *       demo's 300 cases); that read was most of the time the demo data took to write (issue 20).</li>
 * </ul>
 * The fix keeps Flowable's schema as it is and adds indexes of the application's own ({@code AMP_} names, which no
 * Flowable script creates or drops) that cover each look-up's columns whole, so that they cost H2 less than any
 * one-column index whatever its statistics say; and, since H2 settles an equal cost by the order of the indexes (which
 * is not kept across a restart), Flowable's {@code ACT_IDX_RU_ACTI_END} and {@code ACT_IDX_HI_ACT_INST_END} are made
 * again under their own names with the row id after {@code END_TIME_}: they serve every query on {@code END_TIME_} as
 * before, but cost one more column when used for {@code END_TIME_ is null} alone. Flowable's scripts only ever drop
 * those indexes by name ({@code drop index if exists}). Each index is made once; later starts find them and do nothing.
 */
final class EngineIndexes {

    private static final Logger LOG = Logger.getLogger(EngineIndexes.class.getName());
    static final String BY_EXECUTION = "AMP_IDX_RU_ACTI_EXEC_ACT_END";
    static final String BY_PROCESS = "AMP_IDX_RU_ACTI_PROC_END";
    static final String FLOWABLE_END = "ACT_IDX_RU_ACTI_END";
    static final String HISTORY_BY_PROCESS = "AMP_IDX_HI_ACTI_PROC_END";
    static final String FLOWABLE_HISTORY_END = "ACT_IDX_HI_ACT_INST_END";
    static final String VARIABLES_BY_EXECUTION = "AMP_IDX_RU_VAR_EXEC_TASK";
    static final String TASKS_BY_DUE_DATE = "AMP_IDX_RU_TASK_DUE";
    static final String TASKS_BY_ASSIGNEE = "AMP_IDX_RU_TASK_ASSIGNEE";

    /**
     * One index: its table, its name, whether it is there as it should be, and the statements that make it so; made on
     * H2 alone, or on every database.
     */
    private record EngineIndex(String table, String name, String columnItMustHave, List<String> ddl, boolean h2Only) {
        /** An index of the application's own, on H2 only. */
        static EngineIndex onH2(String table, String name, String columns) {
            return new EngineIndex(table, name, null, List.of(create(table, name, columns)), true);
        }

        /** Flowable's index on {@code END_TIME_}, made again on H2 under its own name with the row id after it. */
        static EngineIndex endTimeThenRowId(String table, String name) {
            return new EngineIndex(table, name, "ID_",
                    List.of("drop index if exists " + name, "create index " + name + " on " + table + "(END_TIME_, ID_)"), true);
        }

        static EngineIndex everywhere(String table, String name, String columns) {
            return new EngineIndex(table, name, null, List.of(create(table, name, columns)), false);
        }

        private static String create(String table, String name, String columns) {
            return "create index if not exists " + name + " on " + table + "(" + columns + ")";
        }
    }

    private static final List<EngineIndex> INDEXES = List.of(
            EngineIndex.onH2("ACT_RU_ACTINST", BY_EXECUTION, "EXECUTION_ID_, ACT_ID_, END_TIME_"),
            EngineIndex.onH2("ACT_RU_ACTINST", BY_PROCESS, "PROC_INST_ID_, END_TIME_"),
            EngineIndex.endTimeThenRowId("ACT_RU_ACTINST", FLOWABLE_END),
            EngineIndex.onH2("ACT_HI_ACTINST", HISTORY_BY_PROCESS, "PROC_INST_ID_, END_TIME_"),
            EngineIndex.endTimeThenRowId("ACT_HI_ACTINST", FLOWABLE_HISTORY_END),
            EngineIndex.onH2("ACT_RU_VARIABLE", VARIABLES_BY_EXECUTION, "EXECUTION_ID_, TASK_ID_"),
            EngineIndex.everywhere("ACT_RU_TASK", TASKS_BY_DUE_DATE, "DUE_DATE_"),
            EngineIndex.everywhere("ACT_RU_TASK", TASKS_BY_ASSIGNEE, "ASSIGNEE_"));

    private EngineIndexes() {
    }

    /** Adds the indexes the database lacks (on PostgreSQL, the ones for every database); nothing when they are all there. */
    static void ensure(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            List<String> made = new java.util.ArrayList<>();
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (EngineIndex index : INDEXES) {
                    if (index.h2Only() && !h2) {
                        continue;
                    }
                    // H2's catalogue tells whether an index is there as it should be; elsewhere the statement itself does
                    // nothing when the index exists (PostgreSQL: create index if not exists).
                    if (!h2 || exists(c, index.table(), null) && !inPlace(c, index)) {
                        for (String ddl : index.ddl()) {
                            s.execute(ddl);
                        }
                        if (h2) {
                            made.add(index.name());
                        }
                    }
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
            if (!made.isEmpty()) {
                LOG.info("Added indexes for the workflow engine's look-ups: " + made);
            }
        } catch (SQLException e) {
            // A plan, not a rule: the engine works without them, only slower with many running cases.
            LOG.warning("Could not add the indexes for the workflow engine's look-ups: " + org.amparo.platform.LogSafe.causes(e));
        }
    }

    private static boolean inPlace(Connection c, EngineIndex index) throws SQLException {
        if (index.columnItMustHave() == null) {
            return exists(c, index.table(), index.name());
        }
        try (PreparedStatement p = c.prepareStatement("select count(*) from INFORMATION_SCHEMA.INDEX_COLUMNS where TABLE_SCHEMA = current_schema"
                + " and TABLE_NAME = ? and INDEX_NAME = ? and COLUMN_NAME = ?")) {
            p.setString(1, index.table());
            p.setString(2, index.name());
            p.setString(3, index.columnItMustHave());
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
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
}
