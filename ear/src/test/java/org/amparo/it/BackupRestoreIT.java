package org.amparo.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented backup and restore (scripts/backup, scripts/restore) on PostgreSQL: a backup taken from the running
 * installation restores into a fresh database and documents folder, and holds every case, document and audit record
 * that was there, the document's encrypted bytes and the key ring that reads them.
 */
@Tag("slow")
class BackupRestoreIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithEveryCaseDocumentAndAuditRecord() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("amparo.db")), "backups are scripted for PostgreSQL (-Dpostgres)");
        Http api = Http.api();
        long id = Http.openCase("Respaldo" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "Ana");
        String document = Http.json(api.postBytes("/api/v1/cases/" + id + "/documents?fileName=scan.pdf",
                "%PDF-1.4\nrespaldo\n%%EOF".getBytes(StandardCharsets.US_ASCII), "application/pdf", "Authorization", CASEWORKER))
                .getJsonNumber("id").toString();

        Path target = Paths.get(System.getProperty("amparo.it.data")).getParent();
        Path backup = target.resolve("backup-it");
        Path documents = Paths.get(System.getProperty("amparo.it.serverData"), "amparo-documents");
        Path keys = Paths.get(System.getProperty("amparo.it.data"), "keys.properties");
        String source = System.getProperty("amparo.it.dbUrl");
        String restoredName = "amparo_restore_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String restored = source.substring(0, source.lastIndexOf('/') + 1) + restoredName;
        Path restoredDocuments = target.resolve("restore-it/documents");
        Path restoredKeys = target.resolve("restore-it/keys/keys.properties");
        deleteTree(backup);
        deleteTree(target.resolve("restore-it"));

        run(Map.of("AMPARO_DOCUMENTS_DIR", documents.toString(), "AMPARO_KEYS_FILE", keys.toString()),
                "../scripts/backup", backup.toString(), source);
        try {
            run(Map.of(), "../scripts/restore", backup.toString(), restored, restoredDocuments.toString(), restoredKeys.toString());

            Properties manifest = new Properties();
            manifest.load(Files.newBufferedReader(backup.resolve("data/manifest.properties")));
            assertThat(psql(restoredName, "select count(*) from detention_case")).isEqualTo(manifest.getProperty("cases"));
            assertThat(psql(restoredName, "select count(*) from case_document")).isEqualTo(manifest.getProperty("documents"));
            assertThat(Long.parseLong(psql(restoredName, "select count(*) from audit_event")))
                    .isGreaterThanOrEqualTo(Long.parseLong(manifest.getProperty("audit_events")));
            assertThat(psql(restoredName, "select count(*) from audit_event where subject_type = 'DetentionCase' and subject_id = '" + id + "'"))
                    .isNotEqualTo("0");
            String storageKey = psql(restoredName, "select storage_key from case_document where id = " + document);
            assertThat(Files.readAllBytes(restoredDocuments.resolve(storageKey))).isEqualTo(Files.readAllBytes(documents.resolve(storageKey)));
            for (String key : psql(restoredName, "select storage_key from case_document").split("\n")) {
                assertThat(restoredDocuments.resolve(key.strip())).as("every document's file is restored").exists();
            }
            assertThat(Files.readString(restoredKeys)).isEqualTo(Files.readString(keys));
        } finally {
            run(Map.of(), "dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", restoredName);
        }
    }

    private static String psql(String database, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "--no-password", "-tAc", sql, database)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as("psql " + sql).isZero();
        return out;
    }

    private static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
