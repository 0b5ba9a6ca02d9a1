package org.amparo.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * If the database, its backup or the server's disk leaks, the people in it cannot be found by what identifies them:
 * a case whose identifiers, contacts, note and document are planted markers leaves none of them in a {@code pg_dump}
 * (PostgreSQL) or in the database file (H2), nor in the documents folder, while the application still finds the case
 * by its A-number (whole and last four digits) and its booking number. Names stay searchable in clear by design (see
 * the README's threat model); the family name is the control that proves the scan reads what was written.
 */
class DataAtRestIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    @Test
    void aDumpOfTheDatabaseAndTheDocumentsFolderShowNoIdentifierButSearchStillFindsThem() throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String tag = "";
        for (int i = 0; i < 8; i++) {
            tag += (char) ('a' + r.nextInt(26));
        }
        String family = "Control" + tag;
        String digits = Http.newANumberDigits();
        String aNumber = "A-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        String booking = "BKM" + tag.toUpperCase() + digits.substring(5);
        String contact = "llamar-" + tag + "@example.org";
        String phone = "555" + digits.substring(0, 7);
        String address = "Calle Marcador " + tag;
        String note = "NOTA-PRIVILEGIADA-" + tag;
        String document = "DOCUMENTO-MARCADOR-" + tag;

        HttpResponse<String> opened = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"Rosa","dateOfBirth":"1991-02-03","aNumber":"%s","facilityId":1,
                 "bookingNumber":"%s","callerName":"Ana","callerRelation":"sister","callerContact":"%s"}"""
                .formatted(family, aNumber, booking, contact), "Authorization", CASEWORKER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = Http.json(opened).getJsonNumber("id").longValue();
        int version = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER))
                .getJsonObject("person").getInt("version");
        HttpResponse<String> person = api.putJson("/api/v1/cases/" + id + "/person", """
                {"version":%d,"familyName":"%s","givenNames":"Rosa","dateOfBirth":"1991-02-03","aNumber":"%s","phone":"%s","address":"%s"}"""
                .formatted(version, family, aNumber, phone, address), "Authorization", CASEWORKER);
        assertThat(person.statusCode()).as(person.body()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"" + note + "\",\"privileged\":true}",
                "Authorization", ATTORNEY).statusCode()).isEqualTo(201);
        byte[] pdf = ("%PDF-1.4\n" + document + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        assertThat(api.postBytes("/api/v1/cases/" + id + "/documents?fileName=scan.pdf", pdf, "application/pdf",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(201);

        // The application still finds and shows everything.
        assertThat(api.get("/api/v1/cases?search=" + aNumber, "Authorization", CASEWORKER).body()).contains(family);
        assertThat(api.get("/api/v1/cases?search=" + digits.substring(5), "Authorization", CASEWORKER).body()).contains(family);
        assertThat(api.get("/api/v1/cases?search=" + booking.toLowerCase(), "Authorization", CASEWORKER).body()).contains(family);
        assertThat(Http.caseFile(id, "attorney")).contains(phone, address, contact, booking);
        assertThat(api.get("/api/v1/cases/" + id + "/notes", "Authorization", ATTORNEY).body()).contains(note);

        List<String> secrets = List.of(digits, booking, contact, phone, address, note, document);
        byte[] database = databaseCopy(family);
        assertThat(contains(database, family)).as("the copy holds what was written (the name, in clear by design)").isTrue();
        for (String secret : secrets) {
            assertThat(contains(database, secret)).as("the database copy shows " + secret).isFalse();
        }

        Path documents = Paths.get(System.getProperty("amparo.it.serverData"), "amparo-documents");
        try (Stream<Path> files = Files.list(documents)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(contains(Files.readAllBytes(file), document)).as("document file " + file.getFileName()).isFalse();
                assertThat(Files.getPosixFilePermissions(file)).as("only the server's user reads " + file.getFileName())
                        .doesNotContain(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            }
        }
    }

    @Test
    void anIdentifiedExportWaitingForItsDownloadIsSealedAndPrivateOnDisk() throws Exception {
        String supervisor = basic("supervisor", Http.DEMO_PASSWORD);
        HttpResponse<String> started = api.postJson("/api/v1/exports/cases?mode=full", "", "Authorization", supervisor);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.json(started).getString("id");
        String state = "RUNNING";
        for (int i = 0; i < 240 && "RUNNING".equals(state); i++) {
            Thread.sleep(500);
            state = Http.json(api.get("/api/v1/exports/" + id, "Authorization", supervisor)).getString("state");
        }
        assertThat(state).isEqualTo("READY");

        // in the server's own folder among the export folder's (amparo-exports/<server name>/)
        Path waiting;
        try (var files = Files.walk(Paths.get(System.getProperty("amparo.it.serverData")).resolveSibling("tmp").resolve("amparo-exports"), 2)) {
            waiting = files.filter(f -> f.getFileName().toString().equals(id + ".xlsx")).findFirst().orElseThrow();
        }
        assertThat(Files.getPosixFilePermissions(waiting.getParent())).as("the server's export folder is its own")
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        byte[] onDisk = Files.readAllBytes(waiting);
        assertThat(new String(onDisk, 0, 14, StandardCharsets.US_ASCII)).as("sealed, not a bare workbook").isEqualTo("AMPARO-STREAM1");
        assertThat(Files.getPosixFilePermissions(waiting)).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        HttpResponse<byte[]> download = api.getBytes("/api/v1/exports/" + id + "/download", "Authorization", supervisor);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 2, StandardCharsets.US_ASCII)).as("the download is the workbook").isEqualTo("PK");
        assertThat(waiting).doesNotExist();
    }

    /** A dump (PostgreSQL) or the database file as a copy of it would hold it (H2), once it holds the control. */
    private static byte[] databaseCopy(String control) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        byte[] copy;
        do {
            copy = "postgres".equals(System.getProperty("amparo.db")) ? pgDump() : h2Files();
            if (contains(copy, control)) {
                return copy;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(until));
        return copy;
    }

    static byte[] pgDump() throws IOException, InterruptedException {
        String url = System.getProperty("amparo.it.dbUrl"); // jdbc:postgresql://127.0.0.1:5432/amparo_test
        String database = url.substring(url.lastIndexOf('/') + 1);
        Process dump = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--no-password", database)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out;
        try (InputStream in = dump.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(dump.waitFor()).as("pg_dump").isZero();
        return out;
    }

    private static byte[] h2Files() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Paths.get(System.getProperty("amparo.it.data")))) {
            walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("keys.properties")).forEach(files::add);
        }
        for (Path f : files) {
            all.write(Files.readAllBytes(f));
        }
        return all.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
