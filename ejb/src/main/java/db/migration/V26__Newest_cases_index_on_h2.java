package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The case list shows the newest cases first ({@code order by id desc}). PostgreSQL reads its primary key backwards
 * for that; H2 cannot read its primary (scan) index backwards, so at a million cases it sorted every case for each
 * first page (seconds). A descending index on the id lets H2 stop after the page ("index sorted"). H2 only: on
 * PostgreSQL it would be a second copy of the primary key.
 */
public class V26__Newest_cases_index_on_h2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("create index if not exists detention_case_newest_idx on detention_case (id desc)");
        }
    }
}
