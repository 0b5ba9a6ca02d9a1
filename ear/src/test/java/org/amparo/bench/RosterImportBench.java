package org.amparo.bench;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 7's import benchmark: a jail roster of {@code bench.roster.rows} rows (100,000 by default; a row per charge,
 * one to four rows per person, a third of the people with an ICE hold, a fifth with an A-number) is generated as XLSX,
 * previewed, then imported through the background import API, timed end to end, with the server's heap after a GC
 * before and after and at its most while the import runs. The baseline is the same file read by bare POI (its SAX
 * streaming reader) in this JVM. Run it on PostgreSQL ({@code -Dpostgres}) for the figures in the notes.
 */
class RosterImportBench {

    private static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");
    private static final String[] FACILITIES = {"Ejemplo County Jail (demo)", "Muestra County Detention Center (demo)",
            "Modelo County Jail (demo)"};
    private static final String[][] CHARGES = {{"DWI 2ND", "M"}, {"POSS CS PG1 <1G", "F"}, {"THEFT PROP >=$100<$750", "M"},
            {"DRIVING WHILE LICENSE INVALID", "M"}, {"ASSAULT CAUSES BODILY INJ", "M"}, {"BURGLARY OF HABITATION", "F"},
            {"CRIMINAL TRESPASS", "M"}, {"NO DRIVER'S LICENSE", "I"}};
    private static final String[] GIVEN = {"José", "María", "Luis", "Ana", "Juan", "Rosa", "Carlos", "Lucía", "Pedro", "Elena"};

    @Test
    void importAHundredThousandRowRoster() throws Exception {
        int rows = Integer.getInteger("bench.roster.rows", 100_000);
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        long g0 = System.nanoTime();
        byte[] roster = roster(rows, tag);
        double generated = (System.nanoTime() - g0) / 1e9;

        long b0 = System.nanoTime();
        long bareRows = bareRead(roster);
        double bare = (System.nanoTime() - b0) / 1e9;

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("supervisor:amparo-demo".getBytes(StandardCharsets.UTF_8));
        long p0 = System.nanoTime();
        HttpResponse<String> preview = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/imports/cases?fileName=roster.xlsx"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(roster)).build(),
                HttpResponse.BodyHandlers.ofString());
        double previewSeconds = (System.nanoTime() - p0) / 1e9;
        if (preview.statusCode() != 200) {
            throw new AssertionError("preview: " + preview.statusCode() + " " + preview.body());
        }

