package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deleted case's person is gone from the duplicate check and from search at once, and once the retention policy
 * runs, from the case file and its history too: identifiers, notes and documents removed, the facts kept. Only an
 * administrator runs it, a day sooner than the policy only with the number of people it reaches, and each run is
 * audited.
 */
class RetentionIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    @Test
    void aDeletedCasesPersonLeavesTheDuplicateCheckAndRetentionRemovesTheirIdentifiersFromTheHistoryToo() throws Exception {
        String digits = Http.newANumberDigits();
        String family = "Olvido" + digits.substring(3);
        HttpResponse<String> opened = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"Ines","dateOfBirth":"1985-05-06","aNumber":"%s","facilityId":1,
                 "bookingNumber":"RET%s","callerName":"Tia","callerContact":"tia-%s@example.org"}"""
                .formatted(family, digits, digits.substring(5), digits), "Authorization", CASEWORKER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = Http.json(opened).getJsonNumber("id").longValue();
        int version = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER)).getJsonObject("person").getInt("version");
        assertThat(api.putJson("/api/v1/cases/" + id + "/person", """
                {"version":%d,"familyName":"%s","givenNames":"Inés María","dateOfBirth":"1985-05-06","phone":"555%s"}"""
                .formatted(version, family, digits.substring(0, 7)), "Authorization", CASEWORKER).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"olvido nota " + digits + "\"}",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(201);
        assertThat(api.postBytes("/api/v1/cases/" + id + "/documents?fileName=scan.pdf", "%PDF-1.4\nx\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                "application/pdf", "Authorization", CASEWORKER).statusCode()).isEqualTo(201);
        String duplicateCheck = """
                {"familyName":"%s","dateOfBirth":"1985-05-06","aNumber":"%s","facilityId":1}""".formatted(family, digits);
        assertThat(api.postJson("/api/v1/cases/duplicates", duplicateCheck, "Authorization", CASEWORKER).body()).contains(family);

        assertThat(api.delete("/api/v1/cases/" + id + "?reason=duplicate", "Authorization", ADMIN).statusCode()).isEqualTo(204);
        assertThat(api.postJson("/api/v1/cases/duplicates", duplicateCheck, "Authorization", CASEWORKER).body()).doesNotContain(family);
        assertThat(api.get("/api/v1/cases?search=" + digits, "Authorization", SUPERVISOR).body()).doesNotContain(family);

        assertThat(api.postJson("/api/v1/admin/retention/run", "", "Authorization", SUPERVISOR).statusCode()).isEqualTo(403);
        HttpResponse<String> status = api.get("/api/v1/admin/retention", "Authorization", ADMIN);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        // A day later than the policy's cutoff anonymises people the policy keeps: only with their number, as counted.
        String tomorrow = "closedBefore=" + LocalDate.now().plusDays(1);
        long due = Http.json(api.get("/api/v1/admin/retention?" + tomorrow, "Authorization", ADMIN)).getJsonNumber("peopleDue").longValue();
        assertThat(due).isGreaterThanOrEqualTo(1);
        for (String confirmation : new String[]{"", "&confirmPeople=" + (due + 1)}) {
            HttpResponse<String> refused = api.postJson("/api/v1/admin/retention/run?" + tomorrow + confirmation, "", "Authorization", ADMIN);
            Http.assertField(refused, "confirmPeople");
            assertThat(refused.body()).contains("confirmPeople=" + due);
        }
        assertThat(Http.json(api.get("/api/v1/admin/retention?" + tomorrow, "Authorization", ADMIN)).getJsonNumber("peopleDue")
                .longValue()).as("nothing anonymised by a refused run").isEqualTo(due);
        HttpResponse<String> run = api.postJson("/api/v1/admin/retention/run?" + tomorrow + "&confirmPeople=" + due, "",
                "Authorization", ADMIN);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(Http.json(run).getJsonNumber("people").longValue()).isGreaterThanOrEqualTo(1);

        // What is left of the person, history included, shows none of what identified them (a logical dump shows
        // exactly what is stored; H2's file keeps old page versions until it compacts, so it is not read here).
        if ("postgres".equals(System.getProperty("amparo.db"))) {
            String dump = new String(DataAtRestIT.pgDump(), StandardCharsets.UTF_8);
            assertThat(dump).doesNotContain(family).doesNotContain("Inés María");
        }
        assertThat(api.get("/api/v1/audit?size=5&user=admin", "Authorization", ADMIN).body()).contains("retention.run");
    }

    @Test
    void theEnforcementReportThatNamedThemKeepsTheEventButNotWhoWasTakenNorWhoCalled() throws Exception {
        String family = "Redadaolvido" + Http.newANumberDigits().substring(3);
        HttpResponse<String> filed = api.postJson("/api/v1/hotline/reports", """
                {"place":"Calle 9","jurisdictionId":1,"iceActivities":["RAID"],"agencies":["ICE"],"callerConsented":true,
                 "callerName":"Testigo %s","callerContact":"555-0199","people":[{"familyName":"%s","givenNames":"Rosa",
                 "description":"red jacket %s"}]}""".formatted(family, family, family), "Authorization", CASEWORKER);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long report = Http.json(filed).getJsonNumber("id").longValue();
        HttpResponse<String> opened = api.postJson("/api/v1/hotline/reports/" + report + "/people",
                "{\"person\":0,\"facilityId\":1}", "Authorization", CASEWORKER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = Http.json(opened).getJsonNumber("caseId").longValue();
        assertThat(api.delete("/api/v1/cases/" + caseId + "?reason=duplicate", "Authorization", ADMIN).statusCode()).isEqualTo(204);

        anonymiseEveryoneClosedBeforeTomorrow();

        JsonObject read = Http.json(api.get("/api/v1/hotline/reports/" + report, "Authorization", SUPERVISOR));
        assertThat(read.getString("place")).as("the event stays, evidence of the raid").isEqualTo("Calle 9");
        JsonObject person = read.getJsonArray("people").getJsonObject(0);
        assertThat(person.getString("familyName")).isEqualTo("Anonymized");
        assertThat(person.toString()).as("no given names, no description").doesNotContain("Rosa").doesNotContain("red jacket");
        assertThat(!read.containsKey("callerName") || read.isNull("callerName")).as("nor who called about them").isTrue();
        assertThat(Http.json(api.get("/api/v1/search?q=" + family, "Authorization", SUPERVISOR)).getJsonArray("reports"))
                .as("the report is no longer found by their name").isEmpty();
        if ("postgres".equals(System.getProperty("amparo.db"))) {
            assertThat(new String(DataAtRestIT.pgDump(), StandardCharsets.UTF_8)).doesNotContain(family);
        }
    }

    /** Runs the policy a day ahead, confirmed with the number counted, until no one closed before tomorrow is left. */
    private void anonymiseEveryoneClosedBeforeTomorrow() {
        String tomorrow = "closedBefore=" + LocalDate.now().plusDays(1);
        for (int run = 0; run < 10; run++) {
            long due = Http.json(api.get("/api/v1/admin/retention?" + tomorrow, "Authorization", ADMIN)).getJsonNumber("peopleDue").longValue();
            if (due == 0) {
                return;
            }
            HttpResponse<String> done = api.postJson("/api/v1/admin/retention/run?" + tomorrow + "&confirmPeople=" + due, "",
                    "Authorization", ADMIN);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        throw new AssertionError("people still due after ten runs");
    }
}
