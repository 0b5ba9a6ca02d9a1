package org.amparo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's load test: {@code bench.load.users} simulated users (default 50) working at once for
 * {@code bench.load.minutes} (default 10) with a think time between calls ({@code bench.load.thinkMs}, default
 * {@code 500-2000}, uniform): most are caseworkers (opening and editing their own cases, name and A-number searches,
 * their inbox, completing their cases' tasks, a new case now and then), a few attorneys (their cases, their
 * referrals), three or four supervisors (dashboard, inbox, referrals) and one administrator running a roster import
 * (preview and commit, {@code bench.load.rosterRows} rows) and a full case-list XLSX export (the background export)
 * in turn, each every {@code bench.load.jobEverySeconds} seconds.
 * <p>
 * Every simulated user of a role signs in with that role's demo account's token (Bearer); each caseworker works only
 * on the cases it opened and each supervisor and attorney only on its share of the inbox, so no two users edit the
 * same record (a 409 is still counted, apart from errors). Reports per operation the count, throughput, and the 50th,
 * 95th and 99th percentile of the latency at the client and of the server's {@code Server-Timing: app;dur=}; errors
 * (any 5xx, any unexpected 4xx, any failed connection) with the first few as status, method and path (never a query
 * string or a body); and the server's heap in use after a full GC ({@code jcmd GC.run}, {@code GC.heap_info}) after
 * the warm-up and at the end. Figures, not assertions on speed: it fails only if there was an error.
 */
class LoadBench {

    private static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");
    private static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");
    private static final int MAX_ERROR_LINES = 15;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** Letters that make this run's names its own (a name search finds the one case of it). */
    private final String run = letters(ThreadLocalRandom.current().nextInt(26 * 26 * 26));
    private final AtomicInteger caseCounter = new AtomicInteger();
    private final int thinkMin;
    private final int thinkMax;
    private volatile Stats stats = new Stats();
    private volatile long deadline;

    LoadBench() {
        String[] think = System.getProperty("bench.load.thinkMs", "500-2000").split("-");
        thinkMin = Integer.parseInt(think[0].trim());
        thinkMax = think.length > 1 ? Integer.parseInt(think[1].trim()) : thinkMin;
    }

