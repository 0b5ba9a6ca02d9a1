package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring checklist per jurisdiction (issue 14 item 2): the toolkit's items in its groups, all unknown in a new
 * jurisdiction; a case whose screening finds a custody request on a non-priority makes "ICE Custody Requests on
 * non-enforcement-priorities" observed there, with the case as its evidence; a caseworker sets an item with a source and
 * a case; staff read the states but no case ids, and may not set anything; the changes are in the audit trail.
 */
class ChecklistIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    static final String NON_PRIORITY = "non-priority-custody-requests";
    private static final Http api = Http.api();

    private static long jurisdiction;
    private static long facility;

    @BeforeAll
    static void aNewJurisdictionWithAJail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdiction = TestJurisdictions.county("Lista County " + tag + " (test)");
        facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Lista Jail %s (test)","type":"LOCAL_JAIL","city":"Lista","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
    }

    @Test
    void aNonPriorityTargetInTheJurisdictionMakesItsItemObservedWithTheCaseAsEvidence() {
        List<JsonObject> before = items(SUPERVISOR);
        assertThat(before).hasSizeGreaterThanOrEqualTo(40);
        assertThat(before.stream().map(i -> i.getString("group")).distinct()).containsExactly("INFORMATION_SHARING",
                "TRANSFERS_TO_ICE", "CRIMINAL_JUSTICE_PROCESS", "SWEEPS_AND_RAIDS", "ENFORCEMENT_PRIORITIES",
                "ARRESTS_AND_RAIDS", "DETENTION_AND_PROSECUTION");
        JsonObject unknown = item(before, NON_PRIORITY);
        assertThat(unknown.getString("state")).isEqualTo("UNKNOWN");
        assertThat(unknown.getString("wording")).isEqualTo("ICE Custody Requests on non-enforcement-priorities");
        assertThat(unknown.getBoolean("followsCases")).isTrue();

        long caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Lista","givenNames":"Rosa","dateOfBirth":"1990-04-05","facilityId":%d}""".formatted(facility),
                "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        // A 2016 hold request on a person with no record: judged under the 2014 priorities, a non-priority target.
        created(api.postJson("/api/v1/cases/" + caseId + "/ice-requests", """
                {"formCode":"I_247D","issuedAt":"2016-03-01T10:00:00","servedOnPerson":true}""", "Authorization", CASEWORKER));
        assertThat(api.get("/api/v1/cases/" + caseId, "Authorization", CASEWORKER).body()).contains("NON_PRIORITY_TARGET");

        JsonObject observed = itemOnceIts(jurisdiction, NON_PRIORITY, "OBSERVED");
        assertThat(observed.getBoolean("bySystem")).isTrue();
        assertThat(observed.getString("observedOn")).isNotBlank();
        assertThat(observed.getJsonArray("caseIds").getJsonNumber(0).longValue()).isEqualTo(caseId);
        assertThat(observed.getJsonArray("evidence").getJsonObject(0).getString("kind")).isEqualTo("CASE");
        assertThat(observed.getJsonArray("evidence").getJsonObject(0).getBoolean("derived")).isTrue();

        JsonObject staff = item(items(STAFF), NON_PRIORITY);
        assertThat(staff.getString("state")).isEqualTo("OBSERVED");
        assertThat(staff.getInt("evidenceCount")).isEqualTo(1);
        assertThat(staff.containsKey("caseIds")).as("staff see no case").isFalse();
        assertThat(staff.containsKey("evidence")).isFalse();

        HttpResponse<String> denied = put(NON_PRIORITY, """
                {"state":"NOT_OBSERVED","observedOn":"2026-01-05","source":"Sheriff's letter"}""", CASEWORKER);
        assertThat(denied.statusCode()).as(denied.body()).isEqualTo(400);
        assertThat(denied.body()).contains("\"state\"");
    }

    @Test
    void aCaseworkerSetsAnItemWithASourceAndACaseAndStaffMayNot() {
        long caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Lista","givenNames":"Tomás","dateOfBirth":"1987-02-03","facilityId":%d}""".formatted(facility),
                "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        HttpResponse<String> set = put("ice-interviews-in-jail", """
                {"state":"OBSERVED","observedOn":"2026-11-02","source":"Visit to the jail, interview room log","caseIds":[%d]}"""
                .formatted(caseId), CASEWORKER);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonObject answered = Http.json(set);
        assertThat(answered.getString("state")).isEqualTo("OBSERVED");
        assertThat(answered.getString("setBy")).isEqualTo("caseworker");

        JsonObject read = item(items(SUPERVISOR), "ice-interviews-in-jail");
        assertThat(read.getString("state")).isEqualTo("OBSERVED");
        assertThat(read.getString("observedOn")).isEqualTo("2026-11-02");
        assertThat(read.getString("source")).isEqualTo("Visit to the jail, interview room log");
        assertThat(read.getBoolean("bySystem")).isFalse();
        assertThat(read.getJsonArray("caseIds").getJsonNumber(0).longValue()).isEqualTo(caseId);
        assertThat(read.getJsonArray("evidence").getJsonObject(0).getBoolean("derived")).isFalse();

        assertThat(put("ice-interviews-in-jail", "{\"state\":\"NOT_OBSERVED\"}", STAFF).statusCode()).as("staff read only").isEqualTo(403);
        assertThat(item(items(STAFF), "ice-interviews-in-jail").getString("state")).isEqualTo("OBSERVED");

        assertThat(put("ice-access-jail-databases", "{\"state\":\"NOT_OBSERVED\",\"source\":\"Sheriff at the June meeting\"}", SUPERVISOR)
                .statusCode()).isEqualTo(200);
        assertThat(item(items(CASEWORKER), "ice-access-jail-databases").getString("state")).isEqualTo("NOT_OBSERVED");

        String trail = api.get("/api/v1/audit?user=caseworker&size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).as("every change is in the history").contains("checklist.set");
    }

    @Test
    void aPersonHeldPastTheHoldsExpiryMakesHoldsPastReleaseObservedThroughTheCaseProcess() {
        String item = "holds-past-release-date";
        long caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Lista","givenNames":"Teresa","facilityId":%d}""".formatted(facility),
                "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        // Intake as a caseworker records it: due for release 60 hours ago under an I-247A, still in the jail.
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("America/Denver"))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        CaseWorkflowIT.completeOk(api, CASEWORKER, caseId, "INTAKE", """
                {"dateOfBirth":"1988-08-08","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":true}"""
                .formatted(now.minusDays(10), now.minusHours(60), now.minusDays(9)));
        assertThat(api.get("/api/v1/cases/" + caseId, "Authorization", CASEWORKER).body()).contains("HELD_PAST_EXPIRY");

        JsonObject observed = itemOnceIts(jurisdiction, item, "OBSERVED");
        assertThat(observed.getBoolean("bySystem")).isTrue();
        assertThat(observed.getJsonArray("caseIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue)).contains(caseId);
    }

    /**
     * What the sheriff answered at a meeting is evidence of a practice: a caseworker names the answer, everyone but staff
     * reads it on the item with its question, and an answer of another jurisdiction's meeting is refused by field.
     */
    /**
     * A document of a case (the detainer form a family brought) is evidence of a practice: named when an item is set, or
     * attached on its own, which makes the item observed. Roles that see cases read the document with its case; staff
     * only count it. An unknown document is refused naming the field, and staff may not attach one.
     */
    @Test
    void aDocumentOfACaseIsAttachedAsEvidenceAndMakesThePracticeObserved() {
        long caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Lista","givenNames":"Inés","dateOfBirth":"1991-03-04","facilityId":%d}""".formatted(facility),
                "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        byte[] pdf = "%PDF-1.4\n% a detainer form\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long documentId = Http.json(created(api.postBytes("/api/v1/cases/" + caseId + "/documents?fileName=i-247a.pdf&description=I-247A",
                pdf, "application/pdf", "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        String item = "ice-questionnaires-to-inmates";
        String attach = "/api/v1/jurisdictions/" + jurisdiction + "/checklist/" + item + "/documents";

        HttpResponse<String> unknown = api.postJson(attach, "{\"documentId\":987654321}", "Authorization", CASEWORKER);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"documentId\"");
        assertThat(put(item, "{\"state\":\"OBSERVED\",\"documentIds\":[987654321]}", CASEWORKER).body())
                .contains("\"field\":\"documentIds\"");
        assertThat(api.postJson(attach, "{\"documentId\":" + documentId + "}", "Authorization", STAFF).statusCode()).isEqualTo(403);
        assertThat(item(items(SUPERVISOR), item).getString("state")).as("nothing half-saved").isNotEqualTo("OBSERVED");

        HttpResponse<String> attached = api.postJson(attach, "{\"documentId\":" + documentId + ",\"observedOn\":\"2026-10-20\"}",
                "Authorization", CASEWORKER);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        JsonObject read = item(items(CASEWORKER), item);
        assertThat(read.getString("state")).isEqualTo("OBSERVED");
        assertThat(read.getString("observedOn")).isEqualTo("2026-10-20");
        JsonObject document = read.getJsonArray("documents").getJsonObject(0);
        assertThat(document.getJsonNumber("id").longValue()).isEqualTo(documentId);
        assertThat(document.getJsonNumber("caseId").longValue()).isEqualTo(caseId);
        assertThat(document.getString("fileName")).isEqualTo("i-247a.pdf");
        JsonObject forStaff = item(items(STAFF), item);
        assertThat(forStaff.getInt("evidenceCount")).isEqualTo(1);
        assertThat(forStaff.containsKey("documents")).as("staff count, never read").isFalse();

        assertThat(put(item, "{\"state\":\"OBSERVED\",\"source\":\"Records request\",\"documentIds\":[" + documentId + "]}",
                SUPERVISOR).statusCode()).as("named again when set: kept once").isEqualTo(200);
        assertThat(item(items(SUPERVISOR), item).getInt("evidenceCount")).isEqualTo(1);
        assertThat(page("caseworker", "en")).contains("i-247a.pdf");
        assertThat(Http.page("caseworker", "/cases/file.xhtml?id=" + caseId, "en")).as("the case file offers it")
                .contains("Evidence for the monitoring checklist", "Attach as evidence");
        assertThat(Http.page("caseworker", "/cases/file.xhtml?id=" + caseId, "es")).contains("Adjuntar como prueba");
        assertThat(api.get("/api/v1/audit?user=caseworker&size=50", "Authorization", SUPERVISOR).body())
                .contains("checklist.documentAttached");
    }

    @Test
    void anAnswerGivenAtAMeetingWithLawEnforcementIsEvidenceOfAPractice() {
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign",
                "{\"name\":\"ICE out of Lista\"}", "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        JsonObject meeting = Http.json(created(api.postJson("/api/v1/campaigns/" + campaign + "/meetings", """
                {"heldOn":"%s","answers":[{"question":"ICE_AT_JAIL","answer":"Agents use the booking office most weekdays"}]}"""
                .formatted(java.time.LocalDate.now().minusDays(7)), "Authorization", SUPERVISOR)));
        long answer = meeting.getJsonArray("answers").getJsonObject(0).getJsonNumber("id").longValue();

        assertField(put("ice-access-booking-info", "{\"state\":\"OBSERVED\",\"answerIds\":[987654321]}", CASEWORKER), "answerIds");
        HttpResponse<String> set = put("ice-access-booking-info",
                "{\"state\":\"OBSERVED\",\"source\":\"Meeting with the sheriff\",\"answerIds\":[" + answer + "]}", CASEWORKER);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        JsonObject read = item(items(CASEWORKER), "ice-access-booking-info");
        assertThat(read.getString("state")).isEqualTo("OBSERVED");
        JsonObject line = read.getJsonArray("answers").getJsonObject(0);
        assertThat(line.getJsonNumber("id").longValue()).isEqualTo(answer);
        assertThat(line.getString("question")).isEqualTo("ICE_AT_JAIL");
        assertThat(line.getString("answer")).isEqualTo("Agents use the booking office most weekdays");
        JsonObject asStaff = item(items(STAFF), "ice-access-booking-info");
        assertThat(asStaff.getInt("evidenceCount")).isEqualTo(1);
        assertThat(asStaff.containsKey("answers")).as("staff do not read meetings").isFalse();

        String english = page("caseworker", "en");
        assertThat(english).contains("Answer at the meeting of", "Agents use the booking office most weekdays");
        assertThat(api.get("/api/v1/audit?user=caseworker&size=50", "Authorization", SUPERVISOR).body())
                .contains("meetingAnswers=[" + answer + "]");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField(put("ice-hold-requests", "{\"observedOn\":\"2026-01-05\"}", CASEWORKER), "state");
        assertField(put("ice-hold-requests", "{\"state\":\"OBSERVED\",\"observedOn\":\"" + LocalDate.now().plusDays(3) + "\"}",
                CASEWORKER), "observedOn");
        assertField(put("ice-hold-requests", "{\"state\":\"OBSERVED\",\"caseIds\":[987654321]}", CASEWORKER), "caseIds");
        assertThat(put("no-such-item", "{\"state\":\"OBSERVED\"}", CASEWORKER).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/jurisdictions/987654321/checklist", "Authorization", STAFF).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/jurisdictions/" + jurisdiction + "/checklist").statusCode()).isEqualTo(401);
    }

    @Test
    void supervisorsAddTheOrganisationsOwnItemsAndCaseworkersMayNot() {
        String wording = "Jail shares visitor lists with ICE " + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"group\":\"INFORMATION_SHARING\",\"wording\":\"" + wording + "\",\"wordingEs\":\"La cárcel comparte listas de visitas con ICE\"}";
        assertThat(api.postJson("/api/v1/admin/checklist-items", body, "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        HttpResponse<String> added = created(api.postJson("/api/v1/admin/checklist-items", body, "Authorization", SUPERVISOR));
        String key = Http.json(added).getString("key");
        JsonObject custom = item(items(STAFF), key);
        assertThat(custom.getString("group")).isEqualTo("INFORMATION_SHARING");
        assertThat(custom.getBoolean("custom")).isTrue();
        assertThat(custom.getString("state")).isEqualTo("UNKNOWN");
        assertField(api.postJson("/api/v1/admin/checklist-items", body, "Authorization", ADMIN), "wording");
        assertThat(put(key, "{\"state\":\"OBSERVED\",\"source\":\"Visitor's account\"}", CASEWORKER).statusCode()).isEqualTo(200);
    }

    @Test
    void theJurisdictionPageShowsTheChecklistInWordsWithCaseLinksOnlyForRolesThatSeeCases() {
        long caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Lista","givenNames":"Inés","dateOfBirth":"1992-06-07","facilityId":%d}""".formatted(facility),
                "Authorization", SUPERVISOR))).getJsonNumber("id").longValue();
        HttpResponse<String> set = put("coordinating-pickup-times", """
                {"state":"OBSERVED","observedOn":"2026-10-01","source":"Release paperwork","caseIds":[%d]}""".formatted(caseId), SUPERVISOR);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        String link = "file.xhtml?id=" + caseId;

        String supervisor = page("supervisor", "en");
        assertThat(supervisor).contains("Monitoring checklist", "Local jail: transfers to ICE", "Coordinating with ICE on pickup times",
                "Observed", "Release paperwork", link, "checklistForm", "for=\"checklist", "Unknown");
        assertThat(supervisor).as("no codes shown").doesNotContain(">OBSERVED<", ">TRANSFERS_TO_ICE<", ">UNKNOWN<");

        String staff = page("staff", "en");
        assertThat(staff).contains("Coordinating with ICE on pickup times", "Observed").doesNotContain(link).doesNotContain("checklistForm");

        String spanish = page("caseworker", "es");
        assertThat(spanish).contains("Lista de control del monitoreo", "Coordinar con ICE las horas de recogida", "Observado",
                "Cárcel local: entregas a ICE");
    }

    @Test
    void aDemoJurisdictionShowsItemsObservedFromItsCases() {
        JsonObject mapped = Http.json(api.get("/api/v1/map/jurisdictions", "Authorization", STAFF)).getJsonObject("jurisdictions");
        long observed = 0;
        for (String code : List.of("06029", "48141", "1714000", "13121")) {
            long id = mapped.getJsonObject(code).getJsonNumber("id").longValue();
            HttpResponse<String> answer = api.get("/api/v1/jurisdictions/" + id + "/checklist", "Authorization", SUPERVISOR);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            observed += Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("state").equals("OBSERVED") && i.getBoolean("bySystem") && !i.getJsonArray("caseIds").isEmpty())
                    .count();
        }
        assertThat(observed).as("items the demo cases' findings show").isPositive();
    }

    private static String page(String user, String language) {
        return Http.page(user, "/jurisdictions/view.xhtml?id=" + jurisdiction, language);
    }

    @Test
    void aVerifiedHotlineReportOfACheckpointShowsThePracticeUntilItIsFoundFalse() {
        String checkpoint = "checkpoint-arrests";
        HttpResponse<String> filed = api.postJson("/api/v1/hotline/reports", """
                {"place":"Route 9 at the county line","jurisdictionId":%d,"iceActivities":["CHECKPOINT"],
                 "agencies":["ICE","LOCAL_POLICE"],"callerConsented":false}""".formatted(jurisdiction), "Authorization", CASEWORKER);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long report = Http.json(filed).getJsonNumber("id").longValue();
        assertThat(item(items(SUPERVISOR), checkpoint).getString("state")).as("not yet verified").isNotEqualTo("OBSERVED");

        verify(report, "VERIFIED");
        JsonObject observed = itemOnceIts(jurisdiction, checkpoint, "OBSERVED");
        assertThat(observed.getBoolean("bySystem")).isTrue();
        JsonObject evidence = observed.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("HOTLINE_REPORT")).findFirst().orElseThrow();
        assertThat(evidence.getJsonNumber("id").longValue()).isEqualTo(report);
        assertThat(evidence.getBoolean("derived")).isTrue();
        assertThat(put(checkpoint, """
                {"state":"NOT_OBSERVED","observedOn":"2026-01-05","source":"Police chief"}""", CASEWORKER).statusCode())
                .as("a verified report shows it").isEqualTo(400);

        verify(report, "FALSE_REPORT");
        assertThat(itemOnceIts(jurisdiction, checkpoint, "UNKNOWN").getString("state")).as("the only report was false")
                .isEqualTo("UNKNOWN");
    }

    private static void verify(long report, String state) {
        HttpResponse<String> verified = api.putJson("/api/v1/hotline/reports/" + report + "/verification", """
                {"state":"%s","method":"called two witnesses back"}""".formatted(state), "Authorization", SUPERVISOR);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    }

    private static List<JsonObject> items(String auth) {
        HttpResponse<String> answer = api.get("/api/v1/jurisdictions/" + jurisdiction + "/checklist", "Authorization", auth);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /**
     * The item once the system has brought it to this state: the checklist follows a screening or a report's
     * verification a moment after it is saved, off the request's thread (ChecklistFollowsEvidence). Fails after 30 s.
     */
    static JsonObject itemOnceIts(long jurisdictionId, String key, String state) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> answer = api.get("/api/v1/jurisdictions/" + jurisdictionId + "/checklist", "Authorization", SUPERVISOR);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonObject found = item(Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class), key);
            if (state.equals(found.getString("state")) || System.nanoTime() > deadline) {
                assertThat(found.getString("state")).as("item %s within 30 s", key).isEqualTo(state);
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonObject item(List<JsonObject> items, String key) {
        return items.stream().filter(i -> i.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError("no item " + key));
    }

    private static HttpResponse<String> put(String key, String body, String auth) {
        return api.putJson("/api/v1/jurisdictions/" + jurisdiction + "/checklist/" + key, body, "Authorization", auth);
    }
}
