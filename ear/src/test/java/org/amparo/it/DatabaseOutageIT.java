package org.amparo.it;

import org.junit.jupiter.api.parallel.Isolated;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for half a minute, as a database server does when it is restarted or its machine reboots: pages and
 * the API say "try again" ({@code 503}) instead of failing, the health check says the database is down, and once it is
 * back everything works again without restarting Amparo. Runs on the PostgreSQL pass only, where the test may stop and
 * start the local cluster (as CI does, as root).
 */
@Isolated("it stops PostgreSQL")
@Tag("slow")
class DatabaseOutageIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void whenTheDatabaseStopsEveryoneIsToldToTryAgainAndEverythingRecovers() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("amparo.db")), "the outage test stops PostgreSQL (-Dpostgres)");
        String[] versions = new File("/etc/postgresql").list();
        assumeTrue(versions != null && versions.length == 1, "a local PostgreSQL cluster to stop");
        assumeTrue(new File("/usr/bin/pg_ctlcluster").exists(), "pg_ctlcluster, to stop and start it");
        String version = versions[0];

        Http api = Http.api();
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");
        browser.postForm("/j_security_check", "j_username=caseworker&j_password=" + Http.DEMO_PASSWORD);
        assertThat(api.get("/api/v1/cases?size=1", "Authorization", CASEWORKER).statusCode()).isEqualTo(200);
        assertThat(browser.get("/cases/file.xhtml?id=1").statusCode()).isEqualTo(200);

        Instant stopped = Instant.now();
        try {
            assertThat(cluster(version, "stop")).as("PostgreSQL stopped").isZero();

            HttpResponse<String> apiAnswer = eventually(() -> api.get("/api/v1/cases?size=1", "Authorization", CASEWORKER),
                    r -> r.statusCode() == 503, Duration.ofSeconds(30));
            assertThat(apiAnswer.body()).contains("try again");
            assertThat(apiAnswer.headers().firstValue("Retry-After")).isPresent();

            HttpResponse<String> health = api.get("/api/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(Http.json(health).getJsonObject("database").getString("status")).isEqualTo("DOWN");

            HttpResponse<String> page = eventually(() -> browser.get("/cases/file.xhtml?id=1"), r -> r.statusCode() == 503,
                    Duration.ofSeconds(30));
            assertThat(page.body()).contains("not answering").doesNotContain("at org.amparo");

            long left = OUTAGE.minus(Duration.between(stopped, Instant.now())).toMillis();
            if (left > 0) {
                Thread.sleep(left);
            }
        } finally {
            cluster(version, "start");
        }

        HttpResponse<String> back = eventually(() -> api.get("/api/v1/cases?size=1", "Authorization", CASEWORKER),
                r -> r.statusCode() == 200, Duration.ofSeconds(120));
        assertThat(back.statusCode()).as("the API works again without a restart").isEqualTo(200);
        assertThat(eventually(() -> api.get("/api/health"), r -> r.statusCode() == 200, Duration.ofSeconds(60)).statusCode())
                .isEqualTo(200);
        assertThat(eventually(() -> browser.get("/cases/file.xhtml?id=1"), r -> r.statusCode() == 200, Duration.ofSeconds(60))
                .statusCode()).as("the same page session works again").isEqualTo(200);
    }

    private static int cluster(String version, String action) throws Exception {
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if ("start".equals(action)) {
            for (int i = 0; i < 60; i++) {
                Process ready = new ProcessBuilder("pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q").start();
                if (ready.waitFor(10, TimeUnit.SECONDS) && ready.exitValue() == 0) {
                    break;
                }
                Thread.sleep(500);
            }
        }
        return process.exitValue();
    }

    /** Asks until the answer is as expected or the time is up; returns the last answer. */
    private static HttpResponse<String> eventually(Supplier<HttpResponse<String>> ask,
                                                   java.util.function.Predicate<HttpResponse<String>> expected,
                                                   Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        HttpResponse<String> answer = ask.get();
        while (!expected.test(answer) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            answer = ask.get();
        }
        return answer;
    }
}
