package org.amparo.workflows;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;
import java.util.Map;

/**
 * The engine's tables as the application reads a task or a case's open tasks on every step (a task completed, a case's
 * tasks listed): fixed statements that MyBatis parses once. The engine's task query builds its SQL anew on each call
 * from a mapping of several hundred conditions, and with the process variables it joins every variable of the
 * process. A task completion asked for its task three times (is it a campaign's, may the caller see it, the use case's
 * own check): a tenth of the request threads' time in {@code WorkflowBench} (issue 16).
 * <p>
 * Each statement reads one table by one key and orders nothing; the caller joins, filters and sorts the few rows in
 * Java. So there is only one way for a database to run it, with or without statistics: PostgreSQL without any (a new
 * database, autovacuum off, as on the CI machine) ran a join of these tables by a full scan of another index and
 * took longer than the engine's own query. The tables carry no prefix (the engine is configured with none, as
 * {@link ProcessEngineBootstrap.StaleLocks} assumes too).
 */
public interface TaskRows {

    /** The columns of a task row: id, step, name, assignee, created, due, process instance and definition. */
    String COLUMNS = "select ID_ as TASK_ID, TASK_DEF_KEY_ as TASK_KEY, NAME_ as TASK_NAME, ASSIGNEE_ as ASSIGNEE,"
            + " CREATE_TIME_ as CREATED, DUE_DATE_ as DUE, PROC_INST_ID_ as INSTANCE, PROC_DEF_ID_ as DEFINITION from ACT_RU_TASK";

    /** The open task of that id (none or one row). */
    @Select(COLUMNS + " where ID_ = #{id}")
    List<Map<String, Object>> task(@Param("id") String id);

    /** The open tasks of one process instance, in no order. */
    @Select(COLUMNS + " where PROC_INST_ID_ = #{instance}")
    List<Map<String, Object>> tasksOfInstance(@Param("instance") String instance);

    /** The group ids of a task's identity links (null for a link to a user). */
    @Select("select GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ = #{task}")
    List<String> groupsOfTask(@Param("task") String task);

    /** The values of the variables of that name on an execution: TASK_ID (null for the execution's own) and LONG_VALUE. */
    @Select("select TASK_ID_ as TASK_ID, LONG_ as LONG_VALUE from ACT_RU_VARIABLE where EXECUTION_ID_ = #{execution} and NAME_ = #{name}")
    List<Map<String, Object>> variable(@Param("execution") String execution, @Param("name") String name);

    /**
     * The process instances with that business key, ID and DEFINITION, in no order. A process instance is the execution
     * that is its own process instance: asked so, H2 goes in by the business key's index (the engine's own query says
     * {@code PARENT_ID_ is null}, which H2 reads from the index on the parent: every running instance).
     */
    @Select("select ID_ as ID, PROC_DEF_ID_ as DEFINITION from ACT_RU_EXECUTION where BUSINESS_KEY_ = #{businessKey} and ID_ = PROC_INST_ID_")
    List<Map<String, Object>> instances(@Param("businessKey") String businessKey);

    /** The process definition of an open task; null when there is no such task. */
    @Select("select PROC_DEF_ID_ from ACT_RU_TASK where ID_ = #{id}")
    String definitionOfTask(@Param("id") String id);

    /** Runs one of these statements on the engine, in the caller's transaction. */
    static <R> R read(org.flowable.engine.ProcessEngine engine, java.util.function.Function<TaskRows, R> statement) {
        return engine.getManagementService().executeCustomSql(
                new org.flowable.engine.impl.cmd.AbstractCustomSqlExecution<TaskRows, R>(TaskRows.class) {
                    @Override
                    public R execute(TaskRows rows) {
                        return statement.apply(rows);
                    }
                });
    }

    /** A value of a row by its column label, which H2 gives in capitals and PostgreSQL in lower case. */
    static Object value(Map<String, Object> row, String label) {
        return row.containsKey(label) ? row.get(label) : row.get(label.toLowerCase(java.util.Locale.ROOT));
    }

    /** A date-time column of a row (a timestamp, as the engine itself reads it), or null. */
    static java.time.Instant instant(Map<String, Object> row, String label) {
        Object v = value(row, label);
        if (v == null) {
            return null;
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant();
        }
        if (v instanceof java.time.LocalDateTime l) {
            return java.sql.Timestamp.valueOf(l).toInstant();
        }
        throw new IllegalStateException("The engine's column " + label + " holds a " + v.getClass().getName() + ", not a timestamp");
    }
}
