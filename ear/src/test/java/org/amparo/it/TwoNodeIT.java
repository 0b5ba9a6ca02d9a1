package org.amparo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19's two servers on one database: two more servers of the same installation start beside the build's, each with
 * its own server folder and ports (offset 100 and 200), both on the tests' PostgreSQL database, sharing the document and
 * export folders as two machines would share a network folder (README, "Two servers, one database"). Two users drive
 * cases through intake, the ICE-hold check and referral, one through each server, with holds whose expiry timers fall
 * due during the run. Halfway, server A is killed ({@code kill -9}); its user carries on through server B, as a load
 * balancer sends them there. Then every case has exactly its one task, every expiry timer fired exactly once, the
 * export made on A is still handed out by B, and the every-minute watch went on running, once a minute, on a live
 * server. A slow suite: it runs on the PostgreSQL pass.
 */
@Tag("slow")
class TwoNodeIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");
    private static final int CASES_PER_USER = 16;
    private static final Duration EXPIRY_AFTER = Duration.ofSeconds(45);
    private static final Map<String, String> STEP_OF_TASK = Map.of("intake", "INTAKE", "iceHoldCheck", "ICE_HOLD_CHECK",
            "attorneyReferral", "ATTORNEY_REFERRAL", "attorneyResponse", "ATTORNEY_RESPONSE");

    private static final List<File> STARTED = Collections.synchronizedList(new ArrayList<>());

    private final Http api = Http.api();

    private record Made(long id, boolean onHold, Instant expiresAt) {
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (File node : STARTED) {
            ServerProcess.killNode(node);
        }
    }

    @Test
    void whenOneServerDiesMidLoadTheOtherCarriesOnWithNoTaskTimerOrJobLostOrDoubled() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("amparo.db")), "two servers share a PostgreSQL database");
        assumeTrue(!ServerProcess.javaOpts().isBlank(), "the server's start options, from the build");

        File nodes = new File(System.getProperty("amparo.it.data")).getParentFile().toPath().resolve("nodes").toFile();
        deleteTree(nodes.toPath());
        Path shared = Files.createDirectories(nodes.toPath().resolve("shared"));
        String sharedOpts = "-Damparo.jobs.shared=true -Damparo.documents.dir=" + shared.resolve("documents")
                + " -Damparo.exports.dir=" + shared.resolve("exports");
        File a = prepare(nodes, "a");
        File b = prepare(nodes, "b");
        ServerProcess.startNode(a, 100, sharedOpts + " -Damparo.jobs.node=amparo-a -Djboss.node.name=amparo-a");
        STARTED.add(a);
        ServerProcess.startNode(b, 200, sharedOpts + " -Damparo.jobs.node=amparo-b -Djboss.node.name=amparo-b");
        STARTED.add(b);
        String baseA = Http.BASE.replace(":8080/", ":8180/");
        String baseB = Http.BASE.replace(":8080/", ":8280/");
        Instant startOfStarts = Instant.now();
        ServerProcess.awaitUp(api, baseA);
        ServerProcess.awaitUp(api, baseB);
        long startSeconds = Duration.between(startOfStarts, Instant.now()).toSeconds();

        // An export made on A, ready before A dies.
        String exportOnA = readyExport(baseA);

        String tag = tag();
        ExecutorService users = Executors.newFixedThreadPool(2);
        Future<List<Made>> userOfA = users.submit(() -> {
            List<Made> made = new ArrayList<>();
            String server = baseA;
            for (int i = 0; i < CASES_PER_USER; i++) {
                if (i == CASES_PER_USER / 2) {
                    ServerProcess.killNode(a); // mid-load: B's user is at work meanwhile
                    server = baseB; // the load balancer sends this user on to B
                }
                made.add(make(server, "Nodo" + tag, i % 4));
            }
            return made;
        });
        Future<List<Made>> userOfB = users.submit(() -> {
            List<Made> made = new ArrayList<>();
            for (int i = 0; i < CASES_PER_USER; i++) {
                made.add(make(baseB, "Nodo" + tag, (i + 1) % 4));
            }
            return made;
        });
        List<Made> made = new ArrayList<>(userOfA.get());
        made.addAll(userOfB.get());
        users.shutdown();
        Instant killedAt = Instant.now();

        // The export A made is handed out by B: the export folder is shared and names the server that wrote it.
        HttpResponse<byte[]> download = api.getBytes(baseB + "/api/v1/exports/" + exportOnA + "/download", "Authorization", SUPERVISOR);
        assertThat(download.statusCode()).as("A's finished export, from B after A died").isEqualTo(200);
        assertThat(new String(download.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        // Every timer fires, on a live server, within the lock time a dead server's lock can hold one back (5 minutes).
        Map<Long, JsonObject> listed = listed(baseB, "Nodo" + tag, made.size());
        List<String> processes = new ArrayList<>();
        Map<String, Made> byProcess = new HashMap<>();
        for (Made m : made) {
            String process = listed.get(m.id()).getString("processInstanceId");
            processes.add(process);
            byProcess.put(process, m);
        }
        long holds = made.stream().filter(Made::onHold).count();
        Instant lastExpiry = made.stream().filter(Made::onHold).map(Made::expiresAt).max(Instant::compareTo).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (Instant.now().isBefore(lastExpiry.plusSeconds(20)) || firedExpiryTimers(processes).size() < holds) {
            assertThat(System.nanoTime()).as("every expiry timer fires within 8 minutes of the kill").isLessThan(deadline);
            Thread.sleep(2000);
        }
        Instant allFiredAt = Instant.now();
        Thread.sleep(5000); // anything that would fire twice has had its chance

        Map<String, Integer> fired = firedExpiryTimers(processes);
        Map<String, Map<String, Integer>> tasks = openTasks(processes);
        Map<Long, JsonObject> summaries = listed(baseB, "Nodo" + tag, made.size());
        for (String process : processes) {
            Made m = byProcess.get(process);
            Map<String, Integer> open = tasks.getOrDefault(process, Map.of());
            List<String> main = new ArrayList<>();
            open.forEach((key, n) -> {
                if (STEP_OF_TASK.containsKey(key) || key.equals("attorneyReview")) {
                    for (int k = 0; k < n; k++) {
                        main.add(key);
                    }
                }
            });
            assertThat(main).as("case %d has exactly one main-path task", m.id()).hasSize(1);
            assertThat(STEP_OF_TASK.get(main.get(0))).as("case %d's task is the one of its step", m.id())
                    .isEqualTo(summaries.get(m.id()).getString("workflowStep"));
            if (m.onHold()) {
                assertThat(fired.getOrDefault(process, 0)).as("case %d's expiry timer fired once", m.id()).isEqualTo(1);
                assertThat(open.getOrDefault("unlawfulDetention", 0)).as("case %d: one held-past-expiry alert", m.id()).isEqualTo(1);
                assertThat(open.getOrDefault("holdEscalation", 0)).as("case %d: one expires-soon alert", m.id()).isEqualTo(1);
                assertThat(summaries.get(m.id()).getJsonArray("findings").getValuesAs(JsonString::getString)).contains("HELD_PAST_EXPIRY");
            } else {
                assertThat(fired.getOrDefault(process, 0)).as("case %d has no hold", m.id()).isZero();
            }
        }

        // The every-minute watch runs once a minute on whichever live server claims the minute; A is dead.
        Thread.sleep(Duration.ofSeconds(65).toMillis());
        Object[] watch = scheduleRun("HOLD_EXPIRY_WATCH");
        assertThat(((Timestamp) watch[0]).toInstant()).as("the watch's last minute").isAfter(Instant.now().minusSeconds(130));
        assertThat((String) watch[1]).as("claimed by a live server").isNotEqualTo("amparo-a");

        // A new export on the survivor works as before.
        String exportOnB = readyExport(baseB);
        assertThat(api.getBytes(baseB + "/api/v1/exports/" + exportOnB + "/download", "Authorization", SUPERVISOR).statusCode())
                .isEqualTo(200);

        // Neither server wrote a name of this run into its log.
        for (File node : List.of(a, b)) {
            try (Stream<Path> logs = Files.walk(node.toPath().resolve("log"))) {
                for (Path log : logs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.toString()).doesNotContain("Nodo" + tag);
                }
            }
        }

        long beforeKill = made.stream().filter(m -> m.onHold() && m.expiresAt().isBefore(killedAt)).count();
        System.out.printf("TwoNodeIT: two servers up in %d s; %d cases (%d on holds) through both, A killed after its %dth; "
                        + "%d holds expired before the last case was made; every timer fired once, the last %d s after the last "
                        + "expiry; the watch's last minute claimed by %s%n", startSeconds, made.size(), holds, CASES_PER_USER / 2,
                beforeKill, Duration.between(lastExpiry, allFiredAt).toSeconds(), watch[1]);
    }

    /** A server folder of its own: the build server's configuration and deployment content, nothing else. */
    private static File prepare(File nodes, String name) throws IOException {
        Path server = Path.of(System.getProperty("amparo.it.jbossHome", "target/server"), "standalone");
        Path base = nodes.toPath().resolve(name);
        copyTree(server.resolve("configuration"), base.resolve("configuration"));
        copyTree(server.resolve("data").resolve("content"), base.resolve("data").resolve("content"));
        return base.toFile();
    }

    private String readyExport(String base) throws InterruptedException {
        HttpResponse<String> started = api.postJson(base + "/api/v1/exports/cases?mode=deidentified", "", "Authorization", SUPERVISOR);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.json(started).getString("id");
        String state = "RUNNING";
        for (int i = 0; i < 240 && "RUNNING".equals(state); i++) {
            Thread.sleep(500);
            state = Http.json(api.get(base + "/api/v1/exports/" + id, "Authorization", SUPERVISOR)).getString("state");
        }
        assertThat(state).isEqualTo("READY");
        return id;
    }

    private Map<Long, JsonObject> listed(String base, String familyName, int expected) {
        JsonObject page = Http.json(api.get(base + "/api/v1/cases?search=" + familyName + "&size=" + (expected + 20),
                "Authorization", SUPERVISOR));
        Map<Long, JsonObject> byId = new HashMap<>();
        for (JsonObject row : page.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            if (row.getString("familyName").equals(familyName)) {
                byId.put(row.getJsonNumber("id").longValue(), row);
            }
        }
        assertThat(byId).as("the cases of this run, none lost and none made twice").hasSize(expected);
        return byId;
    }

    /** One case through this server: 0 intake; 1 a hold, at the ICE-hold check; 2 at referral; 3 referred. */
    private Made make(String base, String familyName, int steps) {
        HttpResponse<String> created = api.postJson(base + "/api/v1/cases",
                "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Ana\",\"facilityId\":1}", "Authorization", CASEWORKER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();
        if (steps == 0) {
            return new Made(id, false, null);
        }
        Instant expiresAt = Instant.now().plus(EXPIRY_AFTER).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime release = LocalDateTime.ofInstant(expiresAt.minus(Duration.ofHours(48)), FACILITY_ZONE);
        complete(base, CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1990-01-02","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":false}"""
                .formatted(release.minusDays(5), release, release.minusDays(5).plusHours(1)));
        if (steps >= 2) {
            complete(base, CASEWORKER, id, "ICE_HOLD_CHECK", """
                    {"scheduledReleaseAt":"%s","servedOnPerson":false,"honored":true,"notifiedIce":false}""".formatted(release));
        }
        if (steps >= 3) {
            complete(base, SUPERVISOR, id, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        }
        return new Made(id, true, expiresAt);
    }

    private void complete(String base, String auth, long caseId, String step, String form) {
        JsonObject task = Json.createReader(new StringReader(api.get(base + "/api/v1/cases/" + caseId + "/tasks", "Authorization", auth).body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("step").equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + step + " task on case " + caseId));
        HttpResponse<String> done = api.postJson(base + "/api/v1/tasks/" + task.getString("id") + "/complete", form, "Authorization", auth);
        assertThat(done.statusCode()).as(step + ": " + done.body()).isEqualTo(204);
    }

    private static String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return tag.toString();
    }

    private static Map<String, Integer> firedExpiryTimers(List<String> processes) throws Exception {
        Map<String, Integer> fired = new HashMap<>();
        query("select proc_inst_id_, count(*) from act_hi_actinst where act_id_ = 'expiryTimer' and end_time_ is not null and delete_reason_ is null "
                + "and proc_inst_id_ = any(?) group by proc_inst_id_", processes, r -> fired.put(r.getString(1), r.getInt(2)));
        return fired;
    }

    private static Map<String, Map<String, Integer>> openTasks(List<String> processes) throws Exception {
        Map<String, Map<String, Integer>> open = new HashMap<>();
        query("select proc_inst_id_, task_def_key_, count(*) from act_ru_task where proc_inst_id_ = any(?) "
                + "group by proc_inst_id_, task_def_key_", processes,
                r -> open.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(3)));
        return open;
    }

    private static Object[] scheduleRun(String name) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("amparo.it.dbUrl"), "postgres", "postgres");
             PreparedStatement s = db.prepareStatement("select last_slot, last_node from schedule_run where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return new Object[] {r.getTimestamp(1, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"))), r.getString(2)};
            }
        }
    }

    private interface Row {
        void read(ResultSet r) throws Exception;
    }

    private static void query(String sql, List<String> processes, Row row) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("amparo.it.dbUrl"), "postgres", "postgres");
             PreparedStatement s = db.prepareStatement(sql)) {
            Array ids = db.createArrayOf("varchar", processes.toArray());
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
