package org.amparo.it;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioned server's installation as processes: more servers of it beside the build's (for the two-server and the
 * crash suites), started with the build's options ({@code amparo.it.serverJavaOpts}) and killed outright; thread dumps of
 * the build's server when it is slow to stop.
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
        threadDump(c -> c.contains(home) && !c.contains(NODE_MARK), to);
    }

    /** The same for the server {@link #startNode} started in this folder. */
    static void threadDump(File base, java.nio.file.Path to) {
        String marker;
        try {
            marker = NODE_BASE + base.getCanonicalPath();
        } catch (java.io.IOException e) {
            return;
        }
        threadDump(c -> c.contains(marker), to);
    }

    private static void threadDump(java.util.function.Predicate<String> server, java.nio.file.Path to) {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && server.test(c)
                        && !c.contains("org.jboss.as.cli")).orElse(false))
                .findFirst().ifPresent(process -> {
                    try {
                        java.nio.file.Files.createDirectories(to.toAbsolutePath().getParent());
                        Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                                String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(to.toFile()).start();
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

    /**
     * Starts another server of the same installation on the same database, as a second machine would run it: its own
     * server folder ({@code base}: configuration, deployment content, data, log), the configuration file {@code config}
     * in it, its ports moved by {@code offset}, and the build's options plus {@code moreOpts}. Returns at once;
     * {@link #awaitUp} waits for it.
     */
    static void startNode(File base, String config, int offset, String moreOpts) throws Exception {
        startNodeWith(base, config, offset, javaOpts() + " " + moreOpts);
    }

    /** The same with these options instead of the build's ({@code standalone.sh} evaluates them: no {@code ;} in them). */
    static void startNodeWith(File base, String config, int offset, String opts) throws Exception {
        launch(config, List.of(NODE_BASE + base.getCanonicalPath(), NODE_MARK + base.getName(),
                        "-Djboss.socket.binding.port-offset=" + offset),
                opts, new File(base, "console.log"));
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

    /**
     * A server folder of its own for {@link #startNode}: the build server's configuration files, and the application in
     * its deployments folder (the HA configuration names no deployment: the build deploys to the plain one).
     */
    static File prepareNode(File nodes, String name) throws java.io.IOException {
        java.nio.file.Path server = java.nio.file.Path.of(System.getProperty("amparo.it.jbossHome", "target/server"), "standalone");
        java.nio.file.Path base = nodes.toPath().resolve(name);
        copyTree(server.resolve("configuration"), base.resolve("configuration"));
        java.nio.file.Path ear = java.nio.file.Path.of(System.getProperty("amparo.it.ear", "target/amparo.ear"));
        java.nio.file.Files.copy(ear, java.nio.file.Files.createDirectories(base.resolve("deployments")).resolve(ear.getFileName()));
        return base.toFile();
    }

    private static void copyTree(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    static void deleteTree(java.nio.file.Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(f);
            }
        }
    }

    static File home() throws Exception {
        return new File(System.getProperty("amparo.jbossHome", "target/server")).getCanonicalFile();
    }
}
