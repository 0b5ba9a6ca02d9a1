package org.amparo.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the application's schema up to date before anything else touches the database. Flyway's versioned SQL
 * in {@code db/migration} serves H2 and PostgreSQL alike. Bean-managed, so DDL runs outside a container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = migrate(dataSource, getClass().getClassLoader());
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        ensureSecret("pseudonym-key");
    }

    /**
     * The tables a server in the HA configuration makes in the application's database before the application starts:
     * JGroups' member list ({@code JDBC_PING} on the same datasource). On a new installation's empty database they are
     * all it holds, and Flyway would refuse to migrate a "non-empty schema" without its history.
     */
    static final Set<String> CLUSTER_TABLES = Set.of("jgroupsping");

    /** Applies every migration not yet applied; a database that holds only {@link #CLUSTER_TABLES} counts as empty. */
    static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        var flyway = Flyway.configure(classLoader).dataSource(dataSource).locations("classpath:db/migration");
        if (onlyClusterTables(dataSource)) {
            // Everything from the first migration on, recorded from an empty baseline (version 0).
            flyway.baselineOnMigrate(true).baselineVersion("0");
        }
        return flyway.load().migrate();
    }

    /** Whether the database has no schema history yet and its only tables are the cluster's own (at least one). */
    static boolean onlyClusterTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return !tables.isEmpty() && CLUSTER_TABLES.containsAll(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables before migrating it", e);
        }
    }

    /** Creates a secret at the first start: 32 random bytes, never logged, kept in the database it protects. */
    private void ensureSecret(String name) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement find = c.prepareStatement("select count(*) from app_secret where name = ?")) {
            find.setString(1, name);
            try (java.sql.ResultSet r = find.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            try (java.sql.PreparedStatement insert = c.prepareStatement("insert into app_secret (name, secret_value) values (?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, java.util.Base64.getEncoder().encodeToString(secret));
                insert.executeUpdate();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the application's secret " + name, e);
        }
    }
}
