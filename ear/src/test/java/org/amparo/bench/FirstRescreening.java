package org.amparo.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * The server re-screens every open case once for its rule code, 20 seconds after its first start on a database. A
 * benchmark that writes its cases before that run has finished makes the run re-screen them all, on the benchmark's
 * time (and again at every later start, the run never having finished): 100,000 cases took a core through the dashboard's
 * and the export's timings. So the benchmarks wait for that first run before they write.
 */
final class FirstRescreening {

    private FirstRescreening() {
    }

    static void awaitRecorded(Connection db) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try (java.sql.PreparedStatement s = db.prepareStatement("select count(*) from screening_rerun where rules_version = ?")) {
                s.setString(1, org.amparo.rules.Screening.RULES_VERSION);
                ResultSet r = s.executeQuery();
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the server's first re-screening was not recorded within five minutes");
    }
}
