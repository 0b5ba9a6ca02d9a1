package org.amparo.protection.infrastructure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention policy's writes, in plain JDBC because they reach past the aggregates into the history tables: a
 * person's identifiers and free text are removed everywhere they were ever written, while the facts of their cases
 * (facility, dates, charges' levels and categories, ICE documents, findings, steps) stay, for statistics and campaign
 * evidence under the exports' pseudonyms.
 */
public final class RetentionStore {

    public static final String ANONYMISED = "Anonymized";
    public static final String REMOVED_NOTE = "[removed under the retention policy]";

    /** People not yet anonymised whose every case is closed or deleted before the cutoff. */
    private static final String DUE_WHERE = """
            from person p where p.anonymised_at is null
            and exists (select 1 from detention_case c where c.person_id = p.id)
            and not exists (select 1 from detention_case c where c.person_id = p.id and not (
                (c.deleted_at is not null and c.deleted_at < ?)
                or (c.deleted_at is null and c.status = 'CLOSED' and c.closed_at < ?)))""";
    private static final String DUE = "select p.id " + DUE_WHERE + " order by p.id";
    private static final String DUE_COUNT = "select count(*), (select count(*) from detention_case c where c.person_id in (select p.id "
            + DUE_WHERE + ")) " + DUE_WHERE;

    private final DataSource dataSource;

    public RetentionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many people are due at this cutoff, and how many cases they have: counted in the database. */
    public long[] countDue(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DUE_COUNT)) {
            for (int i = 1; i <= 4; i++) {
                s.setTimestamp(i, Timestamp.from(cutoff));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    /** The people due at this cutoff (at most {@code max}), and how many cases they have. */
    public Due due(Instant cutoff, int max) throws SQLException {
        List<Long> people = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DUE)) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            s.setTimestamp(2, Timestamp.from(cutoff));
            s.setMaxRows(max);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    people.add(r.getLong(1));
                }
            }
            long cases = 0;
            if (!people.isEmpty()) {
                try (PreparedStatement count = c.prepareStatement("select count(*) from detention_case where person_id in ("
                        + String.join(",", people.stream().map(String::valueOf).toList()) + ")")) {
                    try (ResultSet r = count.executeQuery()) {
                        r.next();
                        cases = r.getLong(1);
                    }
                }
            }
            return new Due(people, cases);
        }
    }

    public record Due(List<Long> people, long cases) {
    }

    /** Anonymises these people and their cases; answers the storage keys of their documents, to delete after commit. */
    public List<String> anonymise(List<Long> people, Instant at) throws SQLException {
        List<String> documents = new ArrayList<>();
        if (people.isEmpty()) {
            return documents;
        }
        String ids = String.join(",", people.stream().map(String::valueOf).toList());
        String cases = "(select id from detention_case where person_id in (" + ids + "))";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select storage_key from case_document where case_id in " + cases);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    documents.add(r.getString(1));
                }
            }
            String person = "family_name = '" + ANONYMISED + "', given_names = null, a_number = null, date_of_birth = null, "
                    + "address = null, phone = null, employment = null, community_ties = null, reason_for_migration = null";
            update(c, "update person set " + person + ", search_name = 'anonymized', search_text = 'anonymized', "
                    + "a_number_bidx = null, a_number_last4_bidx = null, date_of_birth_bidx = null, anonymised_at = ? where id in (" + ids + ")", at);
            update(c, "update person_aud set " + person + " where id in (" + ids + ")", null);
            update(c, "delete from person_name_token where person_id in (" + ids + ")", null);
            update(c, "delete from person_alias_aud where person_id in (" + ids + ")", null);
            update(c, "delete from person_alias where person_id in (" + ids + ")", null);
            update(c, "update family_member set full_name = '" + ANONYMISED + "', date_of_birth = null where person_id in (" + ids + ")", null);
            update(c, "update family_member_aud set full_name = '" + ANONYMISED + "', date_of_birth = null where person_id in (" + ids + ")", null);
            String caller = "booking_number = null, caller_name = null, caller_relation = null, caller_contact = null";
            update(c, "update detention_case set " + caller + ", booking_number_bidx = null, booking_number_last4_bidx = null "
                    + "where person_id in (" + ids + ")", null);
            update(c, "update detention_case_aud set " + caller + " where id in " + cases, null);
            update(c, "update hotline_call set caller_name = null, caller_contact = null where case_id in " + cases, null);
            update(c, "update hotline_call_aud set caller_name = null, caller_contact = null where case_id in " + cases, null);
            // An enforcement report that named them keeps the event, the monitoring's evidence, but not who was taken
            // (their line) nor who called about it (as their case's calls lose their caller).
            String reports = "(select report_id from activity_report_person where case_id in " + cases + ")";
            update(c, "update activity_report set caller_name = null, caller_contact = null where id in " + reports, null);
            update(c, "update activity_report_person set family_name = '" + ANONYMISED + "', given_names = null, description = null "
                    + "where case_id in " + cases, null);
            update(c, "update case_note set body = '" + REMOVED_NOTE + "' where case_id in " + cases, null);
            update(c, "update case_note_aud set body = '" + REMOVED_NOTE + "' where case_id in " + cases, null);
            // Stories go as notes do; and with their vetting, so that no report can ever show what is left of them.
            String story = "text = '" + REMOVED_NOTE + "', title = null, vetted_by = null, vetted_on = null, risk_note = null";
            update(c, "update story set " + story + " where case_id in " + cases, null);
            update(c, "update story_aud set " + story + " where case_id in " + cases, null);
            update(c, "delete from case_document_aud where case_id in " + cases, null);
            update(c, "delete from case_document where case_id in " + cases, null);
        }
        return documents;
    }

    private static void update(Connection c, String sql, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (at != null) {
                s.setTimestamp(1, Timestamp.from(at));
            }
            s.executeUpdate();
        }
    }
}
