package org.amparo.workflows;

import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's inserts go to the database in batches ({@link BatchedInserts}). A command whose inserts fail leaves
 * nothing behind: not the rows written before the failure (rolled back), and not the rows still waiting in the batch,
 * which a server's statement cache would otherwise write with the next command's inserts on the same connection. The
 * engine runs here as on the server, on one connection whose prepared statements are cached the way WildFly's datasource
 * caches them (closing one keeps it, parameters cleared, for the next use of the same SQL).
 */
class BatchedInsertsTest {

    private static final String ONE_TASK = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="amparo-test">
              <process id="oneTask" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="task"/>
                <userTask id="task"/>
                <sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";
    private static Connection physical;
    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() throws SQLException {
        physical = DriverManager.getConnection("jdbc:h2:mem:batched-inserts;DB_CLOSE_DELAY=-1", "sa", "");
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(new CachingDataSource(physical));
        TestEngines.asTheServerSetsIt(config);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addString("one-task.bpmn20.xml", ONE_TASK).deploy();
        try (Statement s = physical.createStatement()) {
            // A history row the database refuses, among the first of a new process's rows to be written.
            s.execute("alter table ACT_HI_PROCINST add constraint TEST_REFUSED check (BUSINESS_KEY_ <> 'refused')");
        }
    }

    @AfterAll
    static void stopEngine() throws SQLException {
        engine.close();
        physical.close();
    }

    @Test
    void aCommandWhoseInsertsFailLeavesNoRowOfItsOwnForTheNextCommandToWrite() throws SQLException {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("oneTask", "refused", Map.of("caseId", 1L)))
                .as("the database's own error, as the engine met it before batches")
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("insertHistoricProcessInstance")
                .cause().isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23513"));

        String accepted = engine.getRuntimeService().startProcessInstanceByKey("oneTask", "accepted", Map.of("caseId", 2L)).getId();

        for (String table : new String[]{"ACT_HI_VARINST", "ACT_HI_TASKINST", "ACT_HI_PROCINST", "ACT_HI_ACTINST",
                "ACT_RU_EXECUTION", "ACT_RU_ACTINST", "ACT_RU_TASK", "ACT_RU_VARIABLE"}) {
            assertThat(processesIn(table)).as("the processes with rows in " + table).containsExactly(accepted);
        }
    }

    private static Set<String> processesIn(String table) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement s = physical.createStatement(); ResultSet rows = s.executeQuery("select distinct PROC_INST_ID_ from " + table)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * One connection, lent again at every request and never closed by its borrowers, whose statements prepared with
     * SQL alone are cached per SQL text as WildFly's datasource caches them: "closing" one closes its wrapper, clears
     * its parameters and keeps it (and anything still in its batch) for the next statement with the same SQL.
     */
    private record CachingDataSource(Connection physical) implements DataSource {

        private static final Map<String, PreparedStatement> STATEMENTS = new HashMap<>();

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        if (method.getName().equals("prepareStatement") && args.length == 1) {
                            return cached(STATEMENTS.computeIfAbsent((String) args[0], this::prepare));
                        }
                        return invoke(physical, method, args);
                    });
        }

        private PreparedStatement prepare(String sql) {
            try {
                return physical.prepareStatement(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * A wrapper of its own at each prepare, around the one statement kept for the SQL: closing the wrapper clears
         * the statement's parameters (not its batch) and keeps it; the closed wrapper refuses any further use.
         */
        private static PreparedStatement cached(PreparedStatement statement) {
            boolean[] closed = {false};
            return (PreparedStatement) Proxy.newProxyInstance(BatchedInsertsTest.class.getClassLoader(),
                    new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close" -> {
                                if (!closed[0]) {
                                    closed[0] = true;
                                    statement.clearParameters();
                                }
                                return null;
                            }
                            case "isClosed" -> {
                                return closed[0];
                            }
                            default -> {
                                if (closed[0]) {
                                    throw new SQLException("The statement is closed");
                                }
                                return invoke(statement, method, args);
                            }
                        }
                    });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
