package org.amparo.it;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioned server as a process, for the crash tests: killed outright and started again exactly as the build
 * started it (its options from {@code amparo.it.serverJavaOpts}, its configuration from {@code amparo.it.serverConfig}).
 */
final class ServerProcess {

    /** A server folder of its own, which the extra servers of {@link TwoNodeIT} are started with. */
    private static final String NODE_BASE = "-Djboss.server.base.dir=";
    /** What marks those servers apart from the build's (whose command line names its own server folder too). */
    private static final String NODE_MARK = "-Damparo.it.node=";

    private ServerProcess() {
    }

    /** The build's start options; blank when the tests did not get them (the crash tests then skip themselves). */
    static String javaOpts() {
        return System.getProperty("amparo.it.serverJavaOpts", "");
    }

    /** Kills the server's JVM with SIGKILL, as a power cut or the OOM killer would. */
    static void kill() throws Exception {
        String home = home().getPath();
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(home)
                        && !c.contains(NODE_MARK)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no server process under " + home));
        server.destroyForcibly();
        assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /**
     * Saves a thread dump of the build's server (not of a management CLI, whose command line looks alike) to the file,
     * for a report on why an operation was slow; nothing when no such server runs.
     */
    static void threadDump(java.nio.file.Path to) {
        String home;
        try {
            home = home().getPath();
        } catch (Exception e) {
            return;
        }
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(home)
                        && !c.contains(NODE_MARK) && !c.contains("org.jboss.as.cli")).orElse(false))
                .findFirst().ifPresent(server -> {
                    try {
                        java.nio.file.Files.createDirectories(to.toAbsolutePath().getParent());
                        Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                                String.valueOf(server.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(to.toFile()).start();
                        if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                            jcmd.destroyForcibly();
                        }
                    } catch (Exception e) {
                        System.out.println("No thread dump of the server: " + e);
                    }
                });
    }

    /**
     * Watches the build's server log from now on while a reload or redeploy stops the application: when the web context
     * has been unregistered ({@code WFLYUT0022}) and the server has not said it stopped ({@code WFLYSRV0050}) or removed
     * the deployment ({@code WFLYSRV0028}) 10 s later, thread dumps of the server (then 20 s later again) go to
     * {@code target/failsafe-reports/slow-stop-<label>-*.txt}. A quiet server stops in 2 s; one stop in some full runs
     * waited a minute, and the dumps show on what. Returns the watching thread (a daemon; interrupt it when done).
     */
    static Thread dumpIfStopIsSlow(String label) throws Exception {
        java.nio.file.Path log = home().toPath().resolve("standalone/log/server.log");
        long from = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
        Thread watch = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            long unregisteredAt = 0;
            int dumps = 0;
            try {
                while (System.nanoTime() < deadline && dumps < 2) {
                    Thread.sleep(1000);
                    String since = readFrom(log, from);
                    if (since.contains("WFLYSRV0050") || since.contains("WFLYSRV0028")) {
                        return;
                    }
                    if (unregisteredAt == 0 && since.contains("WFLYUT0022")) {
                        unregisteredAt = System.nanoTime();
                    }
                    if (unregisteredAt != 0 && System.nanoTime() - unregisteredAt > Duration.ofSeconds(10 + 20L * dumps).toNanos()) {
                        java.nio.file.Path dump = java.nio.file.Path.of("target", "failsafe-reports",
                                "slow-stop-" + label + "-" + System.currentTimeMillis() + ".txt");
                        threadDump(dump);
                        dumps++;
                        System.out.println("The application is slow to stop: thread dump of the server in " + dump);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "slow-stop-dumps");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }

    /** The log's text from byte {@code from} on (from its start if it was rolled over since); empty if unreadable. */
    static String readFrom(java.nio.file.Path log, long from) {
        try (var in = java.nio.file.Files.newInputStream(log)) {
            long size = java.nio.file.Files.size(log);
            in.skipNBytes(from <= size ? from : 0);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** Starts the server again with the build's options and configuration; waits until its health check is up. */
    static void start(Http api) throws Exception {
        File home = home();
        launch(System.getProperty("amparo.it.serverConfig", "standalone.xml"), List.of(), javaOpts(),
                new File(home, "restart-console.log"));
        awaitUp(api, Http.BASE);
    }

    /**
     * Starts another server of the same installation on the same database, as a second machine would run it: its own
     * server folder ({@code base}: configuration, deployment content, data, log), the configuration file {@code config}
     * in it, its ports moved by {@code offset}, and the build's options plus {@code moreOpts}. Returns at once;
     * {@link #awaitUp} waits for it.
     */
    static void startNode(File base, String config, int offset, String moreOpts) throws Exception {
        launch(config, List.of(NODE_BASE + base.getCanonicalPath(), NODE_MARK + base.getName(),
                        "-Djboss.socket.binding.port-offset=" + offset),
                javaOpts() + " " + moreOpts, new File(base, "console.log"));
    }

    /** Kills the server started by {@link #startNode} in this folder with SIGKILL. */
    static void killNode(File base) throws Exception {
        String marker = NODE_BASE + base.getCanonicalPath();
        for (ProcessHandle node : ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(marker)).orElse(false))
                .toList()) {
            node.destroyForcibly();
            assertThat(node.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    /** Waits until the server at this address answers its health check as up (6 minutes at most). */
    static void awaitUp(Http api, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = api.get(base + "/api/health");
                if (health.statusCode() == 200 && !health.body().contains("DOWN")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server at " + base + " did not come up within 6 minutes");
    }

    private static void launch(String config, List<String> moreArgs, String opts, File console) throws Exception {
        File home = home();
        List<String> command = new java.util.ArrayList<>(List.of(new File(home, "bin/standalone.sh").getPath(), "-c", config));
        command.addAll(moreArgs);
        ProcessBuilder start = new ProcessBuilder(command);
        start.environment().put("JAVA_OPTS", opts);
        start.environment().put("JBOSS_HOME", home.getPath());
        start.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console));
        start.start();
    }

    static File home() throws Exception {
        return new File(System.getProperty("amparo.jbossHome", "target/server")).getCanonicalFile();
    }
}
