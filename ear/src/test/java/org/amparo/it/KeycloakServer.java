package org.amparo.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Keycloak the single sign-on suite signs in at (Maven Central's {@code keycloak-quarkus-dist}, unpacked by the
 * build into target/keycloak), in dev mode on Java 21+, with the realm of src/test/resources/keycloak. Started once,
 * as early as the run knows it will be needed ({@link EarlyKeycloak}): its start takes a minute of waiting that the
 * suites before it can use.
 */
final class KeycloakServer {

    /** Beside the build's server (8080) and the two-server suite's (8180, 8280), which may run at the same time. */
    static final int PORT = Integer.getInteger("amparo.it.keycloakPort", 8380);
    static final String ISSUER = "http://localhost:" + PORT + "/realms/amparo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process process;
    private static long startedAt;
    private static final Thread CLEAN_UP = new Thread(KeycloakServer::stop);

    private KeycloakServer() {
    }

    static File home() {
        return new File(System.getProperty("amparo.it.keycloakHome", "target/keycloak"));
    }

    /** Whether Keycloak can run here: the build unpacked it, and a JDK 21 or later is installed. */
    static boolean available() {
        return new File(home(), "bin/kc.sh").exists() && jdk21().isPresent();
    }

    /** Starts Keycloak on an empty database with the test realm, unless it is running already; does not wait. */
    static synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        File home = home();
        Path imports = home.toPath().resolve("data/import");
        deleteTree(home.toPath().resolve("data/h2"));
        Files.createDirectories(imports);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/amparo-realm.json")) {
            Files.copy(realm, imports.resolve("amparo-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder start = new ProcessBuilder(new File(home, "bin/kc.sh").getPath(), "start-dev",
                "--http-port=" + PORT, "--http-management-port=" + (PORT + 1000), "--import-realm",
                "--cache=local", "--health-enabled=false", "--metrics-enabled=false");
        start.environment().put("JAVA_HOME", jdk21().orElseThrow().toString());
        start.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // The JIT's first tier only, as the test servers: Keycloak's start is mostly code run once.
        start.environment().merge("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1", (had, first) -> had + " " + first);
        start.redirectErrorStream(true).redirectOutput(new File(home, "keycloak-console.log"));
        startedAt = System.nanoTime();
        try {
            Runtime.getRuntime().addShutdownHook(CLEAN_UP);
        } catch (IllegalArgumentException already) {
            // registered by an earlier start
        }
        process = start.start();
    }

    /** Waits until the realm answers; how long since Keycloak was started. */
    static Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String discovery = ISSUER + "/.well-known/openid-configuration";
        while (System.nanoTime() < deadline) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw new AssertionError("Keycloak exited" + (running == null ? "" : " with " + running.exitValue())
                        + " (see " + home() + "/keycloak-console.log)");
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Keycloak was not ready within " + timeout.toSeconds() + " s (see " + home() + "/keycloak-console.log)");
    }

    /** Stops Keycloak and every process it started; safe to call twice. */
    static synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(running.descendants().toList());
        all.add(running.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
        process = null;
        try {
            Runtime.getRuntime().removeShutdownHook(CLEAN_UP);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** The JDK 21+ Keycloak runs on: the build's keycloak.java.home, else the newest one under /usr/lib/jvm. */
    static Optional<Path> jdk21() {
        Path configured = Path.of(System.getProperty("amparo.it.keycloakJavaHome", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (feature(configured) >= 21) {
            return Optional.of(configured);
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(p -> feature(p) >= 21).max(Comparator.comparingInt(KeycloakServer::feature));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The Java feature version of a JDK directory (its release file), 0 if it is none. */
    private static int feature(Path jdk) {
        try {
            if (!Files.isExecutable(jdk.resolve("bin/java"))) {
                return 0;
            }
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring(13).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
