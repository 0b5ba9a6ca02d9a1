package org.amparo.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 20's row "writing the demo data on first start": starts a server of the build's installation on a fresh
 * database of its own, {@code bench.demo.starts} times (3 by default), as the README's run command starts one (its JIT
 * setting and password cost, {@code bench.demo.runOpts}, to which {@code -Dbench.demo.opts} adds options of one's own),
 * and reads the demo's own figures from each start's log: the 300 cases' time, the writing threads' processor time, the
 * whole server's processor time in the same window, the bytes the writing threads allocated (which the machine's load
 * hardly moves: README, Benchmarks, session 42), and what each case writer did. After each start, the row's component baseline:
 * the case process alone doing the same number of cases' process work, on a fresh database of the same kind, in a JVM
 * of its own started with the server's heap and the run command's settings ({@link org.amparo.workflows.CaseProcessAlone}).
 * The server of the benchmark run stays up beside it, idle. Lives beside the servers it starts ({@link ServerProcess});
 * a {@code *Bench}, so only the {@code bench} profile runs it.
 */
class DemoDataBench {

    private static final Pattern DEMO = Pattern.compile(
            "Demo data: (\\d+) synthetic cases in (\\d+) ms \\(the writing (?:thread's|threads') processor time (?:(\\d+) ms|unknown),"
                    + " the whole server's (?:(-?\\d+) ms|unknown)(?:; the writing threads? allocated (?:(\\d+) MB|unknown))?"
                    + "(?:; (\\d+) writing threads?)?\\)");
    private static final Pattern PARTS = Pattern.compile("Demo data's parts: (.*)");
    /** WildFly's own line at the end of its start, the deployment (and so the demo data) within it. */
    private static final Pattern SERVER_STARTED = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");
    private static final Pattern ALONE = Pattern.compile(
            "Case process alone: (\\d+) cases in (\\d+) ms \\(the threads' processor time (\\d+) ms; allocated (\\d+) MB\\); (.*)");
    private static final String DATABASE = "amparo_bench_demo";
    private static final String ENGINE_DATABASE = "amparo_bench_engine";
    private static final List<File> STARTED = new ArrayList<>();

    @AfterAll
    static void stopNodes() throws Exception {
        for (File node : STARTED) {
            ServerProcess.killNode(node);
        }
    }

