package org.amparo.bench;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/**
 * Issue 3's benchmark, on PostgreSQL only: writes {@code bench.list.cases} cases (default 100,000) of people with varied,
 * accented names, A-numbers, booking numbers and some aliases straight into the test database, then times at the
 * server ({@code Server-Timing}'s {@code app} figure, which leaves out the password check) the case list's first page, searches by partial name, alias, A-number and booking
 * number, and opening a whole case file. Reuses the data set on a second run.
 */
class CaseListBench {

    private static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");
    private static final String[] FAMILY = {"García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez",
            "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz",
            "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez",
            "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán",
            "Velázquez", "Muñoz", "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Santiago", "Guerrero", "Bautista",
            "Estrada", "Cortés", "Núñez", "Ibáñez", "Peña", "Xicoténcatl", "Quiñones", "Zúñiga", "Nguyen", "Tran", "Pierre", "Joseph"};
    private static final String[] GIVEN = {"José", "María", "Juan", "Guadalupe", "Francisco", "Ana", "Luis", "Rosa",
            "Carlos", "Sofía", "Jesús", "Lucía", "Miguel", "Inés", "Andrés", "Begoña", "Ángel", "Mónica", "Raúl", "Iván",
            "Yesenia", "Wilmer", "Kevin", "Nayeli", "Darwin", "Marisol", "Óscar", "Noemí", "Efraín", "Jeannette"};
    private static final String MARK = "LIST-";

    @Test
    void caseListSearchAndCaseFileOnAHundredThousandCases() throws Exception {
        assumeThat(System.getProperty("amparo.db")).as("the case list benchmark runs on PostgreSQL (-Dpostgres)").isEqualTo("postgres");
        int wanted = Integer.getInteger("bench.list.cases", 100_000);
        String url = System.getProperty("amparo.it.db.url", "jdbc:postgresql://127.0.0.1:5432/amparo_test");
        StringBuilder report = new StringBuilder();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            long started = System.nanoTime();
            FirstRescreening.awaitRecorded(db);
            int written = writeCases(db, wanted);
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement s = db.createStatement()) {
                s.execute("analyze");
            }
            long total = count(db, "select count(*) from detention_case");
            report.append(String.format(Locale.ROOT, """
                    Case list and case file benchmark (PostgreSQL)
                      data set: %d cases in all (%d written now in %.0f s), %d aliases
                    """, total, written, seconds, count(db, "select count(*) from person_alias")));

            // The rows went in as values from before encryption: the server's re-encryption job seals them and fills
            // their blind indexes, as it would for an installation upgraded to V16. Wait for it.
            long sealing = System.nanoTime();
            reencrypt(db);
            report.append(String.format(Locale.ROOT, "  re-encryption of the rows written now: %.0f s%n", (System.nanoTime() - sealing) / 1e9));

