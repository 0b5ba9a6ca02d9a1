package org.amparo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's benchmark: start {@code bench.cases} cases (default 1,000) and drive each through intake, screening, the
 * ICE-hold check, referral and acceptance to the attorney-review task, through the API as the owning roles would.
 * Reports cases per second and the server's time per task completion (its {@code Server-Timing} header, signing
 * in included). Figures, not assertions: a benchmark never fails on speed.
 * <p>
 * Issue 16: the main run signs every call in with a personal access token ({@code Authorization: Bearer}, a SHA-256
 * look-up); a second run of {@code bench.basicCases} cases (default 100, since each call verifies a bcrypt hash) signs
 * in with HTTP Basic as before, and the report compares the two.
 * <p>
 * Both timed runs follow a warm-up in rounds of {@code bench.warmupCases} cases (default 200), until two rounds in a row
 * go within 5% of each other's rate or {@code bench.warmupRounds} (default 8) have run; each round's rate is reported. A
 * server runs for days, and its first several hundred cases are spent compiling its code.
 */
class WorkflowBench {

    private static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");
    private static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Double> completions = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> opens = Collections.synchronizedList(new ArrayList<>());
    /** user to "Bearer amp_...", or empty for HTTP Basic. */
    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void casesToAttorneyReview() throws Exception {
        int cases = Integer.getInteger("bench.cases", 1000);
        int basicCases = Integer.getInteger("bench.basicCases", 100);
        int threads = Integer.getInteger("bench.threads", 2);
        String db = System.getProperty("amparo.db", "h2");
        for (String user : List.of("caseworker", "supervisor", "attorney")) {
            HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                    .header("Authorization", basic(user)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"WorkflowBench\",\"days\":1}")).build());
            check(made, 201);
            tokens.put(user, "Bearer " + Json.createReader(new StringReader(made.body())).readObject().getString("token"));
        }
        // The first several hundred cases run while the JIT compiles the server's paths: in a profile of a run after 20
        // warm-up cases, the compiler's threads took 42% of the server's processor time (JFR's thread CPU load), and still
        // 22% after 400. So the warm-up runs in rounds until two rounds in a row go within 5% of each other's rate (at most
        // bench.warmupRounds); each round is reported, and the figures compared are the server's steady state, as it runs
        // for days.
        List<Run> warmUp = new ArrayList<>();
        int round = Integer.getInteger("bench.warmupCases", 200);
        int maxRounds = Integer.getInteger("bench.warmupRounds", 8);
        do {
            warmUp.add(run(round, threads));
        } while (warmUp.size() < maxRounds && !settled(warmUp));
        String warmUpRates = String.join(", ", warmUp.stream()
                .map(r -> String.format(Locale.ROOT, "%.1f", r.casesPerSecond())).toList());
        String signIn = signInCost(Integer.getInteger("bench.signIns", 50));
        Run token = run(cases, threads);
        java.util.Map<String, String> kept = new java.util.HashMap<>(tokens);
        tokens.clear();
        Run basic = run(basicCases, threads);
        tokens.putAll(kept);

        String report = String.format(Locale.ROOT, """
                Workflow benchmark (%s, %d client threads)
                  warm-up with a token, not compared: %d rounds of %d cases at %s cases/s (%s)
                  with a personal access token (Bearer):
                %s
                  with HTTP Basic (bcrypt on every call):
                %s
                  token vs Basic: %.1fx the cases per second
                %s
                """, db, threads, warmUp.size(), round, warmUpRates,
                settled(warmUp) ? "the last two within 5%" : "stopped at bench.warmupRounds, not settled", token.text(), basic.text(), token.casesPerSecond() / basic.casesPerSecond(), signIn);
        System.out.println(report);
        Path out = Path.of("target/bench/workflow-" + db + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(token.completions()).isEqualTo(cases * 5);
        assertThat(basic.completions()).isEqualTo(basicCases * 5);
    }

    /**
     * What signing in costs a call, apart from the work of the call: {@code GET /api/v1/accounts/me} (a cheap call) one
     * after another, with the caseworker's token and with HTTP Basic, timed at the client.
     */
    private String signInCost(int calls) {
        List<Double> withToken = new ArrayList<>();
        List<Double> withBasic = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            for (boolean token : new boolean[]{true, false}) {
                long started = System.nanoTime();
                HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/accounts/me"))
                        .header("Authorization", token ? tokens.get("caseworker") : basic("caseworker")).GET().build());
                check(me, 200);
                (token ? withToken : withBasic).add((System.nanoTime() - started) / 1e6);
            }
        }
        return String.format(Locale.ROOT, "  a cheap call (GET /api/v1/accounts/me, %d each, one at a time): median %.1f ms with a token,"
                + " %.1f ms with Basic (%.0fx)", calls, percentile(withToken, 50), percentile(withBasic, 50),
                percentile(withBasic, 50) / percentile(withToken, 50));
    }

    /** Whether the last two warm-up rounds went within 5% of each other's rate. */
    private static boolean settled(List<Run> rounds) {
        return rounds.size() >= 2 && Math.abs(rounds.get(rounds.size() - 1).casesPerSecond()
                / rounds.get(rounds.size() - 2).casesPerSecond() - 1) <= 0.05;
    }

    /** One timed run's figures. */
    private record Run(int cases, double seconds, int completions, String text) {
        double casesPerSecond() {
            return cases / seconds;
        }
    }

    private Run run(int cases, int threads) throws Exception {
        completions.clear();
        opens.clear();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = cases / threads + (t < cases % threads ? 1 : 0);
            work.add(pool.submit(() -> drive(share)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        String text = String.format(Locale.ROOT, """
                    cases driven to attorney review: %d in %.1f s = %.1f cases/s
                    task completions: %d; server time per completion: median %.1f ms, p95 %.1f ms, max %.1f ms
                    case opening (process start): median %.1f ms, p95 %.1f ms""",
                cases, seconds, cases / seconds, completions.size(), percentile(completions, 50),
                percentile(completions, 95), percentile(completions, 100), percentile(opens, 50), percentile(opens, 95));
        return new Run(cases, seconds, completions.size(), text);
    }

    private Void drive(int cases) {
        for (int i = 0; i < cases; i++) {
            LocalDateTime now = LocalDateTime.now(FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
            HttpResponse<String> opened = post("/api/v1/cases", "caseworker",
                    "{\"familyName\":\"Banco\",\"givenNames\":\"Prueba\",\"dateOfBirth\":\"1990-01-01\",\"facilityId\":1}");
            check(opened, 201);
            opens.add(serverMillis(opened));
            long id = Json.createReader(new StringReader(opened.body())).readObject().getJsonNumber("id").longValue();
            complete(id, "INTAKE", "caseworker", """
                    {"immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s","detainerForm":"I_247A",
                     "detainerIssuedAt":"%s","detainerServedOnPerson":false}"""
                    .formatted(now.minusHours(3), now.plusHours(30), now.minusHours(1)));
            complete(id, "ICE_HOLD_CHECK", "caseworker",
                    "{\"scheduledReleaseAt\":\"%s\",\"servedOnPerson\":false,\"honored\":true}".formatted(now.plusHours(30)));
            complete(id, "ATTORNEY_REFERRAL", "supervisor", "{\"attorney\":\"attorney\"}");
            complete(id, "ATTORNEY_RESPONSE", "attorney", "{\"accept\":true}");
            complete(id, "ATTORNEY_REVIEW", "attorney", "{\"recommendCampaign\":false}");
        }
        return null;
    }

    /** Completes the case's open task of that step as the user; the case's tasks come from its own list, not an inbox scan. */
    private void complete(long caseId, String step, String user, String form) {
        HttpResponse<String> tasks = get("/api/v1/cases/" + caseId + "/tasks", user);
        check(tasks, 200);
        JsonObject task = Json.createReader(new StringReader(tasks.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("step").equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " has no open " + step + ": " + tasks.body()));
        HttpResponse<String> done = post("/api/v1/tasks/" + task.getString("id") + "/complete", user, form);
        check(done, 204);
        completions.add(serverMillis(done));
    }

    private static double serverMillis(HttpResponse<String> response) {
        String timing = response.headers().firstValue("Server-Timing").orElse("app;dur=NaN");
        return Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4).split(",")[0]);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new AssertionError(response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization(user)).GET().build());
    }

    private HttpResponse<String> post(String path, String user, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The user's token while the token run lasts, else HTTP Basic. */
    private String authorization(String user) {
        return tokens.getOrDefault(user, basic(user));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":amparo-demo").getBytes(StandardCharsets.UTF_8));
    }
}
