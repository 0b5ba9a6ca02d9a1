package org.amparo.it;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/**
 * The case process on the running server, through the API: every step in turn by the role that owns it, the inbox
 * showing each role only its groups' tasks, events from outside, and a refused step rolling back the case change
 * that came with it.
 */
class CaseWorkflowIT {

    static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    /** Facility 1 of the demo data is in Los Angeles; its jurisdiction forbids holds. */
    static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");

    private final Http api = Http.api();

    static long openCase(Http api, String dateOfBirth) {
        String dob = dateOfBirth == null ? "" : ",\"dateOfBirth\":\"" + dateOfBirth + "\"";
        HttpResponse<String> created = api.postJson("/api/v1/cases",
                "{\"familyName\":\"Ensayo\",\"givenNames\":\"Noemí\",\"facilityId\":1" + dob + "}", "Authorization", CASEWORKER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /**
     * The case's open task of that step, as the caller sees it on the case. Read from the case, not from the inbox: the
     * inbox answers its first 500 tasks, and on the PostgreSQL pass the crash and two-server suites leave more than that.
     */
    static JsonObject task(Http api, String auth, long caseId, String step) {
        var tasks = Json.createReader(new StringReader(api.get("/api/v1/cases/" + caseId + "/tasks", "Authorization", auth).body()))
                .readArray().getValuesAs(JsonObject.class);
        return tasks.stream().filter(t -> t.getString("step").equals(step))
                .findFirst().orElseThrow(() -> new AssertionError("no " + step + " task of case " + caseId));
    }

    static HttpResponse<String> complete(Http api, String auth, JsonObject task, String form) {
        return api.postJson("/api/v1/tasks/" + task.getString("id") + "/complete", form, "Authorization", auth);
    }

    static void completeOk(Http api, String auth, long caseId, String step, String form) {
        HttpResponse<String> done = complete(api, auth, task(api, auth, caseId, step), form);
        assertThat(done.statusCode()).as(step + ": " + done.body()).isEqualTo(204);
    }

    private List<String> active(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId + "/process", "Authorization", SUPERVISOR))
                .getJsonArray("active").getValuesAs(JsonString::getString);
    }

