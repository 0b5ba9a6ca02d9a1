package org.amparo.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy map's data ({@code GET /api/v1/map/jurisdictions}) and one jurisdiction's page
 * ({@code GET /api/v1/jurisdictions/{id}}), issue 15 item 5 and issue 14 item 1: the demo jurisdictions keyed by their
 * FIPS codes with their policy in words; the layers' counts; FIPS codes checked and kept; the policy's history from the
 * audit revisions; names of people only for roles that work cases, and only the cases they work.
 */
class MapIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private final Http api = Http.api();

    @Test
    void theDemoJurisdictionsAreKeyedByFipsCodeWithTheirPolicyInWordsAndTheLegendInTheMapKeysOrder() {
        JsonObject map = map("", STAFF);
        assertThat(map.getString("layer")).isEqualTo("policy");
        JsonObject mapped = map.getJsonObject("jurisdictions");
        assertThat(mapped.keySet()).contains("06029", "48141", "1714000", "13121");
        JsonObject ejemplo = mapped.getJsonObject("06029");
        assertThat(ejemplo.getString("name")).isEqualTo("Ejemplo County (demo)");
        assertThat(ejemplo.getString("policy")).isEqualTo("LOCAL_NO_HOLDS");
        assertThat(ejemplo.getString("policyLabel")).isEqualTo("Local policy against holds");
        assertThat(ejemplo.getString("level")).isEqualTo("COUNTY");
        assertThat(ejemplo.getJsonNumber("openCases").longValue()).as("staff count every case").isPositive();
        assertThat(ejemplo.containsKey("has287g")).isTrue();
        JsonObject prueba = mapped.getJsonObject("1714000");
        assertThat(prueba.getString("level")).isEqualTo("CITY");
        assertThat(prueba.getJsonNumber("latitude").doubleValue()).isBetween(41.0, 43.0);
        assertThat(prueba.getString("policy")).isEqualTo("NO_HOLDS_NO_ACCESS_NO_NOTIFICATION");

        List<String> legend = map.getJsonArray("legend").getValuesAs(JsonObject.class).stream().map(l -> l.getString("code")).toList();
        assertThat(legend).as("every policy, the toolkit's map key first").containsExactly("NONE", "STATE_NO_HOLDS",
                "LOCAL_NO_HOLDS", "NO_HOLDS_NO_NOTIFICATION", "NO_HOLDS_NO_ACCESS", "NO_HOLDS_NO_ACCESS_NO_NOTIFICATION",
                "HOLDS_ONLY_WITH_JUDICIAL_WARRANT", "HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS", "STATE_REQUIRES_HONORING_DETAINERS");

        JsonObject spanish = map("?lang=es", CASEWORKER).getJsonObject("jurisdictions").getJsonObject("06029");
        assertThat(spanish.getString("policyLabel")).isNotEqualTo("Local policy against holds").isNotBlank();
        assertThat(spanish.getString("policy")).isEqualTo("LOCAL_NO_HOLDS");
    }

    @Test
    void theReportsLayerCountsTheReportsOfThePeriodButNotFalseOnes() {
        long ejemplo = ejemploId();
        long before = map("?layer=reports", STAFF).getJsonObject("jurisdictions").getJsonObject("06029").getJsonNumber("reports").longValue();
        long real = fileReport(ejemplo);
        long fake = fileReport(ejemplo);
        assertThat(api.putJson("/api/v1/hotline/reports/" + fake + "/verification",
                "{\"state\":\"FALSE_REPORT\",\"method\":\"Called the school: no agents\"}", "Authorization", SUPERVISOR).statusCode())
                .isEqualTo(200);
        JsonObject after = map("?layer=reports", STAFF).getJsonObject("jurisdictions").getJsonObject("06029");
        assertThat(after.getJsonNumber("reports").longValue()).isEqualTo(before + 1);
        assertThat(after.getJsonNumber("currentAlerts").longValue()).isPositive();
        assertThat(after.containsKey("openCases")).as("only the layer's figures").isFalse();
        assertThat(map("?layer=reports&from=2001-01-01&to=2001-01-31", STAFF).getJsonObject("jurisdictions")
                .getJsonObject("06029").getJsonNumber("reports").longValue()).as("a period without reports").isZero();
        assertThat(real).isPositive();
    }

    @Test
    void theHoldsPastExpiryLayerAgreesWithTheFindingsLayer() {
        JsonObject held = map("?layer=heldPastExpiry", SUPERVISOR).getJsonObject("jurisdictions");
        JsonObject findings = map("?layer=findings", SUPERVISOR).getJsonObject("jurisdictions");
        long anyFinding = 0;
        for (String code : List.of("06029", "48141", "1714000", "13121")) {
            long n = held.getJsonObject(code).getJsonNumber("heldPastExpiry").longValue();
            JsonObject f = findings.getJsonObject(code).getJsonObject("findings");
            long fromFindings = f.containsKey("HELD_PAST_EXPIRY") ? f.getJsonObject("HELD_PAST_EXPIRY").getJsonNumber("count").longValue() : 0;
            assertThat(n).as(code).isEqualTo(fromFindings);
            anyFinding += f.size();
            f.values().forEach(v -> assertThat(v.asJsonObject().getString("label")).isNotBlank());
        }
        assertThat(anyFinding).as("the screened demo cases have findings").isPositive();
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertField("/api/v1/map/jurisdictions?layer=tiles", "layer");
        assertField("/api/v1/map/jurisdictions?layer=reports&from=31/12/2025", "from");
        assertField("/api/v1/map/jurisdictions?from=2026-02-01&to=2026-01-01", "to");
        assertThat(api.get("/api/v1/jurisdictions/987654321", "Authorization", STAFF).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/map/jurisdictions").statusCode()).isEqualTo(401);
    }

    @Test
    void aFipsCodeIsCheckedAgainstTheLevelAndStateAndKeptAndThePolicyHistoryComesFromTheRevisions() {
        String name = "Vermont (map test " + System.nanoTime() % 100000 + ")";
        HttpResponse<String> bad = api.postJson("/api/v1/admin/jurisdictions", """
                {"name":"%s","level":"STATE","stateCode":"VT","detainerPolicy":"NONE","fipsCode":"06"}""".formatted(name),
                "Authorization", ADMIN);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("\"fipsCode\"");
        HttpResponse<String> created = api.postJson("/api/v1/admin/jurisdictions", """
                {"name":"%s","level":"STATE","stateCode":"VT","detainerPolicy":"NONE","fipsCode":"50"}""".formatted(name),
                "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();

        HttpResponse<String> taken = api.postJson("/api/v1/admin/jurisdictions", """
                {"name":"%s 2","level":"STATE","stateCode":"VT","detainerPolicy":"NONE","fipsCode":"50"}""".formatted(name),
                "Authorization", ADMIN);
        assertThat(taken.statusCode()).as("one jurisdiction per code").isEqualTo(400);
        assertThat(taken.body()).contains("\"fipsCode\"", name);

        HttpResponse<String> wrongLevel = api.putJson("/api/v1/admin/jurisdictions/" + id, """
                {"version":0,"name":"%s","level":"COUNTY","stateCode":"VT","detainerPolicy":"STATE_NO_HOLDS","fipsCode":"50"}"""
                .formatted(name), "Authorization", ADMIN);
        assertThat(wrongLevel.statusCode()).as(wrongLevel.body()).isEqualTo(400);
        assertThat(wrongLevel.body()).contains("\"fipsCode\"");
        HttpResponse<String> updated = api.putJson("/api/v1/admin/jurisdictions/" + id, """
                {"version":0,"name":"%s","level":"STATE","stateCode":"VT","detainerPolicy":"STATE_NO_HOLDS",
                 "policySource":"Test statute","fipsCode":"50"}""".formatted(name), "Authorization", ADMIN);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);

        JsonObject state = map("", STAFF).getJsonObject("jurisdictions").getJsonObject("50");
        assertThat(state.getString("name")).isEqualTo(name);
        assertThat(state.getString("level")).isEqualTo("STATE");
        assertThat(state.getString("policy")).isEqualTo("STATE_NO_HOLDS");

        JsonObject page = Http.json(api.get("/api/v1/jurisdictions/" + id, "Authorization", STAFF));
        assertThat(page.getString("fipsCode")).isEqualTo("50");
        List<String> history = page.getJsonArray("policyHistory").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("policy")).toList();
        assertThat(history).as("newest first").containsExactly("STATE_NO_HOLDS", "NONE");
        assertThat(page.getJsonArray("policyHistory").getJsonObject(0).getString("recordedBy")).isEqualTo("admin");
        JsonObject listed = Http.jsonArray(api.get("/api/v1/admin/jurisdictions", "Authorization", STAFF))
                .getValuesAs(JsonObject.class).stream().filter(j -> j.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.getString("fipsCode")).as("the reference list keeps the code").isEqualTo("50");
    }

    @Test
    void theJurisdictionPageNamesPeopleOnlyForRolesThatWorkCasesAndOnlyTheCasesTheyWork() {
        long ejemplo = ejemploId();
        // A case at the Ejemplo jail given to a team the demo caseworker is not in.
        HttpResponse<String> team = api.postJson("/api/v1/admin/teams",
                "{\"name\":\"Map test team " + System.nanoTime() % 100000 + "\",\"members\":[]}", "Authorization", ADMIN);
        assertThat(team.statusCode()).as(team.body()).isEqualTo(201);
        long teamId = Http.json(team).getJsonNumber("id").longValue();
        String family = "Mapaotro" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[^a-z]", "x");
        HttpResponse<String> opened = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"Lucía","dateOfBirth":"1990-04-05","facilityId":%d}"""
                .formatted(family, ejemploJail()), "Authorization", SUPERVISOR);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = Http.json(opened).getJsonNumber("id").longValue();
        assertThat(api.putJson("/api/v1/cases/" + caseId + "/team", "{\"teamId\":" + teamId + "}", "Authorization", SUPERVISOR)
                .statusCode()).isIn(200, 204);

        JsonObject supervisor = page(ejemplo, SUPERVISOR);
        assertThat(supervisor.getString("name")).isEqualTo("Ejemplo County (demo)");
        assertThat(supervisor.getString("fipsCode")).isEqualTo("06029");
        assertThat(supervisor.getString("detainerPolicy")).isEqualTo("LOCAL_NO_HOLDS");
        assertThat(supervisor.getJsonArray("policyHistory")).isNotEmpty();
        assertThat(supervisor.getJsonArray("facilities").getValuesAs(JsonObject.class).stream().map(f -> f.getString("name")))
                .contains("Ejemplo County Jail (demo)");
        assertThat(supervisor.getJsonArray("cases").toString()).contains(family);
        long supervisorOpen = supervisor.getJsonObject("caseCounts").getJsonNumber("open").longValue();
        assertThat(supervisorOpen).isPositive();
        long byStep = supervisor.getJsonObject("caseCounts").getJsonArray("openByStep").getValuesAs(JsonObject.class).stream()
                .mapToLong(s -> s.getJsonNumber("count").longValue()).sum();
        assertThat(byStep).isLessThanOrEqualTo(supervisorOpen).isPositive();
        assertThat(supervisor.containsKey("reports")).as("supervisors read reports").isTrue();

        JsonObject caseworker = page(ejemplo, CASEWORKER);
        assertThat(caseworker.getJsonArray("cases")).as("the team's cases by name").isNotEmpty();
        assertThat(caseworker.getJsonArray("cases").toString()).as("not another team's case").doesNotContain(family);
        assertThat(caseworker.getJsonObject("caseCounts").getJsonNumber("open").longValue()).isLessThan(supervisorOpen);

        JsonObject staff = page(ejemplo, STAFF);
        assertThat(staff.containsKey("cases")).as("staff see counts, never a name").isFalse();
        assertThat(staff.containsKey("reports")).as("staff do not read reports").isFalse();
        assertThat(staff.getJsonNumber("reportCount")).isNotNull();
        assertThat(staff.getJsonObject("caseCounts").getJsonNumber("open").longValue()).isEqualTo(supervisorOpen);
        assertThat(staff.toString()).doesNotContain(family);
    }

    private long ejemploId() {
        return map("", STAFF).getJsonObject("jurisdictions").getJsonObject("06029").getJsonNumber("id").longValue();
    }

    private long ejemploJail() {
        JsonArray facilities = Http.jsonArray(api.get("/api/v1/admin/facilities", "Authorization", STAFF));
        return facilities.getValuesAs(JsonObject.class).stream().filter(f -> f.getString("name").equals("Ejemplo County Jail (demo)"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long fileReport(long jurisdictionId) {
        HttpResponse<String> filed = api.postJson("/api/v1/hotline/reports",
                "{\"place\":\"Escuela primaria\",\"jurisdictionId\":" + jurisdictionId + ",\"iceActivities\":[\"ICE_AT_SCHOOL\"]}",
                "Authorization", CASEWORKER);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Http.json(filed).getJsonNumber("id").longValue();
    }

    private JsonObject page(long id, String auth) {
        HttpResponse<String> answer = api.get("/api/v1/jurisdictions/" + id, "Authorization", auth);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private JsonObject map(String query, String auth) {
        HttpResponse<String> answer = api.get("/api/v1/map/jurisdictions" + query, "Authorization", auth);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private void assertField(String path, String field) {
        HttpResponse<String> refused = api.get(path, "Authorization", STAFF);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"" + field + "\"");
    }
}
