package org.amparo.it;

import jakarta.json.JsonObject;
import org.amparo.it.HeldCases.Made;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19's two servers on one database: two more servers of the same installation start beside the build's, each with
 * its own server folder and ports (offset 100 and 200), in the HA configuration ({@code standalone-amparo-ha.xml}: a
 * cluster found through the database, its traffic encrypted with a key store both are given), both on a PostgreSQL
 * database of their own, made afresh (the first server writes the schema and the demo's accounts and reference data,
 * without its cases; the second starts once it is up), sharing the document and export folders as two machines would share a network folder (README, "Two servers,
 * one database"). Two users drive cases through
 * intake, the ICE-hold check and referral, one through each server, with holds whose expiry timers fall due during the
 * run, while a supervisor is signed in on A's pages. Halfway, server A is killed ({@code kill -9}); its user carries on
 * through server B, as a load balancer sends them there. Then the supervisor is still signed in on B (the session was
 * copied), B lists that session and ends it, every case has exactly its one task, every expiry timer fired exactly
 * once, the export made on A is still handed out by B, and the every-minute watch went on running, once a minute, on a
 * live server. A slow suite: it runs on the PostgreSQL pass. Nothing of it touches the build's server or database, so
 * it runs beside the other suites (it mostly waits: for servers to start, timers to fall due and a dead server's locks
 * to expire): first of the suites on servers of their own, which run one at a time ({@link CrashNode#LOCK}), so that
 * only one of their servers starts at once.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(CrashNode.LOCK)
@Order(2)
class TwoNodeIT {

    private static final String SUPERVISOR = HeldCases.SUPERVISOR;
    private static final int CASES_PER_USER = 16;

    private static final List<File> STARTED = Collections.synchronizedList(new ArrayList<>());

    private final Http api = Http.api();
    /** The two servers' own database, beside the tests' one on the same PostgreSQL. */
    private static final String DATABASE = "amparo_test_nodes";
    private static final String DATABASE_URL = TestDatabases.url(DATABASE);
    private final HeldCases cases = new HeldCases(Duration.ofSeconds(30), DATABASE_URL);

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
        ServerProcess.deleteTree(nodes.toPath());
        Path shared = Files.createDirectories(nodes.toPath().resolve("shared"));
        // The HA configuration sets amparo.jobs.shared, and amparo.jobs.node to the node's name.
        TestDatabases.fresh(DATABASE);
        // The demo's accounts and reference data without its 300 cases: this suite makes and counts cases of its own, and
        // the first server's start beside the other suites is shorter by the cases' minute or two of processor.
        String sharedOpts = "-Damparo.db.url=" + DATABASE_URL + " -Damparo.demo.cases=0 -Damparo.documents.dir=" + shared.resolve("documents")
                + " -Damparo.exports.dir=" + shared.resolve("exports") + clusterKey(shared);
        String config = System.getProperty("amparo.it.serverConfigHa", "standalone-amparo-ha.xml");
        File a = ServerProcess.prepareNode(nodes, "a");
        File b = ServerProcess.prepareNode(nodes, "b");
        assertThat(Files.readString(a.toPath().resolve("configuration").resolve(config)))
                .as("the servers talk through JGroups' symmetric encryption with the shared key")
                .contains("<encrypt-protocol type=\"SYM_ENCRYPT\" key-alias=\"amparo-cluster\" key-store=\"amparo-cluster\">")
                .contains("<property name=\"sym_algorithm\">AES/CBC/PKCS5Padding</property>");
        String baseA = Http.BASE.replace(":8080/", ":8180/");
        String baseB = Http.BASE.replace(":8080/", ":8280/");
        Instant startOfStarts = Instant.now();
        // One after the other: the first start on an empty database writes its schema and the demo's accounts and reference data.
        ServerProcess.startNode(a, config, 100, sharedOpts + " -Djboss.node.name=amparo-a");
        STARTED.add(a);
        ServerProcess.awaitUp(api, baseA);
        ServerProcess.startNode(b, config, 200, sharedOpts + " -Djboss.node.name=amparo-b");
        STARTED.add(b);
        ServerProcess.awaitUp(api, baseB);
        long startSeconds = Duration.between(startOfStarts, Instant.now()).toSeconds();

        // An export made on A, ready before A dies.
        String exportOnA = readyExport(baseA);
        // A supervisor signed in on A's pages.
        Http person = Http.browser();
        assertThat(person.postForm(baseA + "/j_security_check", "j_username=supervisor&j_password=" + Http.DEMO_PASSWORD)
                .statusCode()).as("signed in on A").isEqualTo(302);
        assertThat(person.get(baseA + "/cases/list.xhtml").statusCode()).isEqualTo(200);

        String family = "Nodo" + HeldCases.tag();
        ExecutorService users = Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicReference<Instant> killedAt = new java.util.concurrent.atomic.AtomicReference<>();
        Future<List<Made>> userOfA = users.submit(() -> {
            List<Made> made = new ArrayList<>();
            String server = baseA;
            for (int i = 0; i < CASES_PER_USER; i++) {
                if (i == CASES_PER_USER / 2) {
                    ServerProcess.killNode(a); // mid-load: B's user is at work meanwhile
                    killedAt.set(Instant.now());
                    server = baseB; // the load balancer sends this user on to B
                }
                made.add(cases.make(server, family, i % 4));
            }
            return made;
        });
        Future<List<Made>> userOfB = users.submit(() -> {
            List<Made> made = new ArrayList<>();
            for (int i = 0; i < CASES_PER_USER; i++) {
                made.add(cases.make(baseB, family, (i + 1) % 4));
            }
            return made;
        });
        List<Made> made = new ArrayList<>(userOfA.get());
        made.addAll(userOfB.get());
        users.shutdown();

        // The supervisor's session was copied to B: the balancer sends them there, and they are still signed in.
        HttpResponse<String> carriedOn = person.get(baseB + "/cases/list.xhtml");
        assertThat(carriedOn.statusCode()).as("the case list on B, with the session begun on A").isEqualTo(200);
        assertThat(carriedOn.body()).as("the case list, not the sign-in page").contains("casesTable").doesNotContain("j_security_check");
        // B lists the session begun on A, and ending it there ends it for its next request.
        String admin = basic("admin", Http.DEMO_PASSWORD);
        JsonObject begunOnA = Http.jsonArray(api.get(baseB + "/api/v1/accounts/sessions", "Authorization", admin))
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("username").equals("supervisor") && s.getString("via").equals("page")
                        && s.getString("server").equals("amparo-a"))
                .findFirst().orElseThrow(() -> new AssertionError("B lists the supervisor's session begun on A"));
        assertThat(api.delete(baseB + "/api/v1/accounts/sessions/" + begunOnA.getString("handle"), "Authorization", admin)
                .statusCode()).isEqualTo(204);
        HttpResponse<String> ended = person.getAfterEndedSession(baseB + "/cases/list.xhtml");
        assertThat(ended.body()).as("ended by the administrator: the sign-in page").contains("j_security_check")
                .doesNotContain("casesTable");

        // The export A made is handed out by B: the export folder is shared and names the server that wrote it.
        HttpResponse<byte[]> download = api.getBytes(baseB + "/api/v1/exports/" + exportOnA + "/download", "Authorization", SUPERVISOR);
        assertThat(download.statusCode()).as("A's finished export, from B after A died").isEqualTo(200);
        assertThat(new String(download.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        // Every timer fires on a live server: a lock the dead server held lasts a minute, and the engine looks every minute.
        List<String> processes = cases.processes(made, cases.listed(baseB, family, made.size()));
        long holds = made.stream().filter(Made::onHold).count();
        Instant lastExpiry = made.stream().filter(Made::onHold).map(Made::expiresAt).max(Instant::compareTo).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        // The expires-soon warnings too: a warning timer (due at once for these short holds) that A had taken when it died
        // stays locked to A until the lock expires, and fires on B after that.
        while (Instant.now().isBefore(lastExpiry.plusSeconds(20)) || cases.firedExpiryTimers(processes).size() < holds
                || cases.jobsToRun(processes) > 0) {
            assertThat(System.nanoTime()).as("every expiry and warning timer fires within 5 minutes").isLessThan(deadline);
            Thread.sleep(2000);
        }
        Instant allFiredAt = Instant.now();
        Thread.sleep(5000); // anything that would fire twice has had its chance
        cases.eachHasItsOneStepAndEachTimerFiredOnce(made, cases.listed(baseB, family, made.size()));

        // The every-minute watch runs once a minute on whichever live server claims the minute; A is dead.
        Object[] watch = scheduleRun("HOLD_EXPIRY_WATCH");
        for (int i = 0; i < 40 && !((Timestamp) watch[0]).toInstant().isAfter(killedAt.get()); i++) {
            Thread.sleep(2000);
            watch = scheduleRun("HOLD_EXPIRY_WATCH");
        }
        assertThat(((Timestamp) watch[0]).toInstant()).as("a minute after A died was claimed").isAfter(killedAt.get());
        assertThat((String) watch[1]).as("claimed by the live server (the database is the two servers' own)").isEqualTo("amparo-b");

        // A new export on the survivor works as before.
        String exportOnB = readyExport(baseB);
        assertThat(api.getBytes(baseB + "/api/v1/exports/" + exportOnB + "/download", "Authorization", SUPERVISOR).statusCode())
                .isEqualTo(200);

        // Neither server wrote a name of this run into its log.
        for (File node : List.of(a, b)) {
            try (Stream<Path> logs = Files.walk(node.toPath().resolve("log"))) {
                for (Path log : logs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.toString()).doesNotContain(family);
                }
            }
        }

        long beforeKill = made.stream().filter(m -> m.onHold() && m.expiresAt().isBefore(killedAt.get())).count();
        System.out.printf("TwoNodeIT: two servers up in %d s; %d cases (%d on holds) through both, A killed after its %dth; "
                        + "%d holds expired before A died; every timer fired once, the last %d s after the last "
                        + "expiry; the watch's last minute claimed by %s%n", startSeconds, made.size(), holds, CASES_PER_USER / 2,
                beforeKill, Duration.between(lastExpiry, allFiredAt).toSeconds(), watch[1]);
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

    private Object[] scheduleRun(String name) throws Exception {
        try (Connection db = cases.database();
             PreparedStatement s = db.prepareStatement("select last_slot, last_node from schedule_run where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return new Object[] {r.getTimestamp(1, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"))), r.getString(2)};
            }
        }
    }

    /**
     * The cluster's key (README: the same key store on each server, made once): a PKCS12 store with a new AES key under
     * the alias the HA configuration names, and the options that point both servers at it. Without it neither joins.
     */
    private static String clusterKey(Path shared) throws Exception {
        String password = java.util.UUID.randomUUID().toString();
        javax.crypto.KeyGenerator aes = javax.crypto.KeyGenerator.getInstance("AES");
        aes.init(256);
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry("amparo-cluster", new java.security.KeyStore.SecretKeyEntry(aes.generateKey()),
                new java.security.KeyStore.PasswordProtection(password.toCharArray()));
        Path file = shared.resolve("amparo-cluster.p12");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return " -Damparo.cluster.keystore=" + file + " -Damparo.cluster.keystore-password=" + password;
    }
}
