package org.amparo.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server of their own for the suites that kill, restart or reconfigure a server ({@link WorkflowCrashIT},
 * {@link CrashRecoveryIT}, {@link KeycloakSignInBrowserIT}): another server of the build's installation, in the build's
 * plain configuration with its options, on a database of its own made afresh (on the PostgreSQL pass a PostgreSQL
 * database, else an H2 file in its folder; the demo data, so that an export has cases to write), its ports moved by 400
 * (8480, management 10390), its documents and exports in its own folder. Killing it ({@code kill -9}), starting it
 * again or switching it to single sign-on touches neither the build's server nor its database, so these suites run
 * beside the one thread's suites (they mostly wait: for the server to start again, for hold timers to fall due, for a
 * redeploy). Started on first use, used by one suite at a time ({@link #LOCK}); stopped by the last of them (the single
 * sign-on suite, ordered last; a suite after it would start it again), else when the tests' JVM ends, and by
 * {@code scripts/test}'s clean-up, which stops every server of the installation.
 */
final class CrashNode {

    /**
     * The resource lock the suites on servers of their own hold ({@link TwoNodeIT} too): one such suite at a time beside
     * the one thread, so that one kills or reconfigures this server only when no other uses it, and only one of their
     * servers starts at once (four starting together, with Keycloak, slowed the one thread's suites by half).
     */
    static final String LOCK = "crash-node";
    static final String DATABASE = "amparo_test_crash";
    static final int OFFSET = 400;
    static final String BASE = Http.BASE.replace(":8080/", ":" + (8080 + OFFSET) + "/");
    /** Its management interface, for the CLI. */
    static final String CONTROLLER = "localhost:" + (9990 + OFFSET);

    private static File folder;
    private static String opts;
    private static boolean running;

    private CrashNode() {
    }

    /** Starts the server on first use and waits until it is up; its address. */
    static synchronized String up(Http api) throws Exception {
        assertThat(BASE).as("the crash suites' server is not the build's").isNotEqualTo(Http.BASE);
        if (folder == null) {
            Path root = root();
            ServerProcess.killNode(root.resolve("server").toFile()); // one an aborted run left
            ServerProcess.deleteTree(root);
            if (postgres()) {
                TestDatabases.fresh(DATABASE);
            }
            File prepared = ServerProcess.prepareNode(root.toFile(), "server");
            // The build deploys the application to the plain configuration, which then names it; this server takes it
            // from its own deployments folder instead.
            Path config = prepared.toPath().resolve("configuration").resolve(config());
            Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<deployments>.*?</deployments>", ""), StandardCharsets.UTF_8);
            assertThat(databaseUrl()).as("a database of its own").isNotEqualTo(System.getProperty("amparo.it.dbUrl"));
            opts = "-Damparo.db.url=" + databaseUrl()
                    + " -Damparo.documents.dir=" + root.resolve("documents") + " -Damparo.exports.dir=" + root.resolve("exports");
            folder = prepared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    ServerProcess.killNode(prepared);
                } catch (Exception e) {
                    // the build's clean-up stops it too
                }
            }, "crash-node-stop"));
            start(api);
        } else if (!running) {
            start(api);
        }
        return BASE;
    }

    /** Stops it (with SIGKILL: nothing of it is needed afterwards), so that it uses no processor beside the other suites. */
    static synchronized void stop() throws Exception {
        if (folder != null && running) {
            ServerProcess.killNode(folder);
            running = false;
        }
    }

    /** Stops it and forgets it, so that the next suite starts one afresh (one left in a state no suite expects). */
    static synchronized void discard() throws Exception {
        stop();
        folder = null;
    }

    /** Kills it with SIGKILL, as a power cut or the OOM killer would. */
    static synchronized void kill() throws Exception {
        ServerProcess.killNode(folder);
        running = false;
    }

    /** Starts it again, as it was started, and waits until its health check is up. */
    static synchronized void start(Http api) throws Exception {
        ServerProcess.startNode(folder, config(), OFFSET, opts);
        running = true;
        ServerProcess.awaitUp(api, BASE);
    }

    /** Its own database: on PostgreSQL, where the crash suites check the engine's tables. */
    static String databaseUrl() {
        String tests = System.getProperty("amparo.it.dbUrl", "");
        return postgres() ? TestDatabases.url(DATABASE)
                : tests.replaceFirst("^jdbc:h2:(retry:)?file:[^;]*", "jdbc:h2:retry:file:" + root().resolve("db").resolve("amparo"));
    }

    /** Saves a thread dump of it, for a report on why an operation was slow. */
    static void threadDump(Path to) {
        if (folder != null) {
            ServerProcess.threadDump(folder, to);
        }
    }

    private static boolean postgres() {
        return "postgres".equals(System.getProperty("amparo.db"));
    }

    private static Path root() {
        return new File(System.getProperty("amparo.it.data")).getParentFile().toPath().resolve("crash-node");
    }

    /** Its server log. */
    static Path log() {
        return folder.toPath().resolve("log").resolve("server.log");
    }

    /** No line of its logs names {@code text} (a name the suite made up for its people). */
    static void logsNeverName(String text) throws Exception {
        try (Stream<Path> logs = Files.walk(folder.toPath().resolve("log"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.toString()).doesNotContain(text);
            }
        }
    }

    private static String config() {
        return System.getProperty("amparo.it.serverConfig", "standalone.xml");
    }
}
