package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run after every integration test (its own failsafe execution, still against the started server): the server's log
 * holds no name or A-number of any person on file (the demo's and every one the tests wrote), and none of the note
 * and document markers the tests planted. Failed authorizations leave a line, not a stack trace.
 */
class ServerLogCheck {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    /** Markers the tests put in notes and documents (DataAtRestIT, CaseFileApiIT). */
    private static final List<String> PLANTED = List.of("NOTA-PRIVILEGIADA", "DOCUMENTO-MARCADOR", "Calle Marcador", "strategy ");

    @Test
    void theServerLogHoldsNoNameNumberOrNoteOfAnyoneOnFile() throws Exception {
        Path log = Paths.get(System.getProperty("amparo.it.serverLog"));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        String folded = text.toLowerCase(Locale.ROOT);

        List<String> leaks = new ArrayList<>();
        int people = 0;
        Http api = Http.api();
        for (int first = 0; ; first += 500) {
            JsonObject page = Http.json(api.get("/api/v1/cases?size=500&sort=ID&asc=true&first=" + first, "Authorization", SUPERVISOR));
            List<JsonObject> rows = page.getJsonArray("rows").getValuesAs(JsonObject.class);
            for (JsonObject row : rows) {
                people++;
                String family = row.isNull("familyName") ? null : row.getString("familyName");
                if (family != null && family.length() >= 6 && folded.contains(family.toLowerCase(Locale.ROOT))) {
                    leaks.add("name of case " + row.getJsonNumber("id"));
                }
                if (row.containsKey("aNumber") && !row.isNull("aNumber")) {
                    String formatted = row.getString("aNumber");
                    String digits = formatted.replaceAll("\\D", "");
                    if (text.contains(formatted) || text.contains(digits)) {
                        leaks.add("A-number of case " + row.getJsonNumber("id"));
                    }
                }
            }
            if (rows.size() < 500) {
                break;
            }
        }
        for (String marker : PLANTED) {
            if (text.contains(marker)) {
                leaks.add("planted marker " + marker.strip());
            }
        }
        System.out.printf("server log check: %d people on file, %d KB of log, %d leaks%n", people, text.length() / 1024, leaks.size());
        assertThat(people).as("people on file to look for").isGreaterThan(100);
        assertThat(leaks).as("personal data in " + log).isEmpty();
        assertThat(text).as("a refused call is a line, not a stack trace").doesNotContain("EJBAccessException: WFLYEJB0364");
    }
}
