package db.migration;

import org.amparo.shared.domain.SearchText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The name index that search reads (issue 20): one row per word of a person's names and aliases, folded, under a
 * primary key that starts with the word, so a prefix is one index range. A Java migration because the words are cut
 * by the same code that keeps them in step afterwards ({@link SearchText#words}), identically on H2 and PostgreSQL.
 * On PostgreSQL the word column uses the "C" collation: byte order, so the range and {@code LIKE 'quin%'} both use the
 * index whatever the database's own collation.
 */
public class V20__Name_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = org.amparo.platform.Databases.isPostgres(c);
        try (Statement s = c.createStatement()) {
            s.execute("create table person_name_token ("
                    + " token varchar(" + SearchText.MAX_TOKEN + ")" + (postgres ? " collate \"C\"" : "") + " not null,"
                    + " person_id bigint not null references person (id) on delete cascade,"
                    + " primary key (token, person_id))");
            s.execute("create index person_name_token_person_idx on person_name_token (person_id)");
        }
        // Everyone already on file, from the folded name-and-aliases text the entity kept; anonymised people have no
        // name left to find.
        try (PreparedStatement read = c.prepareStatement(
                "select id, search_text from person where anonymised_at is null");
             PreparedStatement insert = c.prepareStatement("insert into person_name_token (token, person_id) values (?, ?)")) {
            read.setFetchSize(1000);
            int pending = 0;
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    for (String word : SearchText.words(r.getString(2))) {
                        insert.setString(1, word);
                        insert.setLong(2, r.getLong(1));
                        insert.addBatch();
                        if (++pending == 1000) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
