package org.amparo.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WildFly server's heap, as the benchmarks report it: the live objects after a full GC (the total of the class
 * histogram {@code jcmd} takes, which forces one), and the most in use while something runs, sampled by {@code jstat}
 * every 200 ms (garbage included). One {@code jstat} process samples for the whole run: a new one every 200 ms (a JVM
 * started five times a second) took a quarter of the machine's two cores from the export it measured.
 */
final class ServerHeap implements AutoCloseable {

    private final long pid;
    private final AtomicLong peakKb = new AtomicLong();
    private Thread sampler;
    private Process sampling;

    private ServerHeap(long pid) {
        this.pid = pid;
    }

    static ServerHeap ofRunningServer() {
        return new ServerHeap(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains("standalone-amparo")).orElse(false))
                .map(ProcessHandle::pid).findFirst().orElseThrow(() -> new AssertionError("no WildFly process found")));
    }

    /** Live objects on the heap (MB), counted by {@code jcmd GC.class_histogram} after the full GC it forces. */
    long afterGcMb() throws Exception {
        List<String> lines = run("jcmd", String.valueOf(pid), "GC.class_histogram");
        String total = lines.stream().filter(l -> l.trim().startsWith("Total")).findFirst()
                .orElseThrow(() -> new AssertionError("no histogram: " + lines));
        return Long.parseLong(total.trim().split("\\s+")[2]) / (1024 * 1024);
    }

    /** Starts sampling the heap in use; {@link #peakMb()} is the most seen since. */
    void startSampling() throws Exception {
        peakKb.set(usedKb(run("jstat", "-gc", String.valueOf(pid))));
        String[] command = {Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                String.valueOf(pid), "200"};
        sampling = new ProcessBuilder(command).redirectErrorStream(true).start();
        sampler = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(sampling.getInputStream(), StandardCharsets.UTF_8))) {
                String header = r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    try {
                        peakKb.accumulateAndGet(usedKb(List.of(header, line)), Math::max);
                    } catch (RuntimeException e) {
                        // a line that is not a sample
                    }
                }
            } catch (java.io.IOException e) {
                // the sampler was stopped
            }
        });
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakMb() {
        return peakKb.get() / 1024;
    }

    @Override
    public void close() {
        if (sampling != null) {
            sampling.destroy();
        }
    }

    /** Heap in use (KB): survivor, eden and old generation, from {@code jstat -gc}'s header and a line of figures. */
    private static long usedKb(List<String> lines) {
        String[] names = lines.get(0).trim().split("\\s+");
        String[] values = lines.get(1).trim().split("\\s+");
        double used = 0;
        for (int i = 0; i < names.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                used += Double.parseDouble(values[i]);
            }
        }
        return (long) used;
    }

    private static List<String> run(String... command) throws Exception {
        command[0] = Path.of(System.getProperty("java.home"), "bin", command[0]).toString();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            p.waitFor();
            return lines;
        }
    }
}
