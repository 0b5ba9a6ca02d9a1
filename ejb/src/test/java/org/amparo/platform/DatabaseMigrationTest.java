package org.amparo.platform;

import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new installation in the HA configuration: the server's cluster writes its member table (JGroups' {@code JDBC_PING}
 * on the application's datasource) before the application starts, so the first migration finds a database that is
 * not quite empty. It must still be migrated from the start; any other table still stops it.
 */
class DatabaseMigrationTest {

    private static JdbcDataSource database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("sa");
        return ds;
    }

    @Test
    void aDatabaseHoldingOnlyTheClustersMemberTableIsMigratedFromTheStart() throws SQLException {
        JdbcDataSource ds = database();
        execute(ds, "create table JGROUPSPING (own_addr varchar(200) not null, cluster_name varchar(200) not null, "
                + "ping_data varbinary(5000), primary key (own_addr, cluster_name))");

        var result = DatabaseMigration.migrate(ds, getClass().getClassLoader());

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).as("every migration, from the first, as on an empty database")
                .isEqualTo(DatabaseMigration.migrate(database(), getClass().getClassLoader()).migrationsExecuted);
        assertThat(count(ds, "select count(*) from detention_case")).isZero();
        assertThat(count(ds, "select count(*) from JGROUPSPING")).as("the cluster's table is left alone").isZero();
        assertThat(DatabaseMigration.migrate(ds, getClass().getClassLoader()).migrationsExecuted).as("a second start").isZero();
    }

    @Test
    void aDatabaseHoldingAnythingElseIsNotTakenOver() throws SQLException {
        JdbcDataSource ds = database();
        execute(ds, "create table JGROUPSPING (own_addr varchar(200) primary key)");
        execute(ds, "create table somebody_elses (id int primary key)");

        assertThat(DatabaseMigration.onlyClusterTables(ds)).isFalse();
        assertThatThrownBy(() -> DatabaseMigration.migrate(ds, getClass().getClassLoader()))
                .isInstanceOf(FlywayException.class).hasMessageContaining("non-empty schema");
    }

    @Test
    void anEmptyDatabaseIsMigratedAsAlways() {
        JdbcDataSource ds = database();

        assertThat(DatabaseMigration.onlyClusterTables(ds)).isFalse();
        assertThat(DatabaseMigration.migrate(ds, getClass().getClassLoader()).success).isTrue();
    }

    @Test
    void aCampaignFromBeforeItsRevisionsWereKeptGetsAFirstRevisionAsFoundSoItsFirstRenameShowsTheOldName() throws SQLException {
        JdbcDataSource ds = database();
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .target("43").load().migrate();
        execute(ds, "insert into jurisdiction (id, version, name, jurisdiction_level, state_code, detainer_policy)"
                + " values (1, 0, 'Ejemplo County', 'COUNTY', 'CA', 'NONE')");
        execute(ds, "insert into campaign (id, version, jurisdiction_id, name, created_at, created_by)"
                + " values (7, 2, 1, 'ICE out of Ejemplo', timestamp '2026-01-05 10:00:00', 'carmen')");

        var result = DatabaseMigration.migrate(ds, getClass().getClassLoader());

        assertThat(result.success).isTrue();
        assertThat(count(ds, "select count(*) from campaign_aud where id = 7 and version = 2 and revtype = 0"
                + " and name = 'ICE out of Ejemplo' and created_by = 'carmen'")).as("its state as found").isEqualTo(1);
        assertThat(count(ds, "select count(*) from revision r join campaign_aud a on a.rev = r.id where r.actor = 'system'"))
                .isEqualTo(1);
        assertThat(count(ds, "select count(*) from revision")).as("one revision for them all").isEqualTo(1);
        assertThat(count(ds, "select next value for revision_seq")).as("the sequence moved past it, for Hibernate's next block")
                .isGreaterThan(count(ds, "select max(id) from revision"));
    }

    private static void execute(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
