package org.amparo.bench;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's export benchmark, on PostgreSQL only, after {@link CaseListBench} has written its 100,000 cases (it writes
 * them if they are missing): a full case-list export through the background-export API, timed end to end, with the
 * server's heap sampled by {@code jstat} meanwhile (after a {@code jcmd GC.run}) for its growth; then, as the baseline,
 * the same number of 16-column rows written by bare POI SXSSF in this JVM.
 */
class ExportBench {

    private static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");

    @Test
    void exportAHundredThousandCases() throws Exception {
        assumeThat(System.getProperty("amparo.db")).as("the export benchmark runs on PostgreSQL (-Dpostgres)").isEqualTo("postgres");
        new CaseListBench().caseListSearchAndCaseFileOnAHundredThousandCases();
        HttpClient client = HttpClient.newBuilder().build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("supervisor:amparo-demo".getBytes(StandardCharsets.UTF_8));
        long server = serverPid().orElseThrow(() -> new AssertionError("no WildFly process found"));
        run("jcmd", String.valueOf(server), "GC.run");
        long heapBefore = heapUsedKb(server);
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peak.accumulateAndGet(heapUsedKb(server), Math::max);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a missed sample
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/exports/cases?mode=full"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new AssertionError("export did not start: " + started.body());
        }
        String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String body = "";
        while (!body.contains("\"READY\"")) {
            Thread.sleep(250);
            body = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/exports/" + id)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"FAILED\"")) {
                throw new AssertionError(body);
            }
        }
        HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/exports/" + id + "/download"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        run("jcmd", String.valueOf(server), "GC.run");
        long heapAfter = heapUsedKb(server);
        long rows = Long.parseLong(body.replaceAll(".*\"rowsWritten\":(\\d+).*", "$1"));

        long b0 = System.nanoTime();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (OutputStream out = OutputStream.nullOutputStream()) {
            SXSSFSheet sheet = wb.createSheet("Cases");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 16; c++) {
                    if (c % 4 == 0) {
                        row.createCell(c).setCellValue(r * 31L + c);
                    } else if (c % 4 == 1) {
                        row.createCell(c).setCellValue(LocalDate.of(1990, 1, 1).plusDays(r % 9000));
                    } else if (c % 4 == 2) {
                        row.createCell(c).setCellValue(LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(r));
                    } else {
                        row.createCell(c).setCellValue("Nombre Apellido " + r);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        double bare = (System.nanoTime() - b0) / 1e9;

        String report = String.format(Locale.ROOT, """
                Export benchmark (PostgreSQL)
                  full case-list export, background job, end to end: %d rows in %.1f s = %.0f rows/s (%d KB file)
                  server heap in use: %d MB after a GC before, %d MB at the most during it (garbage included), %d MB after a GC after (retained growth %d MB)
                  baseline, bare POI SXSSF in the benchmark's JVM, %d rows x 16 cells: %.1f s = %.0f rows/s
                """, rows, seconds, rows / seconds, file.body().length / 1024, heapBefore / 1024, peak.get() / 1024,
                heapAfter / 1024, (heapAfter - heapBefore) / 1024, rows, bare, rows / bare);
        System.out.println(report);
        Path out = Path.of("target/bench/export-postgres.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static Optional<Long> serverPid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains("standalone-amparo")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    /** Heap in use (KB): survivor, eden and old generation, from {@code jstat -gc}. */
    private static long heapUsedKb(long pid) throws Exception {
        List<String> lines = run("jstat", "-gc", String.valueOf(pid));
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
        String home = System.getProperty("java.home");
        command[0] = Path.of(home, "bin", command[0]).toString();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            p.waitFor();
            return lines;
        }
    }
}
