package org.amparo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

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
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        ensureSecret("pseudonym-key");
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
