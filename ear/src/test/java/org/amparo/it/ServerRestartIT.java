package org.amparo.it;

import org.junit.jupiter.api.Order;
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
        signInAgainAndHaveASessionEnded();

        long stoppedIn = reloadServer();

        // A session begun in the request that ended another is never closed by WildFly's distributable session manager,
        // and each stop or redeploy then waited a minute for it (60.7 s instead of under 2): of the three ways a session
        // ends on the way to a new one above, two begin the new one in a request of its own and the third keeps the
        // emptied session under a new id.
        assertThat(stoppedIn).as("the application stopped at once, waiting for no session left open (ms)").isLessThan(30_000);

        assertThat(active(id)).contains("iceHoldCheck", "warningTimer", "expiryTimer");
        CaseWorkflowIT.completeOk(api, CASEWORKER, id, "ICE_HOLD_CHECK",
                "{\"scheduledReleaseAt\":\"%s\",\"servedOnPerson\":true}".formatted(now.plusHours(60)));
        assertThat(active(id)).contains("attorneyReferral", "warningTimer", "expiryTimer");
    }

    private List<String> active(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId + "/process", "Authorization", SUPERVISOR))
                .getJsonArray("active").getValuesAs(JsonString::getString);
    }

    /**
     * A person signs in again while signed in (as someone else: the old session ends); an administrator ends another
     * person's session, whose next page is the sign-in, and then the session of that person's API client, which keeps
     * cookies and signs each call in with Basic: its next call is signed in anew, under a new session id.
     */
    private void signInAgainAndHaveASessionEnded() {
        Http desk = Http.browser();
        assertThat(desk.postForm("/j_security_check", "j_username=caseworker&j_password=" + Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        String asSupervisor = "j_username=supervisor&j_password=" + Http.DEMO_PASSWORD;
        HttpResponse<String> again = desk.postForm("/j_security_check", asSupervisor);
        assertThat(again.statusCode()).as("the old session ended; the form is posted again").isEqualTo(307);
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("/amparo/signin");
        assertThat(desk.postForm("/signin", asSupervisor).statusCode()).isEqualTo(302);
        assertThat(desk.get("/api/v1/accounts/me").body()).contains("\"username\":\"supervisor\"");

        String attorney = TestAccounts.newUsername();
        TestAccounts.userWithOwnPassword(attorney, "attorney");
        Http other = Http.browser();
        assertThat(other.postForm("/j_security_check", "j_username=" + attorney + "&j_password="
                + java.net.URLEncoder.encode(TestAccounts.OWN, java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(302);
        String admin = Http.basic("admin", Http.DEMO_PASSWORD);
        String handle = Http.jsonArray(api.get("/api/v1/accounts/sessions", "Authorization", admin)).getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(s -> s.getString("username").equals(attorney) && s.getString("via").equals("page"))
                .map(s -> s.getString("handle")).findFirst().orElseThrow();
        assertThat(api.delete("/api/v1/accounts/sessions/" + handle, "Authorization", admin).statusCode()).isEqualTo(204);
        assertThat(other.getAfterEndedSession("/cases/list.xhtml").body()).contains("j_security_check");

        // An API client that keeps cookies and signs each call in with Basic: its session ended, its next call is signed
        // in anew (in the same session under a new id, not a session begun after invalidating one).
        Http client = Http.browser();
        String asAttorney = Http.basic(attorney, TestAccounts.OWN);
        List<String> before = apiSessionsOf(attorney, admin);
        HttpResponse<String> first = client.get("/api/v1/accounts/me", "Authorization", asAttorney);
        assertThat(first.statusCode()).isEqualTo(200);
        List<String> clients = new java.util.ArrayList<>(apiSessionsOf(attorney, admin));
        clients.removeAll(before);
        assertThat(clients).as("the client's session").hasSize(1);
        assertThat(api.delete("/api/v1/accounts/sessions/" + clients.get(0), "Authorization", admin).statusCode()).isEqualTo(204);
        HttpResponse<String> afterEnded = client.get("/api/v1/accounts/me", "Authorization", asAttorney);
        assertThat(afterEnded.statusCode()).as(afterEnded.body()).isEqualTo(200);
        assertThat(afterEnded.body()).contains("\"username\":\"" + attorney + "\"");
        String oldId = sessionCookie(first);
        assertThat(sessionCookie(afterEnded)).as("signed in anew under another session id").isNotEqualTo(oldId);
        assertThat(Http.api().get("/api/v1/accounts/me", "Cookie", oldId).statusCode()).as("the ended session's id opens nothing")
                .isEqualTo(401);
        List<String> now = new java.util.ArrayList<>(apiSessionsOf(attorney, admin));
        now.removeAll(before);
        assertThat(now).as("one session of the client's, not the ended one").hasSize(1).doesNotContain(clients.get(0));
    }

    private List<String> apiSessionsOf(String username, String admin) {
        return Http.jsonArray(api.get("/api/v1/accounts/sessions", "Authorization", admin)).getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(s -> s.getString("username").equals(username) && s.getString("via").equals("api"))
                .map(s -> s.getString("handle")).toList();
    }

    /** The {@code JSESSIONID=...} pair the answer set. */
    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.contains(";") ? c.indexOf(';') : c.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
    }

    /**
     * Reloads the provisioned server through its local management CLI, then waits until the API answers again; how long
     * the application took to stop, from the server's log ({@code WFLYSRV0050 ... stopped in N ms}).
     */
    private long reloadServer() throws Exception {
        java.nio.file.Path log = ServerProcess.home().toPath().resolve("standalone/log/server.log");
        long from = java.nio.file.Files.size(log);
        File cli = new File(System.getProperty("amparo.jbossHome", "target/server"), "bin/jboss-cli.sh");
        assertThat(cli).as("the provisioned server's CLI").exists();
        Thread dumps = ServerProcess.dumpIfStopIsSlow("reload");
        try {
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
                        return stopTime(log, from);
                    }
                } catch (RuntimeException notYet) {
                    // the server is still reloading
                }
                Thread.sleep(1000);
            }
            throw new AssertionError("the server did not come back within 5 minutes");
        } finally {
            dumps.interrupt();
        }
    }

    private static long stopTime(java.nio.file.Path log, long from) {
        String since = ServerProcess.readFrom(log, from);
        java.util.regex.Matcher stopped = java.util.regex.Pattern.compile("WFLYSRV0050: .* stopped in (\\d+)ms").matcher(since);
        assertThat(stopped.find()).as("the server's log says how long the reload's stop took").isTrue();
        return Long.parseLong(stopped.group(1));
    }
}
