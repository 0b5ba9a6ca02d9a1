package org.amparo.it;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The screening API of SCREENING.md, against the running server: the contract outside clients rely on. */
class ScreeningApiIT {

    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);

    static final String CONTRACT_EXAMPLE = """
            {
              "asOf": "2015-06-01",
              "person": {"dateOfBirth": "1990-05-01", "immigrationStatus": "UNDOCUMENTED",
                "entries": [{"date": "2000-01-15"}], "continuousResidenceSince": "2000-01-15",
                "education": "HIGH_SCHOOL_GRADUATE", "gangMember": false, "nationalSecurityConcern": false},
              "convictions": [{"date": "2013-02-01", "level": "MISDEMEANOR", "category": "DUI", "aggravatedFelony": false,
                "sentenceDays": 0, "suspended": false, "juvenile": false, "incident": "a"}],
              "pendingCharges": [{"date": "2015-05-20", "level": "FELONY", "category": "OTHER"}],
              "removalOrders": [{"date": "2013-06-01", "final": true}],
              "detainer": {"form": "I_247D", "issuedAt": "2015-05-21T10:00:00", "servedOnPerson": false,
                "scheduledReleaseAt": "2015-05-22T17:00:00", "stillHeldAt": "2015-05-25T09:00:00",
                "honoredHold": true, "notifiedIce": false, "jurisdictionPolicy": "LOCAL_NO_HOLDS"}
            }""";

    private final Http api = Http.api();

    private HttpResponse<String> screen(String json) {
        return api.postJson("/api/v1/screening", json, "Authorization", STAFF);
    }

    @Test
    void theContractsExampleGivesTheContractsAnswer() {
        HttpResponse<String> response = screen(CONTRACT_EXAMPLE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = Http.json(response);
        assertThat(body.getString("ruleSet")).isEqualTo("DHS-2014-11-20");
        assertThat(body.getString("enforcementPriority")).isEqualTo("PRIORITY_2");
        assertThat(body.getJsonArray("priorityReasons").getString(0)).contains("the DUI conviction of 2013-02-01");
        assertThat(body.getJsonObject("daca").getString("result")).isEqualTo("NOT_ELIGIBLE");
        assertThat(body.getJsonObject("scaap").getBoolean("eligible")).isFalse();
        JsonObject detainer = body.getJsonObject("detainer");
        assertThat(detainer.getString("holdExpiresAt")).isEqualTo("2015-05-24T17:00:00");
        assertThat(detainer.getJsonArray("findings").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("HELD_PAST_EXPIRY", "NO_NOTICE_TO_PERSON", "POLICY_CONFLICT");
        assertThat(detainer.getBoolean("escalate")).isTrue();
    }

    @Test
    void anEmptyRequestIsScreenedAsOfTodayWithEverythingUnknownAndNoDetainer() {
        JsonObject body = Http.json(screen("{}"));
        assertThat(body.getString("enforcementPriority")).isEqualTo("NOT_A_PRIORITY");
        assertThat(body.getJsonObject("daca").getString("result")).isEqualTo("UNKNOWN");
        assertThat(body.containsKey("detainer")).isFalse();
    }

    @Test
    void aNotificationRequestHasANullExpiryAndANonDetainerIsFlagged() {
        JsonObject notification = Http.json(screen("""
                {"asOf":"2015-06-01","convictions":[{"date":"2012-01-01","level":"FELONY","category":"OTHER"}],
                 "detainer":{"form":"I_247N","scheduledReleaseAt":"2015-05-22T17:00:00"}}"""));
        assertThat(notification.getJsonObject("detainer").isNull("holdExpiresAt")).isTrue();
        assertThat(notification.getJsonObject("detainer").getBoolean("escalate")).isFalse();

        JsonObject warrant = Http.json(screen("""
                {"asOf":"2015-06-01","detainer":{"form":"I_200","scheduledReleaseAt":"2015-05-22T17:00:00"}}"""));
        assertThat(warrant.getJsonObject("detainer").getJsonArray("findings").getString(0)).isEqualTo("NOT_A_DETAINER");
        assertThat(warrant.getJsonObject("detainer").isNull("holdExpiresAt")).isTrue();
    }

    @Test
    void theLegacyI247CountsBusinessHoursOnlyOverAHolidayWeekend() {
        JsonObject body = Http.json(screen("""
                {"asOf":"2015-07-10","detainer":{"form":"I_247","scheduledReleaseAt":"2015-07-02T17:00:00"}}"""));
        assertThat(body.getJsonObject("detainer").getString("holdExpiresAt")).isEqualTo("2015-07-07T17:00:00");
    }

    static Stream<Arguments> enumerations() {
        return Stream.of(
                Arguments.of("convictions[0].level", List.of("FELONY", "MISDEMEANOR", "INFRACTION")),
                Arguments.of("convictions[0].category", List.of("DUI", "DOMESTIC_VIOLENCE", "FIREARM", "DRUG_SALE",
                        "SEXUAL_ABUSE", "BURGLARY", "DRUG_POSSESSION", "THEFT", "ASSAULT", "MINOR_TRAFFIC", "IMMIGRATION", "OTHER")),
                Arguments.of("person.education", List.of("IN_SCHOOL", "HIGH_SCHOOL_GRADUATE", "GED",
                        "HONORABLY_DISCHARGED_VETERAN", "NONE")),
                Arguments.of("person.immigrationStatus", List.of("UNDOCUMENTED", "LPR", "DACA", "VISA", "TPS",
                        "ASYLUM_PENDING", "CITIZEN", "UNKNOWN")),
                Arguments.of("detainer.form", List.of("I_247", "I_247D", "I_247N", "I_247X", "I_247A", "I_200", "I_205",
                        "I_203", "NTA")),
                Arguments.of("detainer.jurisdictionPolicy", List.of("NONE", "STATE_NO_HOLDS", "LOCAL_NO_HOLDS",
                        "NO_HOLDS_NO_NOTIFICATION", "NO_HOLDS_NO_ACCESS", "NO_HOLDS_NO_ACCESS_NO_NOTIFICATION")));
    }

    @ParameterizedTest(name = "every value of {0} is accepted, and an unknown one is a 400 naming it")
    @MethodSource("enumerations")
    void everyEnumerationValueIsAccepted(String field, List<String> values) {
        for (String value : values) {
            HttpResponse<String> response = screen(requestWith(field, "\"" + value + "\""));
            assertThat(response.statusCode()).as(field + "=" + value + ": " + response.body()).isEqualTo(200);
        }
        assertFieldError(screen(requestWith(field, "\"NOT_A_VALUE\"")), field);
        assertFieldError(screen(requestWith(field, "\"dui\"")), field);
    }

    /** A request with one field set, the rest of its object filled so the value is really read. */
    private static String requestWith(String field, String value) {
        return switch (field) {
            case "convictions[0].level" -> "{\"convictions\":[{\"date\":\"2012-01-01\",\"category\":\"OTHER\",\"level\":" + value + "}]}";
            case "convictions[0].category" -> "{\"convictions\":[{\"date\":\"2012-01-01\",\"level\":\"MISDEMEANOR\",\"category\":" + value + "}]}";
            case "person.education" -> "{\"person\":{\"education\":" + value + "}}";
            case "person.immigrationStatus" -> "{\"person\":{\"immigrationStatus\":" + value + "}}";
            case "detainer.form" -> "{\"detainer\":{\"scheduledReleaseAt\":\"2015-05-22T17:00:00\",\"form\":" + value + "}}";
            case "detainer.jurisdictionPolicy" -> "{\"detainer\":{\"form\":\"I_247D\",\"honoredHold\":true,\"jurisdictionPolicy\":" + value + "}}";
            default -> throw new IllegalArgumentException(field);
        };
    }

    @ParameterizedTest(name = "400 naming the field, never a 500: {0}")
    @ValueSource(strings = {
            "body|{\"asOf\": \"2015-06-01\",",
            "body|not json at all",
            "body|[1, 2, 3]",
            "body|",
            "asOf|{\"asOf\": \"2015-02-30\"}",
            "asOf|{\"asOf\": 20150601}",
            "person.dateOfBirth|{\"person\": {\"dateOfBirth\": \"01/05/1990\"}}",
            "person|{\"person\": \"Juan\"}",
            "convictions|{\"convictions\": {\"date\": \"2013-02-01\"}}",
            "convictions[0].date|{\"person\": {\"dateOfBirth\": \"1990-05-01\"}, \"convictions\": [{\"date\": \"1989-01-01\", \"level\": \"MISDEMEANOR\"}]}",
            "convictions[2].level|{\"convictions\": [{\"level\": \"FELONY\"}, {\"level\": \"MISDEMEANOR\"}, {\"level\": \"CAPITAL\"}]}",
            "convictions[0].sentenceDays|{\"convictions\": [{\"level\": \"MISDEMEANOR\", \"sentenceDays\": -1}]}",
            "convictions[0].sentenceDays|{\"convictions\": [{\"level\": \"MISDEMEANOR\", \"sentenceDays\": 2.5}]}",
            "convictions[0].sentenceDays|{\"convictions\": [{\"level\": \"MISDEMEANOR\", \"sentenceDays\": \"ninety\"}]}",
            "convictions[0].suspended|{\"convictions\": [{\"level\": \"MISDEMEANOR\", \"suspended\": \"yes\"}]}",
            "convictions[0].date|{\"convictions\": [{\"date\": \"2999-01-01\", \"level\": \"FELONY\"}]}",
            "person.dateOfBirth|{\"person\": {\"dateOfBirth\": \"2999-01-01\"}}",
            "person.entries[0].date|{\"person\": {\"dateOfBirth\": \"1990-05-01\", \"entries\": [{\"date\": \"1980-01-01\"}]}}",
            "removalOrders[0].final|{\"removalOrders\": [{\"date\": \"2015-01-01\", \"final\": \"yes\"}]}",
            "detainer.form|{\"detainer\": {\"issuedAt\": \"2015-05-21T10:00:00\"}}",
            "detainer.issuedAt|{\"detainer\": {\"form\": \"I_247D\", \"issuedAt\": \"2015-05-21T10:00:00Z\"}}",
            "detainer.scheduledReleaseAt|{\"detainer\": {\"form\": \"I_247D\", \"scheduledReleaseAt\": \"2015-05-32T10:00:00\"}}",
            "detainer.interference[0]|{\"detainer\": {\"form\": \"I_247D\", \"interference\": [\"SOMETHING\"]}}"
    })
    void badInputIsAFieldError(String spec) {
        int bar = spec.indexOf('|');
        assertFieldError(screen(spec.substring(bar + 1)), spec.substring(0, bar));
    }

    private static void assertFieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject body = Http.json(response);
        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo(field);
                    assertThat(e.getString("message")).isNotBlank();
                });
    }

    @Test
    void withoutCredentialsItIs401AndAnySignedInRoleMayCall() {
        HttpResponse<String> anonymous = api.postJson("/api/v1/screening", "{}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        for (String role : List.of("caseworker", "attorney", "supervisor", "staff", "admin")) {
            assertThat(api.postJson("/api/v1/screening", "{}", "Authorization", basic(role, Http.DEMO_PASSWORD)).statusCode())
                    .as(role).isEqualTo(200);
        }
    }

    @Test
    void reasonsComeInSpanishWhenTheClientPrefersIt() {
        HttpResponse<String> response = api.postJson("/api/v1/screening", CONTRACT_EXAMPLE, "Authorization", ATTORNEY,
                "Accept-Language", "es-US, es;q=0.9");
        JsonObject body = Http.json(response);
        assertThat(body.getJsonArray("priorityReasons").getString(0)).contains("delito menor significativo");
        assertThat(body.getString("enforcementPriority")).isEqualTo("PRIORITY_2");
    }
}