    @Test
    void demoDataOnAFreshDatabase() throws Exception {
        assumeTrue(!ServerProcess.javaOpts().isBlank(), "the server's start options, from the build");
        assumeTrue(!System.getProperty("bench.demo.runOpts", "").isBlank(), "the run command's settings, from the build");
        boolean postgres = "postgres".equals(System.getProperty("amparo.db"));
        int starts = Integer.getInteger("bench.demo.starts", 3);
        String extra = System.getProperty("bench.demo.opts", "");
        // -Dbench.demo.baseline=false leaves the baseline out, for quick comparisons of the demo alone.
        boolean withBaseline = Boolean.parseBoolean(System.getProperty("bench.demo.baseline", "true"));
        File nodes = new File(System.getProperty("amparo.it.data")).getParentFile().toPath().resolve("demo-bench").toFile();
        List<long[]> figures = new ArrayList<>();
        List<long[]> baseline = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int start = 1; start <= starts; start++) {
            // A node an aborted run left would hold the ports and answer for the new one.
            ServerProcess.killNode(new File(nodes, "node"));
            ServerProcess.deleteTree(nodes.toPath());
            File node = ServerProcess.prepareNode(nodes, "node");
            // The build's configuration names the build's deployment, whose content this folder does not have: the
            // application is deployed from the node's own deployments folder instead.
            Path config = node.toPath().resolve("configuration").resolve("standalone-amparo.xml");
            Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
            String url;
            if (postgres) {
                TestDatabases.fresh(DATABASE);
                url = TestDatabases.url(DATABASE);
            } else {
                url = "jdbc:h2:retry:file:" + node.toPath().resolve("db").resolve("amparo").toAbsolutePath();
            }
            // The build's options but its database (an H2 URL's options, after a ';', would not survive the start script).
            ServerProcess.startNodeWith(node, "standalone-amparo.xml", 300,
                    ServerProcess.javaOpts().replaceAll("-Damparo\\.db\\.url=\\S+", "") + " -Damparo.db.url=" + url
                    + " -Damparo.keys.file=" + node.toPath().resolve("keys.properties").toAbsolutePath()
                    + " " + System.getProperty("bench.demo.runOpts") + " " + extra);
            STARTED.add(node);
            ServerProcess.awaitUp(Http.api(), Http.BASE.replace(":8080/", ":8380/"));
            // WildFly lets requests in a moment before it logs its own start time: its line is waited for, a few seconds.
            Path serverLog = node.toPath().resolve("log").resolve("server.log");
            String log = Files.readString(serverLog);
            for (int wait = 0; wait < 50 && !SERVER_STARTED.matcher(log).find(); wait++) {
                Thread.sleep(100);
                log = Files.readString(serverLog);
            }
            ServerProcess.killNode(node);
            STARTED.remove(node);
            Matcher m = DEMO.matcher(log);
            assertThat(m.find()).as("the demo's figures in the log of start %d", start).isTrue();
            long[] f = {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), number(m.group(3)), number(m.group(4)),
                    number(m.group(5)), m.group(6) == null ? 1 : Long.parseLong(m.group(6))};
            figures.add(f);
            Matcher parts = PARTS.matcher(log);
            Matcher serverStarted = SERVER_STARTED.matcher(log);
            report.append(String.format(Locale.ROOT, "  start %d: %d cases in %.1f s (writing threads' processor %.1f s, whole server's %.1f s;"
                    + " writing threads allocated %s); %s; the server started in %s%n", start, f[0], f[1] / 1e3, f[2] / 1e3, f[3] / 1e3,
                    f[4] < 0 ? "unknown" : f[4] + " MB", parts.find() ? parts.group(1) : "",
                    serverStarted.find() ? String.format(Locale.ROOT, "%.1f s", Long.parseLong(serverStarted.group(1)) / 1e3) : "(not in its log)"));
            if (!withBaseline) {
                continue;
            }
            // The component baseline, after each start so that both meet the machine in the same state.
            Matcher alone = caseProcessAlone(nodes.toPath(), postgres, (int) f[0], (int) f[5]);
            long[] b = {Long.parseLong(alone.group(2)), Long.parseLong(alone.group(3)), Long.parseLong(alone.group(4))};
            baseline.add(b);
            report.append(String.format(Locale.ROOT, "    the case process alone: %.1f s (its threads' processor %.1f s; allocated %d MB); %s%n",
                    b[0] / 1e3, b[1] / 1e3, b[2], alone.group(5)));
        }
        ServerProcess.deleteTree(nodes.toPath());
        List<Long> wall = figures.stream().map(f -> f[1]).sorted().toList();
        List<Long> processor = figures.stream().map(f -> f[2]).sorted().toList();
        List<Long> allocated = figures.stream().map(f -> f[4]).filter(b -> b >= 0).sorted().toList();
        String bytes = allocated.isEmpty() ? "unknown" : allocated.get(0).equals(allocated.get(allocated.size() - 1))
                ? allocated.get(0) + " MB" : allocated.get(0) + "-" + allocated.get(allocated.size() - 1) + " MB";
        List<Long> aloneWall = baseline.stream().map(b -> b[0]).sorted().toList();
        double aloneMedian = aloneWall.isEmpty() ? Double.NaN : aloneWall.get(aloneWall.size() / 2) / 1e3;
        String text = String.format(Locale.ROOT, """
                Demo data on the first start (%s, a fresh database each start, the run command's JIT setting and password cost%s): \
                median %.1f s for %d cases (target <= 5 s; component baseline, the case process alone on a fresh database in a \
                JVM of its own: median %.1f s, the demo taking %.1f times as long), the writing threads' processor time median %.1f s, the bytes they \
                allocated %s; %d starts
                %s""", postgres ? "PostgreSQL" : "H2", extra.isBlank() ? "" : "; added: " + extra.strip(),
                wall.get(wall.size() / 2) / 1e3, figures.get(0)[0], aloneMedian, wall.get(wall.size() / 2) / 1e3 / aloneMedian,
                processor.get(processor.size() / 2) / 1e3, bytes, starts, report);
        System.out.print(text);
        Path out = Path.of("target/bench/demo-data-" + (postgres ? "postgres" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /**
     * Runs {@link org.amparo.workflows.CaseProcessAlone} for {@code cases} cases written by {@code writers} threads, as
     * the demo's, in a JVM of its own, started with the server's heap and the run command's settings, on a fresh database
     * of the benchmark's kind, and returns its line.
     */
    private static Matcher caseProcessAlone(Path nodes, boolean postgres, int cases, int writers) throws Exception {
        String url;
        String user;
        String password;
        if (postgres) {
            TestDatabases.fresh(ENGINE_DATABASE);
            url = TestDatabases.url(ENGINE_DATABASE);
            user = "postgres";
            password = "postgres";
        } else {
            Path folder = nodes.resolve("engine-alone");
            ServerProcess.deleteTree(folder);
            url = "jdbc:h2:retry:file:" + folder.resolve("engine").toAbsolutePath();
            user = "sa";
            password = "sa";
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : (ServerProcess.javaOpts() + " " + System.getProperty("bench.demo.runOpts")).trim().split("\\s+")) {
            if (option.startsWith("-Xm") || option.startsWith("-XX:")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), org.amparo.workflows.CaseProcessAlone.class.getName(),
                url, user, password, String.valueOf(cases), String.valueOf(writers)));
        Files.createDirectories(nodes);
        Path output = nodes.resolve("engine-alone.out");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            child.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor();
            }
        }
        String out = Files.readString(output);
        Matcher m = ALONE.matcher(out);
        assertThat(m.find()).as("the case process alone's figures, in the end of its output: %s",
                out.substring(Math.max(0, out.length() - 4000))).isTrue();
        return m;
    }

    /** A figure of the log line, or -1 where the server could not measure it ("unknown"). */
    private static long number(String figure) {
        return figure == null ? -1 : Long.parseLong(figure);
    }
}
