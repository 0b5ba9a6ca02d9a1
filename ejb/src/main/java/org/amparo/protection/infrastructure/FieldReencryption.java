package org.amparo.protection.infrastructure;

import org.amparo.shared.domain.Fingerprints;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Rewrites every protected column on file under the key ring's current key, and fills the blind indexes: values
 * written before encryption (in clear), values under a retired key, and rows whose indexes are missing. The history
 * tables are rewritten too, or a dump would still show the past in clear. Each row is matched on its key and on the
 * value read, so a row a user changed meanwhile is left as that user wrote it (already under the current key).
 * Plain JDBC in the caller's transaction: it touches columns, not aggregates, and raises no domain event.
 */
public final class FieldReencryption {

    enum Kind { TEXT, A_NUMBER, DATE }

    private record Column(String name, Kind kind) {
    }

    private record Table(String name, List<String> keys, List<Column> columns, boolean person, boolean detentionCase) {
    }

    private static final Column A_NUMBER = new Column("a_number", Kind.A_NUMBER);
    private static final Column BORN = new Column("date_of_birth", Kind.DATE);
    private static final Column ADDRESS = new Column("address", Kind.TEXT);
    private static final Column PHONE = new Column("phone", Kind.TEXT);
    private static final Column BOOKING = new Column("booking_number", Kind.TEXT);
    private static final Column CALLER = new Column("caller_contact", Kind.TEXT);
    private static final Column BODY = new Column("body", Kind.TEXT);

    /** Every protected column of the schema (V16), history tables included. */
    private static final List<Table> TABLES = List.of(
            new Table("person", List.of("id"), List.of(A_NUMBER, BORN, ADDRESS, PHONE), true, false),
            new Table("person_aud", List.of("id", "rev"), List.of(A_NUMBER, BORN, ADDRESS, PHONE), false, false),
            new Table("family_member", List.of("id"), List.of(BORN), false, false),
            new Table("family_member_aud", List.of("id", "rev"), List.of(BORN), false, false),
            new Table("detention_case", List.of("id"), List.of(BOOKING, CALLER), false, true),
            new Table("detention_case_aud", List.of("id", "rev"), List.of(BOOKING, CALLER), false, false),
            new Table("case_note", List.of("id"), List.of(BODY), false, false),
            new Table("case_note_aud", List.of("id", "rev"), List.of(BODY), false, false),
            new Table("story", List.of("id"), List.of(new Column("text", Kind.TEXT), new Column("title", Kind.TEXT),
                    new Column("risk_note", Kind.TEXT)), false, false),
            new Table("story_aud", List.of("id", "rev"), List.of(new Column("text", Kind.TEXT), new Column("title", Kind.TEXT),
                    new Column("risk_note", Kind.TEXT)), false, false),
            new Table("intake_draft", List.of("id"), List.of(new Column("form", Kind.TEXT)), false, false));

    /** Rows rewritten per table, in the order of {@link #TABLES}. */
    public record Outcome(long rowsRead, long rowsRewritten) {
    }

    private final DataSource dataSource;

