package org.amparo.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.process.CaseProcess;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Tells whether Amparo can work: the database answers and the workflow engine runs. Reveals no data. */
@Stateless
@PermitAll
public class HealthCheck {

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @Inject
    CaseProcess workflow;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Health check() {
        Component database = database();
        Component engine;
        try {
            CaseProcess.EngineStatus status = workflow.status();
            engine = new Component(status.up() ? "UP" : "DOWN", status.name());
        } catch (RuntimeException e) {
            engine = new Component("DOWN", e.getClass().getSimpleName());
        }
        String overall = "UP".equals(database.status()) && "UP".equals(engine.status()) ? "UP" : "DOWN";
        return new Health(overall, database, engine);
    }

    private Component database() {
        try (Connection c = dataSource.getConnection()) {
            return new Component(c.isValid(5) ? "UP" : "DOWN", c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return new Component("DOWN", "SQLState " + e.getSQLState());
        }
    }

    /** The state of one component, with a word on what it is. */
    public record Component(String status, String detail) {
    }

    /** The overall state and each component's. */
    public record Health(String status, Component database, Component workflowEngine) {
    }
}
