package org.amparo.workflows;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;
import java.util.Map;

/**
 * The engine's tables as the application reads a task or a case's open tasks on every step (a task completed, a case's
 * tasks listed): fixed statements that MyBatis parses once. The engine's task query builds its SQL anew on each call
 * from a mapping of several hundred conditions, and with the process variables it joins every variable of the
 * process; those three look-ups of each completion took a tenth of the request threads' time in {@code WorkflowBench}
 * (issue 16). One row per task and group it is offered to (none: one row with a null group). The tables carry no
 * prefix (the engine is configured with none, as {@link ProcessEngineBootstrap.StaleLocks} assumes too).
 */
public interface TaskRows {

    /** The columns of a task row: id, step, name, assignee, created, due, a group it is offered to. */
    String COLUMNS = "select t.ID_ as TASK_ID, t.TASK_DEF_KEY_ as TASK_KEY, t.NAME_ as TASK_NAME, t.ASSIGNEE_ as ASSIGNEE,"
            + " t.CREATE_TIME_ as CREATED, t.DUE_DATE_ as DUE, l.GROUP_ID_ as GROUP_ID";
    /** A task's groups: the identity links that name a group (the engine's includeIdentityLinks, groups kept). */
    String GROUPS = " left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.GROUP_ID_ is not null";
    /** Only a task of the process of that key. */
    String OF_PROCESS = " join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ and d.KEY_ = #{key}";

    /** The open task of that process, with its process instance's {@code caseId} variable as CASE_ID. */
    @Select(COLUMNS + ", v.LONG_ as CASE_ID from ACT_RU_TASK t" + OF_PROCESS + GROUPS
            + " left join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.TASK_ID_ is null and v.NAME_ = #{caseVariable}"
            + " where t.ID_ = #{id}")
    List<Map<String, Object>> task(@Param("id") String id, @Param("key") String key, @Param("caseVariable") String caseVariable);

    /** The open tasks of one process instance of that process, oldest first. */
    @Select(COLUMNS + " from ACT_RU_TASK t" + OF_PROCESS + GROUPS + " where t.PROC_INST_ID_ = #{instance}"
            + " order by t.CREATE_TIME_ asc, t.ID_ asc")
    List<Map<String, Object>> tasksOfInstance(@Param("instance") String instance, @Param("key") String key);

    /**
     * The running process instances of that process with that business key, in the order of their ids. A process
     * instance is the execution that is its own process instance: asked so, H2 goes in by the business key's index (the
     * engine's own query says {@code PARENT_ID_ is null}, which H2 reads from the index on the parent: every running
     * instance).
     */
    @Select("select e.ID_ from ACT_RU_EXECUTION e where e.BUSINESS_KEY_ = #{businessKey} and e.ID_ = e.PROC_INST_ID_"
            + " and exists (select 1 from ACT_RE_PROCDEF d where d.ID_ = e.PROC_DEF_ID_ and d.KEY_ = #{key}) order by e.ID_ asc")
    List<String> instances(@Param("businessKey") String businessKey, @Param("key") String key);

    /** The key of the process an open task belongs to; null when there is no such task. */
    @Select("select d.KEY_ from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where t.ID_ = #{id}")
    String processOfTask(@Param("id") String id);

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
        if (v == null || v instanceof java.util.Date) {
            return v == null ? null : ((java.util.Date) v).toInstant();
        }
        if (v instanceof java.time.LocalDateTime l) {
            return java.sql.Timestamp.valueOf(l).toInstant();
        }
        throw new IllegalStateException("The engine's column " + label + " holds a " + v.getClass().getName() + ", not a timestamp");
    }
}
