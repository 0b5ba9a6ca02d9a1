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
 * The hotline's call log (issue 15, item 3): every call is logged, including those that lead to nothing; a caller's
 * name is kept only with their consent; a volunteer reads their own calls, a supervisor everyone's and the volumes by
 * day and hour; bad input is a 400 naming the field and saves nothing.
 */
class HotlineCallsIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private final Http api = Http.api();

    @Test
    void aCallThatLedToNothingIsLoggedAndCountedAndACallerNameNeedsConsent() {
        int before = volumes().getInt("total");
        HttpResponse<String> dropped = api.postJson("/api/v1/hotline/calls",
                "{\"callKind\":\"ENFORCEMENT_ACTIVITY\",\"language\":\"Spanish\",\"outcome\":\"CALL_DROPPED\",\"minutes\":1}",
                "Authorization", CASEWORKER);
        assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(201);
        long droppedId = Http.json(dropped).getJsonNumber("id").longValue();

        HttpResponse<String> withoutConsent = api.postJson("/api/v1/hotline/calls",
                "{\"callKind\":\"PERSON_DETAINED\",\"outcome\":\"CALL_BACK_NEEDED\",\"callerName\":\"Marta Sinpermiso\"}",
                "Authorization", CASEWORKER);
        assertThat(withoutConsent.statusCode()).isEqualTo(400);
        assertThat(withoutConsent.body()).contains("callerName");

        HttpResponse<String> missing = api.postJson("/api/v1/hotline/calls", "{\"callKind\":\"PERSON_DETAINED\"}",
                "Authorization", CASEWORKER);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("outcome");

        long caseId = Http.openCase("Llamada" + System.nanoTime() % 100000, "Ana");
        HttpResponse<String> consented = api.postJson("/api/v1/hotline/calls", """
                {"callKind":"PERSON_DETAINED","language":"English","outcome":"CASE_OPENED","minutes":9,"caseId":%d,
                 "callerConsented":true,"callerName":"Marta Conpermiso","callerContact":"555-0100"}""".formatted(caseId),
                "Authorization", CASEWORKER);
        assertThat(consented.statusCode()).as(consented.body()).isEqualTo(201);

        List<JsonObject> mine = calls(CASEWORKER);
        assertThat(mine).extracting(c -> c.getJsonNumber("id").longValue()).contains(droppedId);
        assertThat(mine).as("a volunteer never reads a caller's identity back").allSatisfy(c ->
                assertThat(c.containsKey("callerName") && !c.isNull("callerName")).isFalse());
        List<JsonObject> everyone = calls(SUPERVISOR);
        assertThat(everyone).anySatisfy(c -> {
            assertThat(c.getString("callerName", "")).isEqualTo("Marta Conpermiso");
            assertThat(c.getJsonNumber("caseId").longValue()).isEqualTo(caseId);
            assertThat(c.getString("takenBy")).isEqualTo("caseworker");
        });
        JsonObject after = volumes();
        assertThat(after.getInt("total")).isEqualTo(before + 2);
        assertThat(after.getJsonArray("byHour")).hasSize(24);
        assertThat(after.getJsonArray("byDay")).hasSize(7);
    }

    @Test
    void volumesAreForSupervisorsAndAPeriodMustRunForwards() {
        assertThat(api.get("/api/v1/hotline/calls/volumes", "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/hotline/calls", "Authorization", basic("attorney", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
        HttpResponse<String> backwards = api.get("/api/v1/hotline/calls?from=2026-02-01&to=2026-01-01", "Authorization", SUPERVISOR);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"to\"");
        HttpResponse<String> future = api.postJson("/api/v1/hotline/calls", """
                {"callKind":"OTHER","outcome":"INFORMATION_GIVEN","receivedAt":"%s"}""".formatted(Instant.now().plus(2, ChronoUnit.DAYS)),
                "Authorization", CASEWORKER);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("receivedAt");
    }

    private List<JsonObject> calls(String who) {
        HttpResponse<String> answer = api.get("/api/v1/hotline/calls", "Authorization", who);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.jsonArray(answer).getValuesAs(JsonObject.class);
    }

    private JsonObject volumes() {
        HttpResponse<String> answer = api.get("/api/v1/hotline/calls/volumes", "Authorization", SUPERVISOR);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }
}
