package org.amparo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19's crash mid-workflow: 200 cases at four steps, 150 of them on a hold whose expiry timer falls due a little
 * after the case was made, so that some fire before the crash, some while the server is down and the rest after it is
 * back. The server is killed ({@code kill -9}) right after the last case and started again as the build started it.
 * Then every hold's expiry timer has fired exactly once (one "held past expiry" alert each, one finished timer in the
 * engine's history, no timer left overdue), and every case has exactly one main-path task, the one of its step: none
 * lost, none doubled, no case in two steps. A slow suite: it runs on the PostgreSQL pass.
 */
@Tag("slow")
class WorkflowCrashIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    /** Demo facility 1 (Ejemplo County Jail) is in Los Angeles. */
    private static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");
    private static final int CASES = 200;
    /**
     * How long after a case is made its hold expires: the cases take longer than this to make, so expiries spread (the
     * earlier holds fall due before the crash, the last ones while the server is down or just after it is back).
     */
    private static final Duration EXPIRY_AFTER = Duration.ofSeconds(50);
    private static final Map<String, String> STEP_OF_TASK = Map.of("intake", "INTAKE", "iceHoldCheck", "ICE_HOLD_CHECK",
            "attorneyReferral", "ATTORNEY_REFERRAL", "attorneyResponse", "ATTORNEY_RESPONSE");

    private final Http api = Http.api();

    private record Made(long id, boolean onHold, Instant expiresAt) {
    }

    @Test
    void killedWhileHoldTimersFallDueEachFiresOnceAndEveryCaseKeepsExactlyItsOneStep() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("amparo.db")), "the crash suite runs on the PostgreSQL pass");
        assumeTrue(ServerProcess.javaOpts() != null && !ServerProcess.javaOpts().isBlank(), "the server's start options, from the build");

        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        Instant startedAt = Instant.now();
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            made.add(make("Vuelta" + tag, i % 4));
        }
        Instant killedAt = Instant.now();
        ServerProcess.kill();
        int locksLeft = locksLeft();
        // Stay down until at least one hold has expired since the kill, however fast the cases were made.
        Instant firstDueWhileDown = made.stream().filter(Made::onHold).map(Made::expiresAt).filter(e -> e.isAfter(killedAt))
                .min(Instant::compareTo).orElseThrow();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), firstDueWhileDown.plusSeconds(2)).toMillis()));
        ServerProcess.start(api);
        Instant backAt = Instant.now();

        // Wait until the last hold has expired and its timer has had time to fire.
        Instant lastExpiry = made.stream().filter(Made::onHold).map(Made::expiresAt).max(Instant::compareTo).orElseThrow();
        List<String> processes = new ArrayList<>();
        Map<String, Made> byProcess = new HashMap<>();
        Map<Long, JsonObject> listed = listed("Vuelta" + tag);
        for (Made m : made) {
            String process = listed.get(m.id()).getString("processInstanceId");
            processes.add(process);
            byProcess.put(process, m);
        }
        long holds = made.stream().filter(Made::onHold).count();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (Instant.now().isBefore(lastExpiry.plusSeconds(20)) || firedExpiryTimers(processes).size() < holds) {
            assertThat(System.nanoTime()).as("every expiry timer fires within 5 minutes of the restart (locks the killed server "
                    + "left: %d)", locksLeft).isLessThan(deadline);
            Thread.sleep(2000);
        }
        Instant allFiredAt = Instant.now();
        // Promptly: a lock the killed server left would hold its timer back for the 5-minute lock time.
        Instant firesFrom = lastExpiry.isAfter(backAt) ? lastExpiry : backAt;
        assertThat(Duration.between(firesFrom, allFiredAt)).as("every expiry timer fires within 180 s of the restart or of its "
                + "expiry (locks the killed server left: %d)", locksLeft).isLessThanOrEqualTo(Duration.ofSeconds(180));
        Thread.sleep(5000); // anything that would fire twice has had its chance

        Map<String, Integer> fired = firedExpiryTimers(processes);
        Map<String, Map<String, Integer>> tasks = openTasks(processes);
        Map<Long, JsonObject> summaries = listed("Vuelta" + tag);
        for (String process : processes) {
            Made m = byProcess.get(process);
            Map<String, Integer> open = tasks.getOrDefault(process, Map.of());
            JsonObject summary = summaries.get(m.id());
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
                    .isEqualTo(summary.getString("workflowStep"));
            if (m.onHold()) {
                assertThat(fired.getOrDefault(process, 0)).as("case %d's expiry timer fired once", m.id()).isEqualTo(1);
                assertThat(open.getOrDefault("unlawfulDetention", 0)).as("case %d: one held-past-expiry alert", m.id()).isEqualTo(1);
                assertThat(open.getOrDefault("holdEscalation", 0)).as("case %d: one expires-soon alert", m.id()).isEqualTo(1);
                assertThat(summary.getJsonArray("findings").getValuesAs(JsonString::getString)).contains("HELD_PAST_EXPIRY");
            } else {
                assertThat(fired.getOrDefault(process, 0)).as("case %d has no hold", m.id()).isZero();
                assertThat(open).as("case %d has no alert", m.id()).doesNotContainKeys("unlawfulDetention", "holdEscalation");
            }
        }
        assertThat(overdueTimers(processes)).as("no timer is left overdue").isZero();

        long beforeCrash = made.stream().filter(m -> m.onHold() && m.expiresAt().isBefore(killedAt)).count();
        long whileDown = made.stream().filter(m -> m.onHold() && !m.expiresAt().isBefore(killedAt) && m.expiresAt().isBefore(backAt)).count();
        System.out.printf("WorkflowCrashIT: %d cases made in %d s, %d holds: %d expired before the crash, %d while the server "
                        + "was down (%d s), %d after the restart; the killed server left %d locks; all fired %d s after the restart%n", CASES,
                Duration.between(startedAt, killedAt).toSeconds(), holds, beforeCrash, whileDown,
                Duration.between(killedAt, backAt).toSeconds(), holds - beforeCrash - whileDown, locksLeft,
                Duration.between(backAt, allFiredAt).toSeconds());
        assertThat(whileDown).as("some timers fell due while the server was down").isPositive();
    }

    /**
     * The cases of this run as the API's case list shows them (the same summary as {@code GET /api/v1/cases/{id}}: step,
     * findings, process), by id: one call instead of one per case. Every case made is there.
     */
    private Map<Long, JsonObject> listed(String familyName) {
        JsonObject page = Http.json(api.get("/api/v1/cases?search=" + familyName + "&size=" + (CASES + 50), "Authorization", SUPERVISOR));
        Map<Long, JsonObject> byId = new HashMap<>();
        for (JsonObject row : page.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            if (row.getString("familyName").equals(familyName)) {
                byId.put(row.getJsonNumber("id").longValue(), row);
            }
        }
        assertThat(byId).as("the cases of this run in the case list").hasSize(CASES);
        return byId;
    }

    /** One case, taken as far as {@code steps}: 0 intake; 1 a hold, at the ICE-hold check; 2 at referral; 3 referred. */
    private Made make(String familyName, int steps) {
        HttpResponse<String> created = api.postJson("/api/v1/cases",
                "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Ana\",\"facilityId\":1}", "Authorization", CASEWORKER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();
        if (steps == 0) {
            return new Made(id, false, null);
        }
        Instant expiresAt = Instant.now().plus(EXPIRY_AFTER).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime release = LocalDateTime.ofInstant(expiresAt.minus(Duration.ofHours(48)), FACILITY_ZONE);
        complete(CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1990-01-02","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":false}"""
                .formatted(release.minusDays(5), release, release.minusDays(5).plusHours(1)));
        if (steps >= 2) {
            complete(CASEWORKER, id, "ICE_HOLD_CHECK", """
                    {"scheduledReleaseAt":"%s","servedOnPerson":false,"honored":true,"notifiedIce":false}""".formatted(release));
        }
        if (steps >= 3) {
            complete(SUPERVISOR, id, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        }
        return new Made(id, true, expiresAt);
    }

    private void complete(String auth, long caseId, String step, String form) {
        JsonObject task = Json.createReader(new StringReader(api.get("/api/v1/cases/" + caseId + "/tasks", "Authorization", auth).body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("step").equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + step + " task on case " + caseId));
        HttpResponse<String> done = api.postJson("/api/v1/tasks/" + task.getString("id") + "/complete", form, "Authorization", auth);
        assertThat(done.statusCode()).as(step + ": " + done.body()).isEqualTo(204);
    }

    /** How many times each process's hold-expiry timer has fired, from the engine's history. */
    private static Map<String, Integer> firedExpiryTimers(List<String> processes) throws Exception {
        Map<String, Integer> fired = new HashMap<>();
        query("select proc_inst_id_, count(*) from act_hi_actinst where act_id_ = 'expiryTimer' and end_time_ is not null and delete_reason_ is null "
                + "and proc_inst_id_ = any(?) group by proc_inst_id_", processes, r -> fired.put(r.getString(1), r.getInt(2)));
        return fired;
    }

    /** Each process's open tasks, by task definition, with how many of each. */
    private static Map<String, Map<String, Integer>> openTasks(List<String> processes) throws Exception {
        Map<String, Map<String, Integer>> open = new HashMap<>();
        query("select proc_inst_id_, task_def_key_, count(*) from act_ru_task where proc_inst_id_ = any(?) "
                + "group by proc_inst_id_, task_def_key_", processes,
                r -> open.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(3)));
        return open;
    }

    private static int overdueTimers(List<String> processes) throws Exception {
        int[] overdue = {0};
        query("select count(*) from act_ru_timer_job where process_instance_id_ = any(?) "
                + "and duedate_ < current_timestamp - interval '30 seconds'", processes, r -> overdue[0] = r.getInt(1));
        return overdue[0];
    }

    /** Job, timer and process-instance locks held at this moment (right after the kill: the ones the crash left). */
    private static int locksLeft() throws Exception {
        int left = 0;
        try (Connection db = DriverManager.getConnection(System.getProperty("amparo.it.dbUrl"), "postgres", "postgres");
             java.sql.Statement s = db.createStatement()) {
            for (String table : List.of("act_ru_job", "act_ru_timer_job", "act_ru_execution")) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table + " where lock_owner_ is not null")) {
                    r.next();
                    left += r.getInt(1);
                }
            }
        }
        return left;
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
}
