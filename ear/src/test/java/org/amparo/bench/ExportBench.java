package org.amparo.bench;

import static org.assertj.core.api.Assumptions.assumeThat;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's export benchmark: on PostgreSQL after {@link CaseListBench} has written its 100,000 cases (it writes them
 * if they are missing); on H2 over the cases already in the database (another benchmark's data set, NameSearchBench's
 * million, say): a full case-list export through the background-export API, timed end to end, with the
 * server's heap sampled by {@code jstat} meanwhile (after a {@code jcmd GC.run}) for its growth; then, as the baseline,
 * the same number of rows of the export's 21 cells, typed alike, written by bare POI SXSSF in this JVM (the faster of two runs,
 * the first warming it up).
 */
class ExportBench {

    /** The identified case export's columns: 16 worded, then 5 codes. */
    private static final int COLUMNS = 21;

    private static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");

    @Test
    void exportAHundredThousandCases() throws Exception {
        boolean postgres = "postgres".equals(System.getProperty("amparo.db"));
        if (postgres) {
            new CaseListBench().caseListSearchAndCaseFileOnAHundredThousandCases();
        }
        HttpClient client = HttpClient.newBuilder().build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("supervisor:amparo-demo".getBytes(StandardCharsets.UTF_8));
        // A personal access token: polling with the password made the server check a bcrypt hash ten times a second, a
        // whole core beside the export.
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ExportBench\",\"days\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 201) {
            throw new AssertionError("no token: " + token.body());
        }
        String auth = "Bearer " + token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        // A first export warms the server's compiled code up, as the baseline's first run does its own. Then three
        // rounds of an export and the bare baseline in turn, each figure the median of its three (on two cores one run
        // of either varied by a tenth from the next), and one more export for the server's heap: the sampler's jstat
        // is a JVM of its own, whose work beside a timed export slowed it down.
        Export cold = export(client, auth);
        assumeThat(cold.rows()).as("cases in the database to export (on H2, another benchmark's data set)").isGreaterThan(1000);
        bareSxssf(cold.rows());
        List<Export> warm = new ArrayList<>();
        List<Double> bares = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            warm.add(export(client, auth));
            bares.add(bareSxssf(cold.rows()));
        }
        ServerHeap heap = ServerHeap.ofRunningServer();
        long heapBefore = heap.afterGcMb();
        heap.startSampling();
        Export sampled = export(client, auth);
        heap.close();
        long heapAfter = heap.afterGcMb();
        double seconds = warm.stream().map(Export::seconds).sorted().toList().get(1);
        long rows = warm.get(0).rows();
        double bare = bares.stream().sorted().toList().get(1);
        String rounds = String.format(Locale.ROOT, "exports %s s, baselines %s s; the export the heap was sampled in %.2f s",
                warm.stream().map(e -> String.format(Locale.ROOT, "%.2f", e.seconds())).toList(),
                bares.stream().map(b -> String.format(Locale.ROOT, "%.2f", b)).toList(), sampled.seconds());

        String report = String.format(Locale.ROOT, """
                Export benchmark (%s)
                  full case-list export, background job, end to end: %d rows in %.1f s = %.0f rows/s (%d KB file; the first export, warming up: %.1f s)
                  server heap in use: %d MB after a GC before, %d MB at the most during it (garbage included), %d MB after a GC after (retained growth %d MB)
                  baseline, bare POI SXSSF in the benchmark's JVM, %d rows x %d cells of the same types: %.1f s = %.0f rows/s (export at %.2fx the baseline)
                  (medians of three rounds of each, in turn: %s)
                """, postgres ? "PostgreSQL" : "H2, embedded", rows, seconds, rows / seconds, warm.get(0).bytes() / 1024, cold.seconds(), heapBefore, heap.peakMb(),
                heapAfter, heapAfter - heapBefore, rows, COLUMNS, bare, rows / bare, (rows / seconds) / (rows / bare), rounds);
        System.out.println(report);
        Path out = Path.of("target/bench/export-" + (postgres ? "postgres" : "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Seconds bare SXSSF takes to write {@code rows} rows of the export's cells. */
    private static double bareSxssf(long rows) throws java.io.IOException {
        long b0 = System.nanoTime();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (OutputStream out = OutputStream.nullOutputStream()) {
            SXSSFSheet sheet = wb.createSheet("Cases");
            org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            org.apache.poi.ss.usermodel.CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            // The export's cells, typed as it types them: the id a number, date of birth a date, opened and hold expiry
            // dates with times, the other 17 text of about the same length.
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS; c++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (c == 0) {
                        cell.setCellValue(r * 31L);
                    } else if (c == 3) {
                        cell.setCellValue(LocalDate.of(1970, 1, 1).plusDays(r % 12000));
                        cell.setCellStyle(date);
                    } else if (c == 11 || c == 14) {
                        cell.setCellValue(LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(r));
                        cell.setCellStyle(dateTime);
                    } else {
                        cell.setCellValue(c % 2 == 0 ? "Nombre " + r : "Valor de la columna " + c);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return (System.nanoTime() - b0) / 1e9;
    }

    /** One export's time end to end (start, progress polled, download), its rows and its file's size. */
    private record Export(double seconds, long rows, long bytes) {
    }

    private static Export export(HttpClient client, String auth) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/exports/cases?mode=full"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new AssertionError("export did not start: " + started.body());
        }
        String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String body = "";
        while (!body.contains("\"READY\"")) {
            Thread.sleep(100);
            body = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/exports/" + id)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"FAILED\"")) {
                throw new AssertionError(body);
            }
        }
        HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/exports/" + id + "/download"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Export(seconds, Long.parseLong(body.replaceAll(".*\"rowsWritten\":(\\d+).*", "$1")), file.body().length);
    }
}