    /** The campaign of the jurisdiction of facility 1 (the demo's Ejemplo County Jail), where the test's cases are held. */
    private JsonObject campaignOfFacility1() {
        long jurisdiction = Json.createReader(new StringReader(api.get("/api/v1/admin/facilities", "Authorization", SUPERVISOR).body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(f -> f.getJsonNumber("id").longValue() == 1)
                .findFirst().orElseThrow().getJsonNumber("jurisdictionId").longValue();
        return Http.json(api.get("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "Authorization", SUPERVISOR));
    }

    private JsonObject caseOf(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId, "Authorization", SUPERVISOR));
    }

    @Test
    void aCaseWithAHoldGoesThroughEveryStepByTheRoleThatOwnsIt() {
        long id = openCase(api, null);
        LocalDateTime now = LocalDateTime.now(FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        completeOk(api, CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1992-04-10","immigrationStatus":"UNDOCUMENTED","firstEntry":"2001-03-01",
                 "continuousResidenceSince":"2001-03-01","education":"GED","nationalSecurityConcern":false,
                 "bookedAt":"%s","scheduledReleaseAt":"%s","detainerForm":"I_247A","detainerIssuedAt":"%s",
                 "detainerServedOnPerson":false}""".formatted(now.minusHours(20), now.plusHours(30), now.minusHours(2)));

        JsonObject screened = caseOf(id);
        // A detainer issued today is judged under EO-2025-01-20: no priorities, so no NON_PRIORITY_TARGET.
        assertThat(screened.getString("enforcementPriority")).isEqualTo("NO_PRIORITIES_IN_EFFECT");
        assertThat(screened.getString("dacaResult")).isEqualTo("POTENTIALLY_ELIGIBLE");
        assertThat(screened.getJsonArray("findings").getValuesAs(JsonString::getString))
                .contains("NO_NOTICE_TO_PERSON").doesNotContain("NON_PRIORITY_TARGET");
        assertThat(active(id)).contains("iceHoldCheck", "warningTimer", "expiryTimer");

        // The jail could not say whether the person got a copy: not known keeps what intake recorded (not served).
        completeOk(api, CASEWORKER, id, "ICE_HOLD_CHECK", """
                {"scheduledReleaseAt":"%s","honored":true,"notifiedIce":false}""".formatted(now.plusHours(26)));
        assertThat(caseOf(id).getJsonArray("findings").getValuesAs(JsonString::getString)).contains("POLICY_CONFLICT", "NO_NOTICE_TO_PERSON");

        completeOk(api, SUPERVISOR, id, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        HttpResponse<String> noReason = complete(api, ATTORNEY, task(api, ATTORNEY, id, "ATTORNEY_RESPONSE"), "{\"accept\":false}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        completeOk(api, ATTORNEY, id, "ATTORNEY_RESPONSE", "{\"accept\":false,\"reason\":\"conflict of interest\"}");
        completeOk(api, SUPERVISOR, id, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        completeOk(api, ATTORNEY, id, "ATTORNEY_RESPONSE", "{\"accept\":true}");
        JsonObject review = task(api, ATTORNEY, id, "ATTORNEY_REVIEW");
        assertThat(review.getString("assignee")).isEqualTo("attorney");
        assertThat(review.containsKey("dueAt")).as("the review has a due date").isTrue();
        completeOk(api, ATTORNEY, id, "ATTORNEY_REVIEW", "{\"recommendCampaign\":false}");
        // a policy conflict calls for escalation even without the attorney's recommendation
        JsonObject campaignBefore = campaignOfFacility1();
        completeOk(api, SUPERVISOR, id, "CAMPAIGN_APPROVAL", "{\"approve\":true}");
        JsonObject campaignAfter = campaignOfFacility1();
        assertThat(campaignAfter.getJsonNumber("campaignId")).as("the jurisdiction's campaign").isEqualTo(campaignBefore.getJsonNumber("campaignId"));
        assertThat(campaignAfter.getInt("citedCases")).as("the approved escalation cites the case").isEqualTo(campaignBefore.getInt("citedCases") + 1);
        assertThat(campaignAfter.getInt("citedDeidentified")).as("de-identified: the person did not consent to go public")
                .isEqualTo(campaignBefore.getInt("citedDeidentified") + 1);
        assertThat(Http.page("caseworker", "/cases/file.xhtml?id=" + id, "en")).as("the case file names the campaign")
                .contains("Cited in the campaign", campaignAfter.getString("name"), "de-identified (no consent to be named)");
        completeOk(api, SUPERVISOR, id, "CLOSURE", "{\"outcome\":\"RELEASED\"}");

        JsonObject closed = caseOf(id);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(active(id)).isEmpty();
        var history = Json.createReader(new StringReader(api.get("/api/v1/cases/" + id + "/history", "Authorization", SUPERVISOR).body()))
                .readArray().getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("step")).containsExactly("INTAKE", "ICE_HOLD_CHECK",
                "ATTORNEY_REFERRAL", "ATTORNEY_RESPONSE", "ATTORNEY_REFERRAL", "ATTORNEY_RESPONSE", "ATTORNEY_REVIEW",
                "CAMPAIGN_APPROVAL", "CLOSURE");
        assertThat(history.get(3).getString("outcome")).as("the engine's history keeps no free text").isEqualTo("declined");
        assertThat(history.get(3).getString("assignee")).isEqualTo("attorney");
        assertThat(api.get("/api/v1/cases/" + id + "/file", "Authorization", SUPERVISOR).body())
                .as("the reason is the attorney's note on the case").contains("Declined the referral: conflict of interest");
    }

    @Test
    void intakeWithoutTheFactsScreeningNeedsIsRefusedAndNothingItChangedIsKept() {
        long id = openCase(api, null);
        HttpResponse<String> refused = complete(api, CASEWORKER, task(api, CASEWORKER, id, "INTAKE"),
                "{\"dateOfBirth\":\"1990-01-01\",\"detainerForm\":\"I_247A\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("immigrationStatus");
        // the date of birth was written before the screening step refused: the whole step rolled back
        assertThat(caseOf(id).containsKey("dateOfBirth")).isFalse();
        assertThat(active(id)).containsExactly("intake");
        task(api, CASEWORKER, id, "INTAKE");
    }

    @Test
    void intakeAddsWhatItLearntAndABlankItLeavesErasesNothingOnFile() {
        long id = openCase(api, "1991-09-09");
        JsonObject file = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER));
        HttpResponse<String> recorded = api.putJson("/api/v1/cases/" + id + "/immigration", "{\"version\":"
                + file.getJsonObject("person").getInt("version") + ",\"education\":\"HIGH_SCHOOL_GRADUATE\",\"gangMember\":false,"
                + "\"nationalSecurityConcern\":false,\"continuousResidenceSince\":\"2012-06-01\"}", "Authorization", CASEWORKER);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        // intake as the step's form sends it when only the status was chosen: every other fact left blank
        completeOk(api, CASEWORKER, id, "INTAKE", "{\"immigrationStatus\":\"UNDOCUMENTED\"}");

        JsonObject immigration = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER))
                .getJsonObject("immigration");
        assertThat(immigration.getString("immigrationStatus")).isEqualTo("UNDOCUMENTED");
        assertThat(immigration.getString("education")).isEqualTo("HIGH_SCHOOL_GRADUATE");
        assertThat(immigration.getBoolean("gangMember")).as("recorded before intake: not erased by its blank").isFalse();
        assertThat(immigration.getBoolean("nationalSecurityConcern")).isFalse();
        assertThat(immigration.getString("continuousResidenceSince")).isEqualTo("2012-06-01");
    }

    @Test
    void theInboxShowsEachRoleOnlyItsGroupsTasks() {
        long id = openCase(api, "1990-01-01");
        var caseworkerTasks = Json.createReader(new StringReader(api.get("/api/v1/tasks", "Authorization", CASEWORKER).body()))
                .readArray().getValuesAs(JsonObject.class);
        assertThat(caseworkerTasks).isNotEmpty().allSatisfy(t -> assertThat(
                t.getJsonArray("candidateGroups").getValuesAs(JsonString::getString).contains("caseworker")
                        || "caseworker".equals(t.getString("assignee", null))).isTrue());
        // A campaign's task (issue 14: the demo campaign's steps for the caseworker) has no case step.
        assertThat(caseworkerTasks).filteredOn(t -> t.containsKey("step")).noneMatch(t -> t.getString("step").equals("ATTORNEY_REFERRAL")
                || t.getString("step").equals("CLOSURE"));
        var supervisorTasks = Json.createReader(new StringReader(api.get("/api/v1/tasks", "Authorization", SUPERVISOR).body()))
                .readArray().getValuesAs(JsonObject.class);
        assertThat(supervisorTasks).noneMatch(t -> t.getJsonNumber("caseId").longValue() == id);
        // a caseworker cannot complete a supervisor's task even knowing its id
        JsonObject referral = supervisorTasks.stream().filter(t -> "ATTORNEY_REFERRAL".equals(t.getString("step", null))).findFirst().orElseThrow();
        assertThat(complete(api, CASEWORKER, referral, "{\"attorney\":\"attorney\"}").statusCode()).isIn(403, 404);
        assertThat(Http.json(api.get("/api/v1/tasks/count", "Authorization", CASEWORKER)).getJsonNumber("count").longValue())
                .isEqualTo(caseworkerTasks.size());
    }

    @Test
    void releaseFromCustodyEndsTheHoldTimersAndANewDetainerBringsBackTheHoldCheck() {
        long id = openCase(api, null);
        LocalDateTime now = LocalDateTime.now(FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        completeOk(api, CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1985-02-02","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":true}"""
                .formatted(now.minusHours(5), now.plusHours(40), now.minusHours(1)));
        completeOk(api, CASEWORKER, id, "ICE_HOLD_CHECK", "{\"scheduledReleaseAt\":\"%s\",\"servedOnPerson\":true}".formatted(now.plusHours(40)));
        assertThat(active(id)).contains("attorneyReferral", "warningTimer", "expiryTimer");

        JsonObject newDetainer = Http.json(api.postJson("/api/v1/cases/" + id + "/events",
                "{\"type\":\"NEW_DETAINER\",\"form\":\"I_247D\"}", "Authorization", CASEWORKER));
        assertThat(newDetainer.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(active(id)).contains("attorneyReferral", "iceHoldRecheck", "warningTimer", "expiryTimer");

        HttpResponse<String> released = api.postJson("/api/v1/cases/" + id + "/events",
                "{\"type\":\"RELEASED\",\"at\":\"%s\"}".formatted(now), "Authorization", CASEWORKER);
        assertThat(released.statusCode()).as(released.body()).isEqualTo(202);
        assertThat(active(id)).contains("attorneyReferral", "iceHoldRecheck").doesNotContain("warningTimer", "expiryTimer");

        HttpResponse<String> twice = api.postJson("/api/v1/cases/" + id + "/events", "{\"type\":\"TRANSFERRED_TO_ICE\"}",
                "Authorization", CASEWORKER);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/cases/" + id + "/events", "{\"type\":\"NEW_DETAINER\",\"form\":\"X\"}",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/cases/" + id + "/events", "{\"type\":\"RELEASED\"}",
                "Authorization", basic("staff", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
    }
}
