package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The index of soft-deleted cases holds the deleted ones only (issue 20). Every query of cases carries "deleted_at is
 * null" (the entity's restriction), and H2 took V6's index on the whole column for that condition: it then read every
 * case through it and sorted them all for the case list's newest page, instead of reading the primary key backwards
 * and stopping after 25 (seconds at a million cases). The index never served that condition well on either database
 * (nearly every case matches it). On PostgreSQL it becomes partial, on the deleted cases, for the look-ups of deleted
 * cases; H2 has no partial index and keeps none (those look-ups are the daily retention run's).
 */
public class V45__Deleted_cases_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("drop index detention_case_deleted_idx");
            if (postgres) {
                s.execute("create index detention_case_deleted_idx on detention_case (deleted_at) where deleted_at is not null");
            }
        }
    }
}