    public FieldReencryption(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rewrites what needs it; {@code progress} hears the running count of rows rewritten. */
    public Outcome run(LongConsumer progress) throws SQLException {
        KeyRing ring = KeyRing.current();
        String current = FieldCipher.PREFIX + ring.currentId() + ":%";
        long read = 0;
        long rewritten = 0;
        try (Connection c = dataSource.getConnection()) {
            for (Table t : TABLES) {
                long[] counts = rewrite(c, t, current);
                read += counts[0];
                rewritten += counts[1];
                progress.accept(rewritten);
            }
        }
        return new Outcome(read, rewritten);
    }

    private static long[] rewrite(Connection c, Table t, String current) throws SQLException {
        List<String> select = new ArrayList<>(t.keys());
        List<String> stale = new ArrayList<>();
        for (Column col : t.columns()) {
            select.add(col.name());
            stale.add("(" + col.name() + " is not null and " + col.name() + " not like ?)");
        }
        if (t.person()) {
            stale.add("(a_number is not null and a_number_bidx is null)");
            stale.add("(date_of_birth is not null and date_of_birth_bidx is null)");
        }
        if (t.detentionCase()) {
            stale.add("(booking_number is not null and booking_number_bidx is null)");
        }
        String query = "select " + String.join(", ", select) + " from " + t.name() + " where " + String.join(" or ", stale);
        List<String> sets = new ArrayList<>();
        for (Column col : t.columns()) {
            sets.add(col.name() + " = ?");
        }
        if (t.person()) {
            sets.addAll(List.of("a_number_bidx = ?", "a_number_last4_bidx = ?", "date_of_birth_bidx = ?"));
        }
        if (t.detentionCase()) {
            sets.addAll(List.of("booking_number_bidx = ?", "booking_number_last4_bidx = ?"));
        }
        List<String> match = new ArrayList<>();
        for (String key : t.keys()) {
            match.add(key + " = ?");
        }
        for (Column col : t.columns()) {
            // The value as read: a row changed since is not overwritten.
            match.add("coalesce(" + col.name() + ", '-') = coalesce(cast(? as varchar(100000)), '-')");
        }
        String update = "update " + t.name() + " set " + String.join(", ", sets) + " where " + String.join(" and ", match);
        long read = 0;
        long written = 0;
        try (PreparedStatement find = c.prepareStatement(query); PreparedStatement write = c.prepareStatement(update)) {
            int p = 1;
            for (int i = 0; i < t.columns().size(); i++) {
                find.setString(p++, current);
            }
            find.setFetchSize(500);
            int pending = 0;
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    read++;
                    int k = 1;
                    int w = 1;
                    List<Object> keys = new ArrayList<>();
                    for (String ignored : t.keys()) {
                        keys.add(rows.getObject(k++));
                    }
                    List<String> old = new ArrayList<>();
                    List<String> plain = new ArrayList<>();
                    for (Column col : t.columns()) {
                        String stored = rows.getString(k++);
                        old.add(stored);
                        String clear = FieldCipher.decrypt(stored);
                        plain.add(clear == null ? null : normalise(col.kind(), clear));
                        write.setString(w++, clear == null ? null : FieldCipher.encrypt(normalise(col.kind(), clear)));
                    }
                    if (t.person()) {
                        String aNumber = plain.get(0);
                        String born = plain.get(1);
                        write.setString(w++, aNumber == null ? null : BlindIndex.INSTANCE.of(Fingerprints.A_NUMBER, aNumber));
                        write.setString(w++, aNumber == null ? null : BlindIndex.INSTANCE.of(Fingerprints.A_NUMBER_LAST4, aNumber.substring(aNumber.length() - 4)));
                        write.setString(w++, born == null ? null : BlindIndex.INSTANCE.of(Fingerprints.DATE_OF_BIRTH, born));
                    }
                    if (t.detentionCase()) {
                        String booking = Fingerprints.normaliseBooking(plain.get(0));
                        String last4 = Fingerprints.lastFourDigits(plain.get(0));
                        write.setString(w++, booking == null ? null : BlindIndex.INSTANCE.of(Fingerprints.BOOKING_NUMBER, booking));
                        write.setString(w++, last4 == null ? null : BlindIndex.INSTANCE.of(Fingerprints.BOOKING_NUMBER_LAST4, last4));
                    }
                    for (Object key : keys) {
                        write.setObject(w++, key);
                    }
                    for (String value : old) {
                        write.setString(w++, value);
                    }
                    write.addBatch();
                    if (++pending == 200) {
                        written += sum(write.executeBatch());
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                written += sum(write.executeBatch());
            }
        }
        return new long[] {read, written};
    }

    /** Values from before encryption as the converters expect them: nine-digit A-numbers, ISO dates. */
    private static String normalise(Kind kind, String clear) {
        switch (kind) {
            case A_NUMBER:
                String digits = clear.replaceAll("\\D", "");
                return digits.length() == 8 ? "0" + digits : digits;
            case DATE:
                return clear.trim().length() > 10 ? clear.trim().substring(0, 10) : clear.trim();
            default:
                return clear;
        }
    }

    private static long sum(int[] counts) {
        long n = 0;
        for (int count : counts) {
            n += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
        }
        return n;
    }
}
