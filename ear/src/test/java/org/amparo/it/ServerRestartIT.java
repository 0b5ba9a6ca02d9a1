package org.amparo.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import static org.amparo.it.CaseWorkflowIT.CASEWORKER;
import static org.amparo.it.CaseWorkflowIT.FACILITY_ZONE;
import static org.amparo.it.CaseWorkflowIT.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/**
 * Open tasks and pending hold timers live in the database, not in memory: after the server reloads (the engine and
 * the application restart), they are still there and the timers still due.
 */
@Order(SharedServer.LATE)
@ResourceLock(value = SharedServer.UP, mode = ResourceAccessMode.READ_WRITE)
class ServerRestartIT {

    private final Http api = Http.api();

    @Test
    void tasksAndPendingTimersSurviveAServerReload() throws Exception {
        long id = CaseWorkflowIT.openCase(api, null);
        LocalDateTime now = LocalDateTime.now(FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        CaseWorkflowIT.completeOk(api, CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1980-07-07","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":true}"""
                .formatted(now.minusHours(5), now.plusHours(60), now.minusHours(1)));
        assertThat(active(id)).contains("iceHoldCheck", "warningTimer", "expiryTimer");

        reloadServer();

        assertThat(active(id)).contains("iceHoldCheck", "warningTimer", "expiryTimer");
        CaseWorkflowIT.completeOk(api, CASEWORKER, id, "ICE_HOLD_CHECK",
                "{\"scheduledReleaseAt\":\"%s\",\"servedOnPerson\":true}".formatted(now.plusHours(60)));
        assertThat(active(id)).contains("attorneyReferral", "warningTimer", "expiryTimer");
    }

    private List<String> active(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId + "/process", "Authorization", SUPERVISOR))
                .getJsonArray("active").getValuesAs(JsonString::getString);
    }

    /** Reloads the provisioned server through its local management CLI, then waits until the API answers again. */
    private void reloadServer() throws Exception {
        File cli = new File(System.getProperty("amparo.jbossHome", "target/server"), "bin/jboss-cli.sh");
        assertThat(cli).as("the provisioned server's CLI").exists();
        Process reload = new ProcessBuilder(cli.getAbsolutePath(), "--connect", "--command=:reload")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(reload.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(reload.exitValue()).isZero();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Thread.sleep(3000);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = api.get("/api/health");
                if (health.statusCode() == 200 && !health.body().contains("DOWN")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the server is still reloading
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server did not come back within 5 minutes");
    }
}
