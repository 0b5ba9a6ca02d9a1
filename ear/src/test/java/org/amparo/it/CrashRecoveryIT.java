package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19's crash safety: the server is killed ({@code kill -9}) in the middle of a roster import, and again in the
 * middle of a background export, each time started again as it was started. Nothing of the import stays (it is one transaction) and its
 * job shows as failed with a message; the export is failed or, if it had finished, its file is not offered after the
 * restart (exports never survive one). A slow suite: it runs once per CI run, on the PostgreSQL pass, on a server of
 * its own ({@link CrashNode}), beside the one thread's suites.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(CrashNode.LOCK)
class CrashRecoveryIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private final Http api = Http.api();

    @Test
    void killedMidImportAndMidExportNothingHalfDoneStaysAndTheJobsSaySo() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("amparo.db")), "the crash suite runs on the PostgreSQL pass");
        assumeTrue(ServerProcess.javaOpts() != null && !ServerProcess.javaOpts().isBlank(), "the server's start options, from the build");

        String server = CrashNode.up(api);
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        StringBuilder roster = new StringBuilder("Last Name,First Name,DOB,Booking #,Facility,Charge,Level\n");
        for (int i = 0; i < 3000; i++) {
            roster.append("Caida").append(tag).append(Integer.toString(i, 26).replace('0', 'z')).append(",Ana,1/2/1990,CR")
                    .append(tag).append(i).append(",Ejemplo County Jail,Theft,M\n");
        }
        HttpResponse<String> started = api.postBytes(server + "/api/v1/imports/cases?commit=true", roster.toString().getBytes(StandardCharsets.UTF_8),
                "application/octet-stream", "Authorization", CASEWORKER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String importId = Http.json(started).getString("id");
        // Wait until the import is under way (rows done, not finished), then kill the server outright.
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonObject job = Http.json(api.get(server + "/api/v1/imports/cases/jobs/" + importId, "Authorization", CASEWORKER));
            assertThat(job.getString("state")).as("the import must still be running when the server is killed").isEqualTo("RUNNING");
            if (job.getInt("rowsDone") > 0 || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(100);
        }
        CrashNode.kill();
        CrashNode.start(api);

        JsonObject job = Http.json(api.get(server + "/api/v1/imports/cases/jobs/" + importId, "Authorization", CASEWORKER));
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("error", "")).as("the job says why, in words").isNotBlank();
        HttpResponse<String> imported = api.get(server + "/api/v1/cases?search=caida" + tag, "Authorization", SUPERVISOR);
        assertThat(Http.json(imported).getJsonNumber("total").longValue()).as("nothing of the import stays").isZero();

        // Mid-export: an export of the server's cases (its 300 demo cases), killed as soon as it is seen under way. A small
        // export can finish between two looks; then it is a finished one, whose file must not outlive the restart either,
        // and another is started, until one is caught under way.
        String exportId = null;
        String finished = null;
        for (int attempt = 0; attempt < 10 && exportId == null; attempt++) {
            HttpResponse<String> export = api.postJson(server + "/api/v1/exports/cases?mode=full", "", "Authorization", SUPERVISOR);
            assertThat(export.statusCode()).as(export.body()).isEqualTo(202);
            String id = Http.json(export).getString("id");
            long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            String state = "RUNNING";
            while ("RUNNING".equals(state) && System.nanoTime() < until) {
                state = Http.json(api.get(server + "/api/v1/exports/" + id, "Authorization", SUPERVISOR)).getString("state", "");
                if ("RUNNING".equals(state)) {
                    CrashNode.kill();
                    exportId = id;
                    break;
                }
            }
            if (exportId == null) {
                finished = id;
            }
        }
        assertThat(exportId).as("an export was caught under way in 10 tries").isNotNull();
        CrashNode.start(api);
        for (String id : finished == null ? java.util.List.of(exportId) : java.util.List.of(exportId, finished)) {
            HttpResponse<String> exportJob = api.get(server + "/api/v1/exports/" + id, "Authorization", SUPERVISOR);
            if (exportJob.statusCode() == 200) {
                assertThat(Http.json(exportJob).getString("state", "")).as("a killed export is failed, a finished one is not kept")
                        .isEqualTo(id.equals(exportId) ? "FAILED" : "READY");
            } else {
                assertThat(exportJob.statusCode()).as("an export from before the crash is gone").isIn(404, 410);
            }
            assertThat(api.getBytes(server + "/api/v1/exports/" + id + "/download", "Authorization", SUPERVISOR).statusCode())
                    .as("no file of an export from before the crash is offered").isNotEqualTo(200);
        }
        CrashNode.logsNeverName("Caida" + tag);
    }
}
