package org.amparo.it;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioned server as a process, for the crash tests: killed outright and started again exactly as the build
 * started it (its options from {@code amparo.it.serverJavaOpts}, its configuration from {@code amparo.it.serverConfig}).
 */
final class ServerProcess {

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
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(home)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no server process under " + home));
        server.destroyForcibly();
        assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /** Starts the server again with the build's options and configuration; waits until its health check is up. */
    static void start(Http api) throws Exception {
        File home = home();
        ProcessBuilder start = new ProcessBuilder(new File(home, "bin/standalone.sh").getPath(), "-c",
                System.getProperty("amparo.it.serverConfig", "standalone.xml"));
        start.environment().put("JAVA_OPTS", javaOpts());
        start.environment().put("JBOSS_HOME", home.getPath());
        start.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new File(home, "restart-console.log")));
        start.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = api.get("/api/health");
                if (health.statusCode() == 200 && !health.body().contains("DOWN")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server did not come back within 6 minutes");
    }

    private static File home() throws Exception {
        return new File(System.getProperty("amparo.jbossHome", "target/server")).getCanonicalFile();
    }
}