    @Test
    void fiftyUsersForTenMinutes() throws Exception {
        int users = Integer.getInteger("bench.load.users", 50);
        double minutes = Double.parseDouble(System.getProperty("bench.load.minutes", "10"));
        int warmupSeconds = Integer.getInteger("bench.load.warmupSeconds", 60);
        int casesPerCaseworker = Integer.getInteger("bench.load.casesPerUser", 3);
        String db = System.getProperty("amparo.db", "h2");

        for (String user : List.of("caseworker", "supervisor", "attorney", "admin")) {
            HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                    .header("Authorization", basic(user)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"LoadBench\",\"days\":1}")).build());
            if (made.statusCode() != 201) {
                throw new AssertionError("no token for " + user + ": " + made.statusCode());
            }
            tokens.put(user, "Bearer " + Json.createReader(new StringReader(made.body())).readObject().getString("token"));
        }

        // The cast: one administrator (import and export), 3-4 supervisors, a few attorneys, the rest caseworkers.
        int supervisors = users >= 40 ? 4 : users >= 20 ? 3 : users >= 5 ? 1 : 0;
        int attorneys = Math.max(users >= 5 ? 1 : 0, users / 12);
        int admins = users >= 3 ? 1 : 0;
        int caseworkers = users - supervisors - attorneys - admins;
        List<SimUser> cast = new ArrayList<>();
        for (int i = 0; i < caseworkers; i++) {
            cast.add(new Caseworker(i));
        }
        for (int i = 0; i < supervisors; i++) {
            cast.add(new Supervisor(i, supervisors));
        }
        for (int i = 0; i < attorneys; i++) {
            cast.add(new Attorney(i, attorneys));
        }
        for (int i = 0; i < admins; i++) {
            cast.add(new Admin());
        }

        // Data: each caseworker opens its first cases (not timed).
        long p0 = System.nanoTime();
        runAll(cast, u -> {
            if (u instanceof Caseworker c) {
                for (int i = 0; i < casesPerCaseworker; i++) {
                    c.openCase();
                }
            }
        });
        double prepared = (System.nanoTime() - p0) / 1e9;
        Stats preparation = stats;

        // Warm-up: the same mix, figures thrown away.
        stats = new Stats();
        phase(cast, warmupSeconds);
        Stats warmup = stats;
        Heap heapStart = Heap.measure();

        stats = new Stats();
        long t0 = System.nanoTime();
        phase(cast, (long) (minutes * 60));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Stats measured = stats;
        Heap heapEnd = Heap.measure();

        int openCases = cast.stream().filter(u -> u instanceof Caseworker).mapToInt(u -> ((Caseworker) u).cases.size()).sum();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, """
                Load benchmark (%s): %d simulated users (%d caseworkers, %d attorneys, %d supervisors, %d administrator) \
                for %.1f min, think time %d-%d ms
                  preparation: %d cases opened by the caseworkers in %.1f s (%d errors); warm-up %d s (%d calls, %d errors)
                  cases the caseworkers worked on by the end: %d; roster imports done: %d; exports done: %d
                """, db, users, caseworkers, attorneys, supervisors, admins, seconds / 60, thinkMin, thinkMax,
                caseworkers * casesPerCaseworker, prepared, preparation.errors.get(), warmupSeconds, warmup.calls(),
                warmup.errors.get(), openCases, measured.imports.get(), measured.exports.get()));
        report.append(measured.table(seconds));
        report.append("  searches for the user's own case that found nothing: ").append(measured.misses()).append('\n');
        report.append(String.format(Locale.ROOT, """
                  server heap in use after a full GC (jcmd GC.run, GC.heap_info): %s after the warm-up, %s at the end, difference %s
                """, heapStart.text(), heapEnd.text(), heapStart.known() && heapEnd.known()
                ? String.format(Locale.ROOT, "%+d MB", heapEnd.usedMb - heapStart.usedMb) : "unknown"));
        if (!measured.errorLines.isEmpty()) {
            report.append("  first errors (status, method, path):\n");
            measured.errorLines.forEach(l -> report.append("    ").append(l).append('\n'));
        }
        if (!warmup.errorLines.isEmpty() || !preparation.errorLines.isEmpty()) {
            report.append("  errors before the measured run (status, method, path):\n");
            preparation.errorLines.forEach(l -> report.append("    ").append(l).append('\n'));
            warmup.errorLines.forEach(l -> report.append("    ").append(l).append('\n'));
        }
        System.out.println(report);
        Path out = Path.of("target/bench/load.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        long errors = preparation.errors.get() + warmup.errors.get() + measured.errors.get();
        assertThat(errors).as("errors (5xx, unexpected 4xx, failed connections) during the load test; see " + out).isZero();
    }

    private void phase(List<SimUser> cast, long seconds) throws InterruptedException {
        deadline = System.nanoTime() + seconds * 1_000_000_000L;
        runAll(cast, SimUser::work);
    }

    private interface Body {
        void run(SimUser user) throws Exception;
    }

    /** One thread per simulated user; returns when all are done. */
    private void runAll(List<SimUser> cast, Body body) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (SimUser u : cast) {
            Thread t = new Thread(() -> {
                try {
                    body.run(u);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    stats.error("(bench)", "client", e.getClass().getSimpleName() + " in " + u.getClass().getSimpleName());
                }
            }, "load-" + u.getClass().getSimpleName());
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    // ---- the simulated users ----

    private abstract class SimUser {
        final String account;

        SimUser(String account) {
            this.account = account;
        }

        /** Until the deadline: think, then one action. */
        void work() throws Exception {
            while (System.nanoTime() < deadline) {
                think();
                if (System.nanoTime() >= deadline) {
                    return;
                }
                try {
                    act(ThreadLocalRandom.current().nextInt(100));
                } catch (RuntimeException e) {
                    // an answer the bench could not read: counted, and the user goes on
                    stats.error("(bench)", "client", e.getClass().getSimpleName() + " in " + getClass().getSimpleName());
                }
            }
        }

        abstract void act(int dice) throws Exception;

        Call get(String op, String path) {
            return call(op, account, "GET", path, null, Set.of(200));
        }

        Call json(String op, String method, String path, String body, Set<Integer> ok) {
            return call(op, account, method, path, body, ok);
        }

        /** Completes the first open task of the case that this user may work, with the step's form; false if none. */
        boolean completeOne(long caseId) {
            Call tasks = get("case tasks", "/api/v1/cases/" + caseId + "/tasks");
            if (!tasks.ok()) {
                return false;
            }
            for (JsonObject task : tasks.array().getValuesAs(JsonObject.class)) {
                String form = form(task.getString("step"));
                if (form != null) {
                    json("task: complete " + task.getString("step"), "POST", "/api/v1/tasks/" + task.getString("id") + "/complete",
                            form, Set.of(204));
                    return true;
                }
            }
            return false;
        }

        /** The form this user sends for a step, or null if it does not work that step. */
        abstract String form(String step);
    }

    /** Works only on the cases it opened. */
    private final class Caseworker extends SimUser {
        final int index;
        final List<long[]> cases = Collections.synchronizedList(new ArrayList<>()); // {id, A-number digits}
        final List<String> familyNames = Collections.synchronizedList(new ArrayList<>());

        Caseworker(int index) {
            super("caseworker");
            this.index = index;
        }

        void openCase() {
            int n = caseCounter.incrementAndGet();
            String family = "Carga" + run + letters(n);
            long digits = 700_000_000L + (Math.abs(run.hashCode()) % 1000) * 100_000L + n;
            String body = Json.createObjectBuilder().add("familyName", family).add("givenNames", "Prueba")
                    .add("dateOfBirth", LocalDate.of(1970, 1, 1).plusDays(n * 97L % 12000).toString())
                    .add("aNumber", "A" + digits).add("facilityId", 1).add("bookingNumber", "LB" + run + n).build().toString();
            Call opened = json("case: open new", "POST", "/api/v1/cases", body, Set.of(201));
            if (opened.ok()) {
                cases.add(new long[]{opened.object().getJsonNumber("id").longValue(), digits});
                familyNames.add(family);
            }
        }

        long[] anyCase() {
            return cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
        }

        @Override
        void act(int dice) {
            if (cases.isEmpty() || dice < 3) {
                openCase();
                return;
            }
            long[] c = anyCase();
            if (dice < 20) {
                get("case: summary", "/api/v1/cases/" + c[0]);
            } else if (dice < 38) {
                get("case: file", "/api/v1/cases/" + c[0] + "/file");
            } else if (dice < 53) {
                editPerson(c[0]);
            } else if (dice < 58) {
                editImmigration(c[0]);
            } else if (dice < 68) {
                String family = familyNames.get(ThreadLocalRandom.current().nextInt(familyNames.size()));
                search("search: name", family);
            } else if (dice < 76) {
                search("search: A-number", "A" + c[1]);
            } else if (dice < 82) {
                get("case list: mine", "/api/v1/cases?mine=true&size=50");
            } else if (dice < 90) {
                get("tasks: inbox", "/api/v1/tasks");
            } else {
                // a task of one of its cases: the first case that has one it may work
                List<long[]> mine = new ArrayList<>(cases);
                Collections.shuffle(mine);
                for (long[] m : mine.subList(0, Math.min(3, mine.size()))) {
                    if (completeOne(m[0])) {
                        return;
                    }
                }
            }
        }

        /** A search for one of its own cases; one that finds nothing is counted (a wrong answer, not an error). */
        void search(String op, String q) {
            Call found = get(op, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (found.ok() && found.object().getJsonObject("cases").getJsonNumber("total").longValue() == 0) {
                stats.op(op).misses.incrementAndGet();
            }
        }

        /** Reads the case file, then saves the Person tab with the version it read (employment and phone changed). */
        void editPerson(long id) {
            Call file = get("case: file", "/api/v1/cases/" + id + "/file");
            if (!file.ok()) {
                return;
            }
            JsonObject person = file.object().getJsonObject("person");
            JsonObjectBuilder form = Json.createObjectBuilder();
            for (String field : List.of("familyName", "givenNames", "dateOfBirth", "aNumber", "genderIdentity", "address",
                    "countryOfOrigin", "preferredLanguage", "otherLanguages", "communityTies", "consentToPublicize")) {
                if (person.containsKey(field) && person.get(field).getValueType() != JsonValue.ValueType.NULL) {
                    form.add(field, person.get(field));
                }
            }
            int n = ThreadLocalRandom.current().nextInt(1000);
            form.add("version", person.getInt("version")).add("employment", "Load test " + n).add("phone", "555-01" + (n % 100));
            json("case: edit person", "PUT", "/api/v1/cases/" + id + "/person", form.build().toString(), Set.of(200));
        }

        /** Reads the case file, then saves the Immigration tab with the person's version it read. */
        void editImmigration(long id) {
            Call file = get("case: file", "/api/v1/cases/" + id + "/file");
            if (!file.ok()) {
                return;
            }
            JsonObject f = file.object();
            JsonObject immigration = f.getJsonObject("immigration");
            JsonObjectBuilder form = Json.createObjectBuilder();
            if (immigration != null) {
                for (String field : List.of("immigrationStatus", "education", "continuousResidenceSince", "gangMember",
                        "nationalSecurityConcern", "victimOfCrime", "victimOfAbuse", "victimOfFraud", "apprehendedAtBorder",
                        "visaAbuse", "inRemovalProceedings")) {
                    if (immigration.containsKey(field) && immigration.get(field).getValueType() != JsonValue.ValueType.NULL) {
                        form.add(field, immigration.get(field));
                    }
                }
            }
            form.add("version", f.getJsonObject("person").getInt("version"))
                    .add("reasonForMigration", "Load test " + ThreadLocalRandom.current().nextInt(1000));
            json("case: edit immigration", "PUT", "/api/v1/cases/" + id + "/immigration", form.build().toString(), Set.of(200));
        }

        @Override
        String form(String step) {
            LocalDateTime now = LocalDateTime.now(FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
            return switch (step) {
                case "INTAKE" -> """
                        {"immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s","detainerForm":"I_247A",
                         "detainerIssuedAt":"%s","detainerServedOnPerson":false}"""
                        .formatted(now.minusHours(3), now.plusHours(30), now.minusHours(1));
                case "ICE_HOLD_CHECK", "ICE_HOLD_RECHECK" ->
                        "{\"scheduledReleaseAt\":\"%s\",\"servedOnPerson\":false,\"honored\":true}".formatted(now.plusHours(30));
                case "HOLD_EXPIRES_SOON", "HELD_PAST_EXPIRY" -> "{}";
                default -> null;
            };
        }
    }

    /** Dashboard, inbox, the case list, and the referrals of its share of the inbox (case id modulo the supervisors). */
    private final class Supervisor extends SimUser {
        final int index;
        final int of;

        Supervisor(int index, int of) {
            super("supervisor");
            this.index = index;
            this.of = of;
        }

        @Override
        void act(int dice) {
            if (dice < 40) {
                get("dashboard", "/api/v1/dashboard");
            } else if (dice < 55) {
                get("case list: first page", "/api/v1/cases?size=50");
            } else {
                Call inbox = get("tasks: inbox", "/api/v1/tasks");
                if (inbox.ok() && dice >= 75) {
                    for (JsonObject item : inbox.array().getValuesAs(JsonObject.class)) {
                        if ("ATTORNEY_REFERRAL".equals(item.getString("step", null)) && item.getJsonNumber("caseId").longValue() % of == index) {
                            json("task: complete ATTORNEY_REFERRAL", "POST", "/api/v1/tasks/" + item.getString("id") + "/complete",
                                    form("ATTORNEY_REFERRAL"), Set.of(204));
                            return;
                        }
                    }
                }
            }
        }

        @Override
        String form(String step) {
            return step.equals("ATTORNEY_REFERRAL") ? "{\"attorney\":\"attorney\"}" : null;
        }
    }

    /** The attorney's cases and the referrals and reviews of its share of the inbox. */
    private final class Attorney extends SimUser {
        final int index;
        final int of;

        Attorney(int index, int of) {
            super("attorney");
            this.index = index;
            this.of = of;
        }

        @Override
        void act(int dice) {
            if (dice < 35) {
                Call mine = get("case list: mine", "/api/v1/cases?mine=true&size=50");
                if (mine.ok() && dice >= 15) {
                    JsonArray rows = mine.object().getJsonArray("rows");
                    if (!rows.isEmpty()) {
                        long id = rows.getJsonObject(ThreadLocalRandom.current().nextInt(rows.size())).getJsonNumber("id").longValue();
                        get("case: file", "/api/v1/cases/" + id + "/file");
                    }
                }
            } else {
                Call inbox = get("tasks: inbox", "/api/v1/tasks");
                if (inbox.ok() && dice >= 60) {
                    for (JsonObject item : inbox.array().getValuesAs(JsonObject.class)) {
                        String step = item.getString("step", null); // campaign tasks have no case step
                        if (step != null && form(step) != null && item.getJsonNumber("caseId").longValue() % of == index) {
                            json("task: complete " + step, "POST", "/api/v1/tasks/" + item.getString("id") + "/complete",
                                    form(step), Set.of(204));
                            return;
                        }
                    }
                }
            }
        }

        @Override
        String form(String step) {
            return switch (step) {
                case "ATTORNEY_RESPONSE" -> "{\"accept\":true}";
                case "ATTORNEY_REVIEW" -> "{\"recommendCampaign\":false}";
                default -> null;
            };
        }
    }

    /** In turn, every {@code bench.load.jobEverySeconds}: a roster import (preview, then commit), a full export. */
    private final class Admin extends SimUser {
        final int rows = Integer.getInteger("bench.load.rosterRows", 200);
        final long every = Integer.getInteger("bench.load.jobEverySeconds", 60) * 1_000_000_000L;
        long next = System.nanoTime() + 10_000_000_000L;
        boolean importNext = true;

        Admin() {
            super("admin");
        }

        @Override
        void work() throws Exception {
            while (System.nanoTime() < deadline) {
                long wait = Math.min(next, deadline) - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000);
                    continue;
                }
                if (importNext) {
                    importRoster();
                } else {
                    export();
                }
                importNext = !importNext;
                next = System.nanoTime() + every;
            }
        }

        @Override
        void act(int dice) {
        }

        @Override
        String form(String step) {
            return null;
        }

        void importRoster() throws Exception {
            String tag = letters(ThreadLocalRandom.current().nextInt(26 * 26 * 26 * 26));
            byte[] roster = RosterImportBench.roster(rows, tag);
            long started = System.nanoTime();
            Call preview = call("import: preview", account, "POST", "/api/v1/imports/cases?fileName=roster.xlsx", roster, Set.of(200));
            if (!preview.ok()) {
                return;
            }
            Call commit = call("import: commit (start)", account, "POST", "/api/v1/imports/cases?fileName=roster.xlsx&commit=true",
                    roster, Set.of(202));
            if (!commit.ok()) {
                return;
            }
            String id = commit.object().getString("id");
            String state = commit.object().getString("state");
            while (state.equals("RUNNING")) {
                Thread.sleep(1000);
                Call job = get("import: job status", "/api/v1/imports/cases/jobs/" + id);
                if (!job.ok()) {
                    return;
                }
                state = job.object().getString("state");
            }
            double millis = (System.nanoTime() - started) / 1e6;
            if (state.equals("DONE")) {
                stats.record("import: preview to done (end to end)", millis, Double.NaN);
                stats.imports.incrementAndGet();
            } else {
                stats.record("import: preview to done (end to end)", millis, Double.NaN);
                stats.error("import: preview to done (end to end)", "job " + state, "GET /api/v1/imports/cases/jobs/{id}");
            }
        }

        void export() throws Exception {
            long started = System.nanoTime();
            Call start = call("export: start", account, "POST", "/api/v1/exports/cases?mode=full", new byte[0], Set.of(202));
            if (!start.ok()) {
                return;
            }
            String id = start.object().getString("id");
            String state = start.object().getString("state");
            while (state.equals("RUNNING")) {
                Thread.sleep(1000);
                Call job = get("export: job status", "/api/v1/exports/" + id);
                if (!job.ok()) {
                    return;
                }
                state = job.object().getString("state");
            }
            if (!state.equals("READY")) {
                stats.error("export: start to download (end to end)", "job " + state, "GET /api/v1/exports/{id}");
                return;
            }
            Call file = call("export: download", account, "GET", "/api/v1/exports/" + id + "/download", null, Set.of(200));
            if (file.ok()) {
                stats.record("export: start to download (end to end)", (System.nanoTime() - started) / 1e6, Double.NaN);
                stats.exports.incrementAndGet();
            }
        }
    }

    // ---- calls and figures ----

    /** An answer: its status and body; {@code ok} when the status was one expected. */
    private record Call(int status, String body, boolean ok) {
        JsonObject object() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    private Call call(String op, String user, String method, String path, Object body, Set<Integer> expected) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", tokens.get(user));
        if (body instanceof String s) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(s));
        } else if (body instanceof byte[] bytes) {
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String shown = method + " " + path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}").replaceAll("/[0-9a-f-]{20,}", "/{id}");
        Stats s = stats;
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            s.record(op, (System.nanoTime() - started) / 1e6, Double.NaN);
            s.error(op, e.getClass().getSimpleName(), shown);
            return new Call(-1, "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double millis = (System.nanoTime() - started) / 1e6;
        int status = response.statusCode();
        s.record(op, millis, serverMillis(response));
        if (expected.contains(status)) {
            return new Call(status, response.body(), true);
        }
        if (status == 409) {
            s.conflict(op);
        } else {
            s.error(op, String.valueOf(status), shown);
        }
        return new Call(status, "", false);
    }

    private static double serverMillis(HttpResponse<String> response) {
        Matcher m = Pattern.compile("app;dur=([0-9.]+)").matcher(response.headers().firstValue("Server-Timing").orElse(""));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** The figures of one phase, per operation. */
    private static final class Stats {
        final Map<String, Op> ops = new ConcurrentHashMap<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicInteger imports = new AtomicInteger();
        final AtomicInteger exports = new AtomicInteger();
        final List<String> errorLines = Collections.synchronizedList(new ArrayList<>());

        Op op(String name) {
            return ops.computeIfAbsent(name, n -> new Op());
        }

        void record(String op, double clientMs, double serverMs) {
            Op o = op(op);
            synchronized (o) {
                o.client.add(clientMs);
                if (!Double.isNaN(serverMs)) {
                    o.server.add(serverMs);
                }
            }
        }

        void error(String op, String status, String shown) {
            op(op).errors.incrementAndGet();
            errors.incrementAndGet();
            synchronized (errorLines) {
                if (errorLines.size() < MAX_ERROR_LINES) {
                    errorLines.add(status + " " + shown + " (" + op + ")");
                }
            }
        }

        void conflict(String op) {
            op(op).conflicts.incrementAndGet();
        }

        String misses() {
            return ops.entrySet().stream().filter(e -> e.getKey().startsWith("search"))
                    .map(e -> e.getValue().misses.get() + " of " + e.getValue().client.size() + " " + e.getKey().substring(8) + " searches")
                    .sorted().reduce((a, b) -> a + ", " + b).orElse("none");
        }

        long calls() {
            return ops.values().stream().mapToLong(o -> o.client.size()).sum();
        }

        String table(double seconds) {
            StringBuilder t = new StringBuilder();
            t.append(String.format(Locale.ROOT, "  %-40s %7s %7s %26s %26s %6s %5s%n", "operation", "calls", "per s",
                    "client ms p50/p95/p99", "server ms p50/p95/p99", "errors", "409s"));
            long calls = 0;
            long errs = 0;
            long conflicts = 0;
            for (Map.Entry<String, Op> e : new TreeMap<>(ops).entrySet()) {
                Op o = e.getValue();
                List<Double> client;
                List<Double> server;
                synchronized (o) {
                    client = new ArrayList<>(o.client);
                    server = new ArrayList<>(o.server);
                }
                boolean endToEnd = e.getKey().contains("end to end");
                if (!endToEnd) {
                    calls += client.size();
                }
                errs += o.errors.get();
                conflicts += o.conflicts.get();
                t.append(String.format(Locale.ROOT, "  %-40s %7d %7.2f %26s %26s %6d %5d%n", e.getKey(), client.size(),
                        client.size() / seconds, triple(client), server.isEmpty() ? "-" : triple(server), o.errors.get(),
                        o.conflicts.get()));
            }
            t.append(String.format(Locale.ROOT, "  %-40s %7d %7.2f %26s %26s %6d %5d%n", "all calls", calls, calls / seconds,
                    "", "", errs, conflicts));
            return t.toString();
        }

        private static String triple(List<Double> values) {
            Collections.sort(values);
            return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", percentile(values, 50), percentile(values, 95),
                    percentile(values, 99));
        }
    }

    private static final class Op {
        final List<Double> client = new ArrayList<>();
        final List<Double> server = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong misses = new AtomicLong();
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }

    // ---- the server's heap ----

    /** The server's heap in use after a full GC, from {@code jcmd}; -1 when it could not be read. */
    private record Heap(long usedMb, String problem) {
        boolean known() {
            return usedMb >= 0;
        }

        String text() {
            return known() ? usedMb + " MB" : "unknown (" + problem + ")";
        }

        static Heap measure() {
            try {
                String home = Path.of(System.getProperty("amparo.it.jbossHome", System.getProperty("amparo.jbossHome", "target/server")))
                        .toFile().getCanonicalPath();
                long pid = ProcessHandle.allProcesses()
                        .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(home)).orElse(false))
                        .map(ProcessHandle::pid).findFirst().orElseThrow(() -> new IllegalStateException("no server process under " + home));
                jcmd(pid, "GC.run");
                jcmd(pid, "GC.run");
                List<String> info = jcmd(pid, "GC.heap_info");
                Matcher m = Pattern.compile("used (\\d+)([KMG])").matcher(String.join("\n", info));
                if (!m.find()) {
                    return new Heap(-1, "no used figure in GC.heap_info");
                }
                long value = Long.parseLong(m.group(1));
                long mb = switch (m.group(2)) {
                    case "K" -> value / 1024;
                    case "G" -> value * 1024;
                    default -> value;
                };
                return new Heap(mb, null);
            } catch (Exception e) {
                return new Heap(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        private static List<String> jcmd(long pid, String command) throws Exception {
            Path own = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            String jcmd = Files.isExecutable(own) ? own.toString() : "jcmd";
            Process p = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> lines = r.lines().toList();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(jcmd + " " + command + " failed: " + String.join(" ", lines));
                }
                return lines;
            }
        }
    }

    // ---- helpers ----

    private void think() throws InterruptedException {
        Thread.sleep(thinkMin + (thinkMax > thinkMin ? ThreadLocalRandom.current().nextInt(thinkMax - thinkMin + 1) : 0));
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return s.toString();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":amparo-demo").getBytes(StandardCharsets.UTF_8));
    }
}