            // What to look for: an existing case's A-number, booking number and a rare alias, read back through the API
            // (the database holds them encrypted).
            long caseId;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                    select c.id from detention_case c join person p on p.id = c.person_id
                    where c.opened_by = 'bench-list' and p.a_number is not null order by c.id desc limit 1 offset 777""")) {
                r.next();
                caseId = r.getLong(1);
            }
            HttpResponse<String> one = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/cases/" + caseId))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("supervisor:amparo-demo".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String aNumber = one.body().replaceAll(".*\"aNumber\":\"A-(\\d{3})-(\\d{3})-(\\d{3})\".*", "$1$2$3");
            String booking = one.body().replaceAll(".*\"bookingNumber\":\"([^\"]+)\".*", "$1");
            String alias = "";
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select family_name from person_alias order by id desc limit 1 offset 333")) {
                if (r.next()) {
                    alias = r.getString(1);
                }
            }
            String dashed = "A-" + aNumber.substring(0, 3) + "-" + aNumber.substring(3, 6) + "-" + aNumber.substring(6);

            HttpClient client = HttpClient.newBuilder().build();
            report.append(time(client, "first page of the case list (25 rows, newest first)", "/api/v1/cases?size=25"));
            report.append(time(client, "first page sorted by family name", "/api/v1/cases?size=25&sort=FAMILY_NAME&asc=true"));
            report.append(time(client, "search 'munoz' (partial, no accent; common)", "/api/v1/cases?size=25&search=munoz"));
            report.append(time(client, "search 'jose zuni' (two partial words)", "/api/v1/cases?size=25&search=" + enc("jose zuñi")));
            report.append(time(client, "search a rare alias '" + alias + "'", "/api/v1/cases?size=25&search=" + enc(fold(alias))));
            report.append(time(client, "search the A-number " + dashed, "/api/v1/cases?size=25&search=" + dashed));
            report.append(time(client, "search the A-number as 8 digits", "/api/v1/cases?size=25&search=" + aNumber.substring(1)));
            report.append(time(client, "the same A-number as 'A0...' with no dashes", "/api/v1/cases?size=25&search=A" + aNumber));
            report.append(time(client, "search the booking number " + booking, "/api/v1/cases?size=25&search=" + booking));
            report.append(time(client, "open a whole case file (GET /cases/{id}/file)", "/api/v1/cases/" + caseId + "/file"));
        }
        System.out.println(report);
        Path out = Path.of("target/bench/case-list-postgres.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Ten warm-up calls, then twenty timed at the server; the median and the slowest. */
    private static String time(HttpClient client, String what, String path) throws Exception {
        List<Double> millis = new ArrayList<>();
        String body = "";
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("caseworker:amparo-demo".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
            }
            body = response.body();
            if (i >= 10) {
                // The request's own time, without the password check (bcrypt) a Basic-auth request pays every time.
                String timing = response.headers().firstValue("Server-Timing").orElseThrow();
                String app = timing.substring(timing.indexOf("app;dur=") + 8);
                millis.add(Double.parseDouble(app.contains(",") ? app.substring(0, app.indexOf(',')) : app));
            }
        }
        Collections.sort(millis);
        int rows = body.startsWith("{\"rows\"") ? body.split("\"id\":", -1).length - 1 : -1;
        long matching = body.contains("\"total\":") ? Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1")) : -1;
        return String.format(Locale.ROOT, "  %-58s median %4.0f ms, max %4.0f ms%s%n", what, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), matching >= 0 ? String.format(Locale.ROOT, "  (%d rows shown of %d matching)", rows, matching) : "");
    }

    private static int writeCases(Connection db, int wanted) throws Exception {
        long have = count(db, "select count(*) from detention_case where opened_by = 'bench-list'");
        int missing = (int) Math.max(0, wanted - have);
        if (missing == 0) {
            return 0;
        }
        db.setAutoCommit(false);
        List<Long> facilities = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from facility order by id")) {
            while (r.next()) {
                facilities.add(r.getLong(1));
            }
        }
        long personId = count(db, "select coalesce(max(id), 0) from person") + 1000;
        long caseId = count(db, "select coalesce(max(id), 0) from detention_case") + 1000;
        long aliasId = count(db, "select coalesce(max(id), 0) from person_alias") + 1000;
        Random random = new Random(7);
        Instant now = Instant.now();
        // Judged under the day's rule set, so the server's re-screening after its start leaves them alone (it re-screened
        // the 100,000 during the export's timing).
        String ruleSet = org.amparo.rules.Screening.standard().ruleSets().forDate(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).id();
        try (PreparedStatement person = db.prepareStatement("""
                insert into person (id, version, family_name, given_names, search_name, search_text, date_of_birth, a_number, created_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement kase = db.prepareStatement("""
                insert into detention_case (id, version, person_id, facility_id, booking_number, status, caseworker,
                    opened_at, closed_at, outcome, opened_by, priority_rule_set) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'bench-list', ?)""");
             PreparedStatement alias = db.prepareStatement("""
                insert into person_alias (id, version, person_id, family_name, given_names, search_name) values (?, 0, ?, ?, ?, ?)""");
             PreparedStatement word = db.prepareStatement("insert into person_name_token (token, person_id) values (?, ?)")) {
            for (int i = 0; i < missing; i++) {
                long p = personId + i;
                String family = FAMILY[random.nextInt(FAMILY.length)] + (random.nextBoolean() ? " " + FAMILY[random.nextInt(FAMILY.length)] : "");
                String given = GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(3) == 0 ? " " + GIVEN[random.nextInt(GIVEN.length)] : "");
                person.setLong(1, p);
                person.setString(2, family);
                person.setString(3, given);
                String other = random.nextInt(10) == 0 ? FAMILY[random.nextInt(FAMILY.length)] + "-" + Integer.toString(i, 36) : null;
                person.setString(4, fold(given + " " + family));
                String searchText = fold(given + " " + family) + (other == null ? "" : " | " + fold(given + " " + other));
                person.setString(5, searchText);
                // The name index search reads (V20), cut by the server's own code.
                for (String w : org.amparo.shared.domain.SearchText.words(searchText)) {
                    word.setString(1, w);
                    word.setLong(2, p);
                    word.addBatch();
                }
                person.setString(6, LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
                // A-numbers as ICE issues them today: nine digits, the first a zero, so "A12345678" is the same person.
                person.setString(7, random.nextInt(10) < 8 ? String.format("%09d", 10_000_000 + random.nextInt(89_999_999)) : null);
                person.setTimestamp(8, Timestamp.from(now));
                person.addBatch();
                Instant opened = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
                boolean closed = random.nextInt(100) < 30;
                kase.setLong(1, caseId + i);
                kase.setLong(2, p);
                kase.setLong(3, facilities.get(random.nextInt(facilities.size())));
                kase.setString(4, MARK + (caseId + i));
                kase.setString(5, closed ? "CLOSED" : "OPEN");
                kase.setString(6, random.nextInt(4) == 0 ? "caseworker" : "caseworker" + random.nextInt(40));
                kase.setTimestamp(7, Timestamp.from(opened));
                kase.setTimestamp(8, closed ? Timestamp.from(opened.plus(Duration.ofDays(20))) : null);
                kase.setString(9, closed ? "RELEASED" : null);
                kase.setString(10, ruleSet);
                kase.addBatch();
                if (other != null) {
                    alias.setLong(1, aliasId++);
                    alias.setLong(2, p);
                    alias.setString(3, other);
                    alias.setString(4, given);
                    alias.setString(5, fold(given + " " + other));
                    alias.addBatch();
                }
                if (i % 2000 == 1999 || i == missing - 1) {
                    person.executeBatch();
                    kase.executeBatch();
                    alias.executeBatch();
                    word.executeBatch();
                    db.commit();
                }
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("select setval('person_seq', (select max(id) from person) + 100)");
            s.execute("select setval('detention_case_seq', (select max(id) from detention_case) + 100)");
            s.execute("select setval('person_alias_seq', (select max(id) from person_alias) + 100)");
        }
        db.commit();
        db.setAutoCommit(true);
        return missing;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").trim()
                .toLowerCase(Locale.ROOT);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Asks the server to re-encrypt (as the admin after a key rotation would) and waits until nothing is in clear. */
    private static void reencrypt(Connection db) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/admin/keys/reencryption"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:amparo-demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        while (count(db, "select count(*) from person where (a_number is not null and a_number_bidx is null) "
                + "or (date_of_birth is not null and date_of_birth not like 'enc1:%')") > 0
                || count(db, "select count(*) from detention_case where booking_number is not null and booking_number_bidx is null") > 0) {
            Thread.sleep(2000);
        }
    }
}
