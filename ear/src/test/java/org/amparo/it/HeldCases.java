package org.amparo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

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

/**
 * For the crash and two-server suites (PostgreSQL pass): cases taken through the case process as far as a step, with
 * holds whose expiry timers fall due a little later, and the checks that, whatever happened to the servers meanwhile,
 * each case has exactly the one task of its step and each hold's expiry timer fired exactly once.
 */
final class HeldCases {

    static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    /** Demo facility 1 (Ejemplo County Jail) is in Los Angeles. */
    private static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");
    private static final Map<String, String> STEP_OF_TASK = Map.of("intake", "INTAKE", "iceHoldCheck", "ICE_HOLD_CHECK",
            "attorneyReferral", "ATTORNEY_REFERRAL", "attorneyResponse", "ATTORNEY_RESPONSE");

    /** A case made, with its hold's expiry if it has one. */
    record Made(long id, boolean onHold, Instant expiresAt) {
    }

    private final Http api = Http.api();
    private final Duration expiryAfter;
    /**
     * The caseworker's and the supervisor's personal access tokens, made on first use: the cases are made as an API
     * client would make them, with a token, not a password checked by bcrypt on every call (for 200 cases, over a
     * minute of the servers' processor). Tokens live in the shared database, so every server honours them.
     */
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    /** The database the servers share, where the engine's rows are checked. */
    private final String databaseUrl;

    /** Holds expire {@code expiryAfter} after their case is made, on the tests' database. */
    HeldCases(Duration expiryAfter) {
        this(expiryAfter, System.getProperty("amparo.it.dbUrl"));
    }

    /** Holds expire {@code expiryAfter} after their case is made, by servers on the database at {@code databaseUrl}. */
    HeldCases(Duration expiryAfter, String databaseUrl) {
        this.expiryAfter = expiryAfter;
        this.databaseUrl = databaseUrl;
    }

    /** Seven random letters, for a family name only this run uses. */
    static String tag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return tag.toString();
    }

    /** The bearer header of a demo user's token, made once (with the password) through the first server asked. */
    private String token(String base, String user) {
        return tokens.computeIfAbsent(user, u -> {
            HttpResponse<String> made = api.postJson(base + "/api/v1/tokens", "{\"name\":\"held cases\",\"days\":1}",
                    "Authorization", basic(u, Http.DEMO_PASSWORD));
            assertThat(made.statusCode()).as("a token for " + u + ": " + made.body()).isEqualTo(201);
            return "Bearer " + Http.json(made).getString("token");
        });
    }

    /** One case through the server at {@code base}: 0 intake; 1 a hold, at the ICE-hold check; 2 at referral; 3 referred. */
    Made make(String base, String familyName, int steps) {
        String caseworker = token(base, "caseworker");
        HttpResponse<String> created = api.postJson(base + "/api/v1/cases",
                "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Ana\",\"facilityId\":1}", "Authorization", caseworker);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();
        if (steps == 0) {
            return new Made(id, false, null);
        }
        Instant expiresAt = Instant.now().plus(expiryAfter).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime release = LocalDateTime.ofInstant(expiresAt.minus(Duration.ofHours(48)), FACILITY_ZONE);
        complete(base, caseworker, id, "INTAKE", """
                {"dateOfBirth":"1990-01-02","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":false}"""
                .formatted(release.minusDays(5), release, release.minusDays(5).plusHours(1)));
        if (steps >= 2) {
            complete(base, caseworker, id, "ICE_HOLD_CHECK", """
                    {"scheduledReleaseAt":"%s","servedOnPerson":false,"honored":true,"notifiedIce":false}""".formatted(release));
        }
        if (steps >= 3) {
            complete(base, token(base, "supervisor"), id, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
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

    /**
     * The cases of this run as the API's case list shows them (step, findings, process), by id, in one call: every case
     * made is there, once.
     */
    Map<Long, JsonObject> listed(String base, String familyName, int expected) {
        JsonObject page = Http.json(api.get(base + "/api/v1/cases?search=" + familyName + "&size=" + (expected + 50),
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

    /**
     * Every case has exactly one main-path task, the one of its step; each held case's expiry timer fired once, with
     * one held-past-expiry alert, one expires-soon alert and the finding; a case without a hold has neither.
     */
    void eachHasItsOneStepAndEachTimerFiredOnce(List<Made> made, Map<Long, JsonObject> summaries) throws Exception {
        List<String> processes = new ArrayList<>();
        Map<String, Made> byProcess = new HashMap<>();
        for (Made m : made) {
            String process = summaries.get(m.id()).getString("processInstanceId");
            processes.add(process);
            byProcess.put(process, m);
        }
        Map<String, Integer> fired = firedExpiryTimers(processes);
        Map<String, Map<String, Integer>> tasks = openTasks(processes);
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
    }

    /** The process of each case, from the list. */
    List<String> processes(List<Made> made, Map<Long, JsonObject> summaries) {
        return made.stream().map(m -> summaries.get(m.id()).getString("processInstanceId")).toList();
    }

    /** How many times each process's hold-expiry timer has fired, from the engine's history. */
    Map<String, Integer> firedExpiryTimers(List<String> processes) throws Exception {
        Map<String, Integer> fired = new HashMap<>();
        query("select proc_inst_id_, count(*) from act_hi_actinst where act_id_ = 'expiryTimer' and end_time_ is not null and delete_reason_ is null "
                + "and proc_inst_id_ = any(?) group by proc_inst_id_", processes, r -> fired.put(r.getString(1), r.getInt(2)));
        return fired;
    }

    /** Each process's open tasks, by task definition, with how many of each. */
    private Map<String, Map<String, Integer>> openTasks(List<String> processes) throws Exception {
        Map<String, Map<String, Integer>> open = new HashMap<>();
        query("select proc_inst_id_, task_def_key_, count(*) from act_ru_task where proc_inst_id_ = any(?) "
                + "group by proc_inst_id_, task_def_key_", processes,
                r -> open.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(3)));
        return open;
    }

    /**
     * Jobs of these processes still to run: executable jobs (a timer taken by a server is one, locked to it until it
     * runs, or until its lock expires when that server died) and timers already due.
     */
    int jobsToRun(List<String> processes) throws Exception {
        int[] due = {0};
        query("select count(*) from (select process_instance_id_ from act_ru_job union all select process_instance_id_ "
                + "from act_ru_timer_job where duedate_ < current_timestamp) j where j.process_instance_id_ = any(?)", processes,
                r -> due[0] = r.getInt(1));
        return due[0];
    }

    /** Timers of these processes more than 30 seconds overdue. */
    int overdueTimers(List<String> processes) throws Exception {
        int[] overdue = {0};
        query("select count(*) from act_ru_timer_job where process_instance_id_ = any(?) "
                + "and duedate_ < current_timestamp - interval '30 seconds'", processes, r -> overdue[0] = r.getInt(1));
        return overdue[0];
    }

    /** The servers' database (PostgreSQL). */
    Connection database() throws Exception {
        return DriverManager.getConnection(databaseUrl, "postgres", "postgres");
    }

    interface Row {
        void read(ResultSet r) throws Exception;
    }

    private void query(String sql, List<String> processes, Row row) throws Exception {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(sql)) {
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
