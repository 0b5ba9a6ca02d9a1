package org.amparo.it;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Screening results are stored on each case, so lists filter and sort by priority, finding and hold expiry. */
class CaseScreeningIT {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    /** Every stored priority value, highest first (each rule set's values in its own order). */
    private static final List<String> PRIORITIES = List.of("PRIORITY_1", "PRIORITY_2", "PRIORITY_3", "PRIORITY",
            "NATIONAL_SECURITY", "BORDER_SECURITY", "PUBLIC_SAFETY_REVIEW", "NOT_A_PRIORITY", "NO_PRIORITIES_IN_EFFECT");

    private List<JsonObject> rows(String query) {
        var response = api.get("/api/v1/cases?size=500&" + query, "Authorization", SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    @Test
    void aNewCaseIsScreenedWhenItIsOpened() {
        var created = api.postJson("/api/v1/cases", """
                {"familyName":"Ensayo","givenNames":"Zoé","dateOfBirth":"1995-02-03","facilityId":1}""",
                "Authorization", CASEWORKER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject c = Http.json(created);
        assertThat(c.getString("enforcementPriority")).as("judged today, under EO-2025-01-20").isEqualTo("NO_PRIORITIES_IN_EFFECT");
        assertThat(c.getString("dacaResult")).as("no arrival date or education yet").isEqualTo("UNKNOWN");
        assertThat(c.getJsonArray("findings")).isEmpty();
    }

    /**
     * A county without a detainer policy of its own, in a state whose law forbids holds: a hold its jail honoured
     * conflicts with the state's law, which the case's screening finds (DOMAIN.md section 5, the layers of policy).
     */
    @Test
    void aHoldHonouredByACountysJailConflictsWithItsStatesLaw() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String admin = basic("admin", Http.DEMO_PASSWORD);
        TestJurisdictions.jurisdiction("Estado " + tag + " (test)", "STATE", "OR", "STATE_NO_HOLDS");
        long county = TestJurisdictions.jurisdiction("Condado " + tag + " (test)", "COUNTY", "OR", "NONE");
        long jail = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Condado %s Jail (test)","type":"LOCAL_JAIL","city":"Condado","stateCode":"OR","timeZone":"America/Los_Angeles",\
                "jurisdictionId":%d}""".formatted(tag, county), "Authorization", admin))).getJsonNumber("id").longValue();
        long id = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Ensayo","givenNames":"Iñaki","dateOfBirth":"1990-04-05","facilityId":%d}""".formatted(jail),
                "Authorization", SUPERVISOR))).getJsonNumber("id").longValue();
        assertThat(findings(id)).as("no ICE document yet").isEmpty();

        created(api.postJson("/api/v1/cases/" + id + "/ice-requests", """
                {"formCode":"I_247A","issuedAt":"2026-11-20T10:00:00","honored":true,"notifiedIce":false}""",
                "Authorization", SUPERVISOR));
        assertThat(findings(id)).as("the state's law, not the county's silence").contains("POLICY_CONFLICT");
    }

    private List<String> findings(long caseId) {
        var response = api.get("/api/v1/cases/" + caseId, "Authorization", SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getJsonArray("findings").getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void theListFiltersByPriorityAndByFinding() {
        for (String priority : PRIORITIES) {
            assertThat(rows("priority=" + priority)).allSatisfy(r -> assertThat(r.getString("enforcementPriority")).isEqualTo(priority));
        }
        List<JsonObject> flagged = rows("finding=POLICY_CONFLICT");
        assertThat(flagged).isNotEmpty().allSatisfy(r -> assertThat(r.getJsonArray("findings").getValuesAs(
                jakarta.json.JsonString::getString)).contains("POLICY_CONFLICT"));
        assertThat(api.get("/api/v1/cases?finding=SOMETHING", "Authorization", SUPERVISOR).statusCode()).isEqualTo(400);
    }

    @Test
    void sortingByHoldExpiryPutsTheNextExpiryFirstAndCasesWithoutAHoldLast() {
        List<JsonObject> rows = rows("status=OPEN&sort=HOLD_EXPIRES_AT&asc=true");
        List<Instant> expiries = rows.stream().filter(r -> r.containsKey("holdExpiresAt"))
                .map(r -> Instant.parse(r.getString("holdExpiresAt"))).toList();
        assertThat(expiries).isNotEmpty().isSorted();
        int firstWithout = rows.stream().map(r -> r.containsKey("holdExpiresAt")).toList().indexOf(false);
        assertThat(firstWithout).as("cases with a hold come first").isEqualTo(firstWithout < 0 ? -1 : expiries.size());

        List<JsonObject> byPriority = rows("sort=PRIORITY&asc=true");
        assertThat(byPriority.stream().filter(r -> r.containsKey("enforcementPriority"))
                .map(r -> PRIORITIES.indexOf(r.getString("enforcementPriority"))).toList()).isNotEmpty().isSorted();
    }
}
