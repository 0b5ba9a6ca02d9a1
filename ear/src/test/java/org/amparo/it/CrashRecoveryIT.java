package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Issue 19's crash safety: the server is killed ({@code kill -9}) in the middle of a roster import and a background
 * export, then started again as the build started it. Nothing of the import stays (it is one transaction) and its
 * job shows as failed with a message; the export is failed or, if it had finished, its file is not offered after the
 * restart (exports never survive one). A slow suite: it runs once per CI run, on the PostgreSQL pass.
 */
@Tag("slow")
class CrashRecoveryIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private final Http api = Http.api();

    @Test
    void killedMidImportAndMidExportNothingHalfDoneStaysAndTheJobsSaySo() throws Exception {
        assumeThat(System.getProperty("amparo.db")).as("the crash suite runs on the PostgreSQL pass").isEqualTo("postgres");
        String javaOpts = System.getProperty("amparo.it.serverJavaOpts");
        assumeThat(javaOpts).as("the server's start options, from the build").isNotBlank();

        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        StringBuilder roster = new StringBuilder("Last Name,First Name,DOB,Booking #,Facility,Charge,Level\n");
        for (int i = 0; i < 3000; i++) {
            roster.append("Caida").append(tag).append(Integer.toString(i, 26).replace('0', 'z')).append(",Ana,1/2/1990,CR")
                    .append(tag).append(i).append(",Ejemplo County Jail,Theft,M\n");
        }
        HttpResponse<String> started = api.postBytes("/api/v1/imports/cases?commit=true", roster.toString().getBytes(StandardCharsets.UTF_8),
                "application/octet-stream", "Authorization", CASEWORKER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String importId = Http.json(started).getString("id");
        HttpResponse<String> export = api.postJson("/api/v1/exports/cases?mode=full", "", "Authorization", SUPERVISOR);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(202);
        String exportId = Http.json(export).getString("id");

        // Wait until the import is under way (rows done, not finished), then kill the server outright.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonObject job = Http.json(api.get("/api/v1/imports/cases/jobs/" + importId, "Authorization", CASEWORKER));
            assertThat(job.getString("state")).as("the import must still be running when the server is killed").isEqualTo("RUNNING");
            if (job.getInt("rowsDone") > 0 || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(100);
        }
        killServer();
        startServer(javaOpts);

        JsonObject job = Http.json(api.get("/api/v1/imports/cases/jobs/" + importId, "Authorization", CASEWORKER));
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("error", "")).as("the job says why, in words").isNotBlank();
        HttpResponse<String> imported = api.get("/api/v1/cases?search=caida" + tag, "Authorization", SUPERVISOR);
        assertThat(Http.json(imported).getJsonNumber("total").longValue()).as("nothing of the import stays").isZero();

        HttpResponse<String> exportJob = api.get("/api/v1/exports/" + exportId, "Authorization", SUPERVISOR);
        if (exportJob.statusCode() == 200) {
            assertThat(Http.json(exportJob).getString("state", "")).as("a killed export is failed, a finished one is not kept")
                    .isIn("FAILED", "READY");
        } else {
            assertThat(exportJob.statusCode()).as("an export from before the crash is gone").isIn(404, 410);
        }
        assertThat(api.getBytes("/api/v1/exports/" + exportId + "/download", "Authorization", SUPERVISOR).statusCode())
                .as("no file of an export from before the crash is offered").isNotEqualTo(200);
    }

    /** Kills the provisioned server's JVM with SIGKILL, as a power cut or the OOM killer would. */
    private static void killServer() throws Exception {
        String home = new File(System.getProperty("amparo.jbossHome", "target/server")).getCanonicalPath();
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(home)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no server process under " + home));
        server.destroyForcibly();
        assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /** Starts the server again with the build's options and configuration; waits until the API answers. */
    private void startServer(String javaOpts) throws Exception {
        File home = new File(System.getProperty("amparo.jbossHome", "target/server")).getCanonicalFile();
        ProcessBuilder start = new ProcessBuilder(new File(home, "bin/standalone.sh").getPath(), "-c",
                System.getProperty("amparo.it.serverConfig", "standalone.xml"));
        start.environment().put("JAVA_OPTS", javaOpts);
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
}
