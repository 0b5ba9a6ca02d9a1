package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enforcement-activity reports (issue 15, item 2) through the API: a raid report with the people taken, verified by
 * someone who says how; a false report never shows as a current alert; a case opened from a person in a report
 * carries the report's name and caller; bad input is a 400 naming the field.
 */
class ActivityReportsIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private final Http api = Http.api();

    @Test
    void aRaidReportIsVerifiedAndACaseIsOpenedForOneOfThePeopleTaken() {
        String family = "Redada" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        HttpResponse<String> filed = api.postJson("/api/v1/hotline/reports", """
                {"place":"Calle 5 y Avenida Central","jurisdictionId":1,"iceActivities":["RAID"],
                 "localParticipation":["SUPPORTED_ICE_RAID"],"agencies":["ICE","LOCAL_POLICE"],
                 "comments":"Three vans at the car wash","callerConsented":true,"callerName":"Lupe Testigo",
                 "callerContact":"555-0111","people":[{"familyName":"%s","givenNames":"Mario"},{"familyName":"Otro%s"}]}"""
                .formatted(family, family), "Authorization", CASEWORKER);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonObject report = Http.json(filed);
        long id = report.getJsonNumber("id").longValue();
        assertThat(report.getString("verification")).isEqualTo("UNVERIFIED");
        assertThat(report.getBoolean("current")).as("a new raid report is a current alert").isTrue();
        assertThat(!report.containsKey("callerName") || report.isNull("callerName")).as("a volunteer does not read the caller back").isTrue();
        assertThat(current()).contains(id);

        HttpResponse<String> verified = api.putJson("/api/v1/hotline/reports/" + id + "/verification",
                "{\"state\":\"VERIFIED\",\"method\":\"Rapid responder on site\"}", "Authorization", CASEWORKER);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Http.json(verified).getString("verifiedBy")).isEqualTo("caseworker");

        HttpResponse<String> opened = api.postJson("/api/v1/hotline/reports/" + id + "/people",
                "{\"person\":0,\"facilityId\":1}", "Authorization", CASEWORKER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = Http.json(opened).getJsonNumber("caseId").longValue();
        JsonObject file = Http.json(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", SUPERVISOR));
        assertThat(file.toString()).contains(family, "Mario", "Lupe Testigo");
        assertThat(api.postJson("/api/v1/hotline/reports/" + id + "/people", "{\"person\":0,\"facilityId\":1}",
                "Authorization", CASEWORKER).statusCode()).as("a person becomes one case only").isEqualTo(400);

        JsonObject read = Http.json(api.get("/api/v1/hotline/reports/" + id, "Authorization", SUPERVISOR));
        assertThat(read.getString("callerName")).isEqualTo("Lupe Testigo");
        assertThat(read.getJsonArray("people").getJsonObject(0).getJsonNumber("caseId").longValue()).isEqualTo(caseId);
    }

    @Test
    void aFalseReportIsNoLongerACurrentAlertAndAnOldOneHasExpired() {
        long falseOne = file("{\"place\":\"Plaza\",\"jurisdictionId\":1,\"iceActivities\":[\"CHECKPOINT\"]}");
        assertThat(current()).contains(falseOne);
        assertThat(api.putJson("/api/v1/hotline/reports/" + falseOne + "/verification",
                "{\"state\":\"FALSE_REPORT\",\"method\":\"Called the church: no agents\"}", "Authorization", SUPERVISOR).statusCode())
                .isEqualTo(200);
        assertThat(current()).doesNotContain(falseOne);

        long old = file("{\"place\":\"Escuela\",\"jurisdictionId\":1,\"iceActivities\":[\"ICE_AT_SCHOOL\"],\"occurredAt\":\"%s\"}"
                .formatted(Instant.now().minus(2, ChronoUnit.DAYS)));
        assertThat(current()).doesNotContain(old);
        assertThat(all()).contains(old);
    }

    @Test
    void badInputNamesTheFieldAndStaffMayNotReadReports() {
        assertField("{\"jurisdictionId\":1,\"iceActivities\":[\"RAID\"]}", "place");
        assertField("{\"place\":\"x\",\"jurisdictionId\":1}", "iceActivities");
        assertField("{\"place\":\"x\",\"jurisdictionId\":999999,\"iceActivities\":[\"RAID\"]}", "jurisdictionId");
        assertField("{\"place\":\"x\",\"jurisdictionId\":1,\"iceActivities\":[\"RAID\"],\"callerName\":\"Sin Permiso\"}", "callerName");
        assertThat(api.putJson("/api/v1/hotline/reports/1/verification", "{\"state\":\"VERIFIED\"}", "Authorization", CASEWORKER)
                .statusCode()).isIn(400, 404);
        assertThat(api.get("/api/v1/hotline/reports", "Authorization", basic("staff", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
    }

    private void assertField(String body, String field) {
        HttpResponse<String> refused = api.postJson("/api/v1/hotline/reports", body, "Authorization", CASEWORKER);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"" + field + "\"");
    }

    private long file(String body) {
        HttpResponse<String> filed = api.postJson("/api/v1/hotline/reports", body, "Authorization", CASEWORKER);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Http.json(filed).getJsonNumber("id").longValue();
    }

    private List<Long> current() {
        return ids("/api/v1/hotline/reports?current=true");
    }

    private List<Long> all() {
        return ids("/api/v1/hotline/reports");
    }

    private List<Long> ids(String path) {
        HttpResponse<String> answer = api.get(path, "Authorization", CASEWORKER);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.jsonArray(answer).getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }
}