        ServerHeap heap = ServerHeap.ofRunningServer();
        long heapBefore = heap.afterGcMb();
        heap.startSampling();
        long t0 = System.nanoTime();
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/imports/cases?fileName=roster.xlsx&commit=true"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(roster)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new AssertionError("import did not start: " + started.body());
        }
        String id = value(started.body(), "id");
        String body = started.body();
        long lastReport = System.nanoTime();
        long heapMidway = -1;
        while (body.contains("\"RUNNING\"")) {
            Thread.sleep(500);
            body = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/imports/cases/jobs/" + id)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (heapMidway < 0 && value(body, "rowsDone").matches("\\d+") && value(body, "rowsTotal").matches("\\d+")
                    && Integer.parseInt(value(body, "rowsTotal")) > 0
                    && Integer.parseInt(value(body, "rowsDone")) * 2 >= Integer.parseInt(value(body, "rowsTotal"))) {
                heapMidway = heap.afterGcMb();
            }
            if (System.nanoTime() - lastReport > 30e9) {
                System.out.println("  ... " + value(body, "rowsDone") + " of " + value(body, "rowsTotal") + " rows");
                lastReport = System.nanoTime();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.close();
        long heapAfter = heap.afterGcMb();
        if (!body.contains("\"DONE\"")) {
            throw new AssertionError(body);
        }

        String report = String.format(Locale.ROOT, """
                Roster import benchmark (%s)
                  roster: %d rows, %d KB XLSX (generated in %.1f s)
                  result: %s new people, %s people on file, %s new cases, %s bookings on file, %s charges, %s ICE holds, %s problems
                  preview (read, normalise, group, match; nothing written): %.1f s = %.0f rows/s
                  import, background job, end to end (every case opened with its workflow and screening, one transaction): %.1f s = %.0f rows/s
                  server heap in use: %d MB after a GC before, %d MB after a GC half-way through, %d MB at the most during it (garbage included), %d MB after a GC after (retained growth %d MB)
                  baseline, bare POI (XSSFReader SAX) reading the same file in the benchmark's JVM: %d rows in %.2f s = %.0f rows/s
                """, System.getProperty("amparo.db", "h2"), rows, roster.length / 1024, generated,
                value(body, "newPeople"), value(body, "matchedPeople"), value(body, "newCases"), value(body, "matchedCases"),
                value(body, "newCharges"), value(body, "newHolds"), value(body, "problemCount"),
                previewSeconds, rows / previewSeconds, seconds, rows / seconds, heapBefore, heapMidway, heap.peakMb(), heapAfter,
                heapAfter - heapBefore, bareRows, bare, bareRows / bare);
        System.out.println(report);
        Path out = Path.of("target/bench/roster-import-" + System.getProperty("amparo.db", "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** A county roster: a title row, the header, then a row per charge. */
    static byte[] roster(int rows, String tag) throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = wb.createSheet("Roster");
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy"));
            CellStyle stamp = wb.createCellStyle();
            stamp.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy h:mm"));
            sheet.createRow(0).createCell(0).setCellValue("COUNTY SHERIFF - INMATE ROSTER (benchmark " + tag + ")");
            String[] labels = {"Inmate Name", "DOB", "A#", "Booking #", "Booking Date", "Facility", "Charge", "Degree",
                    "Disposition", "Disposition Date", "ICE Hold", "Detainer Date"};
            Row header = sheet.createRow(2);
            for (int i = 0; i < labels.length; i++) {
                header.createCell(i).setCellValue(labels[i]);
            }
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            int r = 3;
            int written = 0;
            for (int person = 0; written < rows; person++) {
                int charges = Math.min(1 + person % 4, rows - written);
                String name = ("BENCH" + tag + letters(person)).toUpperCase(Locale.ROOT) + ", " + GIVEN[person % GIVEN.length].toUpperCase(Locale.ROOT);
                LocalDateTime booked = now.minusDays(2 + person % 40).minusMinutes(person % 1440);
                for (int c = 0; c < charges; c++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(name);
                    row.createCell(1).setCellValue(java.time.LocalDate.of(1960, 1, 1).plusDays(person * 37L % 15000));
                    row.getCell(1).setCellStyle(day);
                    if (person % 5 == 0) {
                        row.createCell(2).setCellValue(String.format("A9%02d%06d", Math.abs(tag.hashCode()) % 100, person % 1_000_000));
                    }
                    row.createCell(3).setCellValue("BB" + tag + person);
                    row.createCell(4).setCellValue(booked);
                    row.getCell(4).setCellStyle(stamp);
                    row.createCell(5).setCellValue(FACILITIES[person % FACILITIES.length]);
                    String[] charge = CHARGES[(person + c) % CHARGES.length];
                    row.createCell(6).setCellValue(charge[0]);
                    row.createCell(7).setCellValue(charge[1]);
                    if ((person + c) % 6 == 0) {
                        row.createCell(8).setCellValue("Pled Guilty");
                        row.createCell(9).setCellValue(booked.toLocalDate().plusDays(1));
                        row.getCell(9).setCellStyle(day);
                    } else {
                        row.createCell(8).setCellValue("Pending");
                    }
                    if (person % 3 == 0) {
                        row.createCell(10).setCellValue("I-247A");
                        row.createCell(11).setCellValue(booked.plusHours(2));
                        row.getCell(11).setCellStyle(stamp);
                    } else {
                        row.createCell(10).setCellValue("N");
                    }
                    written++;
                }
            }
            wb.write(out);
            return out.toByteArray();
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** The rows of the file read with POI's own streaming reader, values formatted, nothing kept. */
    private static long bareRead(byte[] file) throws Exception {
        Path tmp = Files.createTempFile("roster", ".xlsx");
        try {
            Files.write(tmp, file);
            AtomicLong count = new AtomicLong();
            try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                XMLReader parser = factory.newSAXParser().getXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                                count.incrementAndGet();
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                            }
                        }, false));
                try (InputStream sheet = reader.getSheetsData().next()) {
                    parser.parse(new InputSource(sheet));
                }
            }
            return count.get();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String value(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
