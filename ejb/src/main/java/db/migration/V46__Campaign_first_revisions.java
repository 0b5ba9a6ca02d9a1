package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A first revision for each campaign made before its revisions were kept (V44): the campaign as this migration finds
 * it, by the system. Without it, a rename from an older version of such a campaign answered "changed since" with no
 * old name (there was no revision to compare with). One revision for all of them; none where there are none.
 * A Java migration because the revision's id comes from its sequence, which H2 and PostgreSQL call differently.
 */
public class V46__Campaign_first_revisions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String missing = " from campaign c where not exists (select 1 from campaign_aud a where a.id = c.id)";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*)" + missing)) {
            r.next();
            if (r.getLong(1) == 0) {
                return;
            }
        }
        boolean postgres = org.amparo.platform.Databases.isPostgres(c);
        long rev;
        // Hibernate hands out the ids below each value it draws from the sequence (blocks of 50): the value drawn here
        // is never one of them.
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(postgres
                ? "select nextval('revision_seq')" : "select next value for revision_seq")) {
            r.next();
            rev = r.getLong(1);
        }
        try (PreparedStatement revision = c.prepareStatement("insert into revision (id, occurred_at, actor) values (?, ?, 'system')")) {
            revision.setLong(1, rev);
            revision.setTimestamp(2, Timestamp.from(Instant.now()));
            revision.executeUpdate();
        }
        try (PreparedStatement first = c.prepareStatement("insert into campaign_aud (id, rev, revtype, version, jurisdiction_id,"
                + " name, created_at, created_by) select c.id, ?, 0, c.version, c.jurisdiction_id, c.name, c.created_at,"
                + " c.created_by" + missing)) {
            first.setLong(1, rev);
            first.executeUpdate();
        }
    }
}
