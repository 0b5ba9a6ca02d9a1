package org.amparo.it;

import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-case access (issue 16, item 6): a case of another team's jurisdiction is refused (403 or 404) on every part to a
 * caseworker and an attorney outside that team, never appears in their list, search, exports, inbox or dashboard, and
 * is found by the intake duplicate check only as "on file with team X". Joining the team opens it; breaking the glass
 * opens it for a while, with a reason that supervisors read.
 */
class CaseAccessIT {

    private static final Http api = Http.api();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);

    private static String tag;
    private static String familyName;
    private static String aNumber;
    private static String teamName;
    private static long team;
    private static long facility;
    private static long caseId;
    private static long jurisdiction;
    private static long documentId;
    private static String outsider;
    private static String outsiderAuth;

    @BeforeAll
    static void anotherTeamsCase() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        teamName = "Otro equipo " + tag;
        jurisdiction = TestJurisdictions.county("Ajena County " + tag + " (test)");
        facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Ajena Jail %s (test)","type":"LOCAL_JAIL","city":"Ajena","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        team = Http.json(created(api.postJson("/api/v1/admin/teams", """
                {"name":"%s","members":[]}""".formatted(teamName), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        assertThat(api.putJson("/api/v1/admin/teams/jurisdictions/" + jurisdiction, "{\"teamId\":" + team + "}",
                "Authorization", ADMIN).statusCode()).isEqualTo(204);

        familyName = "Ajeno" + tag.replaceAll("[^a-z]", "x");
        aNumber = String.format("A-888-%03d-%03d", RANDOM.nextInt(1000), RANDOM.nextInt(1000));
        // Opened by a supervisor, so no caseworker of the test is its caseworker: the team's case alone.
        caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"Rosa","dateOfBirth":"1988-04-05","aNumber":"%s","facilityId":%d,"bookingNumber":"AJ-%s"}"""
                .formatted(familyName, aNumber, facility, tag), "Authorization", SUPERVISOR))).getJsonNumber("id").longValue();
        created(api.postJson("/api/v1/cases/" + caseId + "/notes", "{\"text\":\"Family called\",\"privileged\":false}",
                "Authorization", SUPERVISOR));
        documentId = Http.json(created(api.postBytes("/api/v1/cases/" + caseId + "/documents?fileName=scan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "application/pdf", "Authorization", SUPERVISOR)))
                .getJsonNumber("id").longValue();

        outsider = TestAccounts.newUsername();
        outsiderAuth = TestAccounts.userWithOwnPassword(outsider, "caseworker");
    }

    /**
     * A document of the team's case as checklist evidence (issue 14): an outsider may not attach it, and once a
     * supervisor has, the outsider's checklist counts it but never lists it (its file name, its case).
     */
    @Test
    void aDocumentOfAnotherTeamsCaseIsNeitherAttachedNorListedByAnOutsider() {
        String attach = "/api/v1/jurisdictions/" + jurisdiction + "/checklist/ice-questionnaires-to-inmates/documents";
        assertThat(api.postJson(attach, "{\"documentId\":" + documentId + "}", "Authorization", outsiderAuth).statusCode())
                .isEqualTo(403);
        assertThat(api.postJson(attach, "{\"documentId\":" + documentId + "}", "Authorization", SUPERVISOR).statusCode())
                .isEqualTo(200);
        jakarta.json.JsonObject item = Http.json(api.get("/api/v1/jurisdictions/" + jurisdiction + "/checklist", "Authorization",
                        outsiderAuth)).getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(i -> i.getString("key").equals("ice-questionnaires-to-inmates")).findFirst().orElseThrow();
        assertThat(item.getInt("evidenceCount")).isEqualTo(1);
        assertThat(item.getJsonArray("documents")).as("not a document of a case the outsider may open").isEmpty();
    }

    @Test
    void aCaseworkerAndAnAttorneyOfAnotherTeamAreRefusedEveryPartOfTheCase() {
        for (String auth : List.of(outsiderAuth, ATTORNEY)) {
            String base = "/api/v1/cases/" + caseId;
            for (String part : List.of("", "/file", "/file.xlsx", "/changes", "/tasks", "/history", "/process", "/notes",
                    "/documents/" + documentId)) {
                HttpResponse<String> read = api.get(base + part, "Authorization", auth);
                assertThat(read.statusCode()).as("GET " + part + ": " + read.body()).isIn(403, 404);
                assertThat(read.body()).as("GET " + part).doesNotContain(familyName).doesNotContain("Family called");
            }
            assertThat(api.putJson(base + "/person", "{\"version\":0,\"familyName\":\"Cambiado\",\"givenNames\":\"X\"}",
                    "Authorization", auth).statusCode()).as("person").isIn(403, 404);
            assertThat(api.putJson(base + "/immigration", "{\"version\":0}", "Authorization", auth).statusCode())
                    .as("immigration").isIn(403, 404);
            assertThat(api.putJson(base + "/custody", "{\"version\":0}", "Authorization", auth).statusCode())
                    .as("custody").isIn(403, 404);
            assertThat(api.postJson(base + "/notes", "{\"text\":\"x\",\"privileged\":false}", "Authorization", auth).statusCode())
                    .as("notes").isIn(403, 404);
            assertThat(api.postJson(base + "/aliases", "{\"familyName\":\"Otro\",\"givenNames\":\"Nombre\"}", "Authorization", auth)
                    .statusCode()).as("aliases").isIn(403, 404);
            assertThat(api.postBytes(base + "/documents?fileName=scan.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8),
                    "application/pdf", "Authorization", auth).statusCode()).as("documents").isIn(403, 404);
        }
        // The supervisor's own read and the file still say what they said: nothing was changed by the refused calls.
        String file = api.get("/api/v1/cases/" + caseId + "/file", "Authorization", SUPERVISOR).body();
        assertThat(file).contains(familyName).doesNotContain("Cambiado").doesNotContain("Otro");
    }

    @Test
    void theCaseNeverAppearsInTheirListSearchExportsInboxOrDashboard() throws Exception {
        for (String auth : List.of(outsiderAuth, ATTORNEY)) {
            for (String query : List.of("search=" + familyName, "search=" + URLEncoder.encode(aNumber, StandardCharsets.UTF_8),
                    "search=AJ-" + tag, "facilityId=" + facility)) {
                JsonObject page = Http.json(api.get("/api/v1/cases?" + query, "Authorization", auth));
                assertThat(page.getJsonNumber("total").longValue()).as(query).isZero();
            }
            assertThat(rows("/api/v1/cases/export.xlsx?mode=deidentified&facilityId=" + facility, auth)).as("export").isZero();
            assertThat(rows("/api/v1/cases/ice-requests.xlsx?mode=deidentified&facilityId=" + facility, auth)).as("ICE export").isZero();
            assertThat(api.get("/api/v1/tasks", "Authorization", auth).body()).as("inbox")
                    .doesNotContain("\"caseId\":" + caseId + ",").doesNotContain(familyName);
            JsonObject dashboard = Http.json(api.get("/api/v1/dashboard?facilityId=" + facility, "Authorization", auth));
            assertThat(dashboard.getJsonArray("pipeline")).as("dashboard").isEmpty();
        }
        // The supervisor sees it everywhere: the filters are right, only the access differs.
        assertThat(Http.json(api.get("/api/v1/cases?search=" + familyName, "Authorization", SUPERVISOR))
                .getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(rows("/api/v1/cases/export.xlsx?mode=deidentified&facilityId=" + facility, SUPERVISOR)).isEqualTo(1);
    }

    @Test
    void theDuplicateCheckFindsThePersonOnFileWithTheOtherTeamWithoutSayingWho() {
        HttpResponse<String> answer = api.postJson("/api/v1/cases/duplicates", """
                {"familyName":"Cualquiera","givenNames":"Nombre","dateOfBirth":"1970-01-01","aNumber":"%s","facilityId":1}"""
                .formatted(aNumber), "Authorization", outsiderAuth);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject found = Http.jsonArray(answer).getJsonObject(0);
        assertThat(found.getBoolean("otherTeam")).isTrue();
        assertThat(found.getString("team")).isEqualTo(teamName);
        assertThat(answer.body()).doesNotContain(familyName).doesNotContain("1988-04-05").doesNotContain(aNumber)
                .doesNotContain("\"latestCaseId\":" + caseId);
        // Nor can a new case for that person open their file to the caller.
        HttpResponse<String> forThem = api.postJson("/api/v1/cases", """
                {"familyName":"Cualquiera","givenNames":"Nombre","dateOfBirth":"1970-01-01","facilityId":1,"existingPersonId":%d}"""
                .formatted(found.getJsonNumber("personId").longValue()), "Authorization", outsiderAuth);
        assertThat(forThem.statusCode()).as(forThem.body()).isEqualTo(400);
        assertThat(forThem.body()).contains("existingPersonId").contains(teamName);
    }

    @Test
    void aRosterImportLeavesAnotherTeamsPersonAsTheyAre() {
        String roster = "Last Name,First Name,DOB,Booking #,Facility,Charge,Level\n"
                + familyName + ",Rosa,4/5/1988,NEW-" + tag + ",Ejemplo County Jail,Theft,M\n";
        HttpResponse<String> preview = api.postBytes("/api/v1/imports/cases", roster.getBytes(StandardCharsets.UTF_8),
                "application/octet-stream", "Authorization", basic("caseworker", Http.DEMO_PASSWORD));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonObject report = Http.json(preview);
        assertThat(report.getInt("leftWithOtherTeams")).as(preview.body()).isEqualTo(1);
        assertThat(report.getInt("newCases")).as("no case of theirs is added to the other team's person").isZero();
        assertThat(report.getInt("newCharges")).as("nor a charge").isZero();
    }

    @Test
    void joiningTheTeamOpensItsCases() {
        String joiner = TestAccounts.newUsername();
        String auth = TestAccounts.userWithOwnPassword(joiner, "attorney");
        assertThat(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", auth).statusCode()).isEqualTo(403);

        HttpResponse<String> joined = api.putJson("/api/v1/admin/teams/" + team, "{\"members\":[\"" + joiner + "\"]}", "Authorization", ADMIN);
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(joined.body()).contains(joiner);
        assertThat(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", auth).body()).contains(familyName);
        assertThat(Http.json(api.get("/api/v1/cases?search=" + familyName, "Authorization", auth))
                .getJsonNumber("total").longValue()).isEqualTo(1);

        assertThat(api.putJson("/api/v1/admin/teams/" + team, "{\"members\":[]}", "Authorization", ADMIN).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", auth).statusCode()).isEqualTo(403);
        // Each refusal is in the audit, though the refused call's own transaction rolled back.
        String refusals = api.get("/api/v1/audit?user=" + joiner + "&caseId=" + caseId + "&size=50", "Authorization", ADMIN).body();
        assertThat(refusals.split("cases.access.refused", -1).length - 1).as(refusals).isEqualTo(2);
        // Only an administrator manages teams.
        assertThat(api.postJson("/api/v1/admin/teams", "{\"name\":\"x" + tag + "\"}", "Authorization", SUPERVISOR).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/teams", "Authorization", auth).statusCode()).isEqualTo(403);
    }

    @Test
    void breakingTheGlassOpensTheCaseForAWhileWithAReasonSupervisorsRead() {
        // A user of their own: the glass they break stays broken for an hour, which the other tests must not see.
        String breaker = TestAccounts.newUsername();
        String breakerAuth = TestAccounts.userWithOwnPassword(breaker, "caseworker");
        HttpResponse<String> refused = api.get("/api/v1/cases/" + caseId + "/file", "Authorization", breakerAuth);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("/api/v1/cases/" + caseId + "/access");

        HttpResponse<String> noReason = api.postJson("/api/v1/cases/" + caseId + "/access", "{\"reason\":\"why\"}", "Authorization", breakerAuth);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", breakerAuth).statusCode()).isEqualTo(403);

        String reason = "Hold expires tonight " + tag + ", the team cannot be reached";
        HttpResponse<String> opened = api.postJson("/api/v1/cases/" + caseId + "/access", "{\"reason\":\"" + reason + "\"}",
                "Authorization", breakerAuth);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(Http.json(opened).getString("until")).isNotBlank();
        assertThat(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", breakerAuth).body()).contains(familyName);

        HttpResponse<String> events = api.get("/api/v1/audit/break-glass", "Authorization", SUPERVISOR);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(Http.jsonArray(events).getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo(breaker);
            assertThat(e.getString("subjectId")).isEqualTo(String.valueOf(caseId));
            assertThat(e.getString("detail")).contains(reason).contains(teamName);
        });
        assertThat(api.get("/api/v1/audit/break-glass", "Authorization", breakerAuth).statusCode()).isEqualTo(403);
    }

    @Test
    void theCaseFilePageAsksForAReasonAndTheAdminHasATeamsPage() {
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");
        browser.postForm("/j_security_check", "j_username=attorney&j_password=" + Http.DEMO_PASSWORD);
        HttpResponse<String> page = browser.get("/cases/file.xhtml?id=" + caseId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("breakGlass:reason").contains(teamName).doesNotContain(familyName);

        Http admin = Http.browser();
        admin.get("/cases/list.xhtml");
        admin.postForm("/j_security_check", "j_username=admin&j_password=" + Http.DEMO_PASSWORD);
        HttpResponse<String> teams = admin.get("/admin/teams.xhtml");
        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.body()).contains(teamName).contains("Hotline (demo)");
    }

    private static long rows(String path, String auth) throws Exception {
        HttpResponse<byte[]> xlsx = api.getBytes(path, "Authorization", auth);
        assertThat(xlsx.statusCode()).as(path).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            return workbook.getSheetAt(0).getLastRowNum(); // the header is row 0
        }
    }
}
