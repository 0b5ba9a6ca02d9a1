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
        assertThat(detainer.getString("ruleSet")).as("v1.1: the set of the issue date").isEqualTo("DHS-2014-11-20");
    }

    @Test
    void anEmptyRequestIsScreenedAsOfTodayWithEverythingUnknownAndNoDetainer() {
        JsonObject body = Http.json(screen("{}"));
        // v1.1: today's rule set (EO-2025-01-20 since 2025-01-20) has no priorities at all.
        assertThat(body.getString("ruleSet")).isEqualTo("EO-2025-01-20");
        assertThat(body.getString("enforcementPriority")).isEqualTo("NO_PRIORITIES_IN_EFFECT");
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
                        "NO_HOLDS_NO_NOTIFICATION", "NO_HOLDS_NO_ACCESS", "NO_HOLDS_NO_ACCESS_NO_NOTIFICATION",
                        "HOLDS_ONLY_WITH_JUDICIAL_WARRANT", "HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS", "STATE_REQUIRES_HONORING_DETAINERS")),
                // v1.1
                Arguments.of("person.gang", List.of("CONVICTED_GANG_OFFENSE", "PARTICIPATED_AT_16_OR_OLDER", "LISTED_IN_GANG_DATABASE")),
                Arguments.of("person.entries[0].manner", List.of("WITHOUT_INSPECTION", "INSPECTED", "PAROLED")),
                Arguments.of("detainer.accompaniedBy", List.of("I_200", "I_205", "NONE")),
                Arguments.of("detainer.jurisdictionPolicies[0].level", List.of("STATE", "COUNTY", "CITY")),
                Arguments.of("detainer.jurisdictionPolicies[0].policy", List.of("NONE", "STATE_NO_HOLDS", "LOCAL_NO_HOLDS",
                        "NO_HOLDS_NO_NOTIFICATION", "NO_HOLDS_NO_ACCESS", "NO_HOLDS_NO_ACCESS_NO_NOTIFICATION",
                        "HOLDS_ONLY_WITH_JUDICIAL_WARRANT", "HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS", "STATE_REQUIRES_HONORING_DETAINERS")));
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
            case "person.gang" -> "{\"person\":{\"gang\":" + value + "}}";
            case "person.entries[0].manner" -> "{\"person\":{\"entries\":[{\"date\":\"2014-06-01\",\"manner\":" + value + "}]}}";
            case "detainer.accompaniedBy" -> "{\"detainer\":{\"form\":\"I_247A\",\"issuedAt\":\"2018-01-02T10:00:00\",\"accompaniedBy\":" + value + "}}";
            case "detainer.jurisdictionPolicies[0].level" -> "{\"detainer\":{\"form\":\"I_247A\",\"honoredHold\":true,"
                    + "\"jurisdictionPolicies\":[{\"policy\":\"LOCAL_NO_HOLDS\",\"since\":\"2018-01-01\",\"level\":" + value + "}]}}";
            case "detainer.jurisdictionPolicies[0].policy" -> "{\"detainer\":{\"form\":\"I_247A\",\"honoredHold\":true,\"iceInterviewed\":true,"
                    + "\"jurisdictionPolicies\":[{\"level\":\"STATE\",\"since\":\"2018-01-01\",\"policy\":" + value + "}]}}";
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
            "detainer.interference[0]|{\"detainer\": {\"form\": \"I_247D\", \"interference\": [\"SOMETHING\"]}}",
            "person.apprehendedAtBorder|{\"person\": {\"apprehendedAtBorder\": \"yes\"}}",
            "person.visaAbuse|{\"person\": {\"visaAbuse\": 1}}",
            "person.inRemovalProceedings|{\"person\": {\"inRemovalProceedings\": \"no\"}}",
            "convictions[0].statusOffense|{\"convictions\": [{\"level\": \"MISDEMEANOR\", \"statusOffense\": \"yes\"}]}",
            "detainer.iceInterviewed|{\"detainer\": {\"form\": \"I_247D\", \"iceInterviewed\": \"yes\"}}",
            "detainer.jurisdictionPolicies|{\"detainer\": {\"form\": \"I_247D\", \"jurisdictionPolicies\": {\"policy\": \"NONE\"}}}",
            "detainer.jurisdictionPolicies[0].policy|{\"detainer\": {\"form\": \"I_247D\", \"jurisdictionPolicies\": [{\"level\": \"STATE\"}]}}",
            "detainer.jurisdictionPolicies[0].since|{\"detainer\": {\"form\": \"I_247D\", \"jurisdictionPolicies\": [{\"policy\": \"NONE\", \"since\": \"2018-13-01\"}]}}"
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

    // Contract v1.1

    private static java.util.List<String> findings(JsonObject body) {
        return body.getJsonObject("detainer").getJsonArray("findings").getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void a2026DetainerOnAPersonWithNoRecordIsUnderNoPrioritiesAndNoNonPriorityTarget() {
        JsonObject body = Http.json(screen("""
                {"asOf":"2026-03-02","detainer":{"form":"I_247A","issuedAt":"2026-03-01T10:00:00","accompaniedBy":"I_200"}}"""));
        assertThat(body.getString("ruleSet")).isEqualTo("EO-2025-01-20");
        assertThat(body.getString("enforcementPriority")).isEqualTo("NO_PRIORITIES_IN_EFFECT");
        assertThat(body.getJsonObject("detainer").getString("ruleSet")).isEqualTo("EO-2025-01-20");
        assertThat(findings(body)).doesNotContain("NON_PRIORITY_TARGET");
        assertThat(body.getJsonArray("priorityReasons").getString(0)).contains("Executive Order 14159");
    }

    @Test
    void a2015I247DOnAPriority3PersonIsANonPriorityTarget() {
        JsonObject body = Http.json(screen("""
                {"asOf":"2015-06-01","removalOrders":[{"date":"2014-03-01","final":true}],
                 "detainer":{"form":"I_247D","issuedAt":"2015-05-21T10:00:00"}}"""));
        assertThat(body.getString("enforcementPriority")).isEqualTo("PRIORITY_3");
        assertThat(body.getJsonObject("detainer").getString("ruleSet")).isEqualTo("DHS-2014-11-20");
        assertThat(findings(body)).containsExactly("NON_PRIORITY_TARGET");
    }

    @Test
    void thePersonIsJudgedByTheScreeningDateAndTheDetainerByItsIssueDate() {
        JsonObject body = Http.json(screen("""
                {"asOf":"2026-03-02","detainer":{"form":"I_247D","issuedAt":"2016-03-01T10:00:00"}}"""));
        assertThat(body.getString("ruleSet")).isEqualTo("EO-2025-01-20");
        assertThat(body.getJsonObject("detainer").getString("ruleSet")).isEqualTo("DHS-2014-11-20");
        assertThat(findings(body)).contains("NON_PRIORITY_TARGET");
    }

    static Stream<Arguments> priorities() {
        return Stream.of(
                Arguments.of("{\"asOf\":\"2013-06-01\",\"convictions\":[{\"date\":\"2012-01-01\",\"level\":\"MISDEMEANOR\",\"category\":\"THEFT\"}]}", "ICE-2011-03-02", "PRIORITY_1"),
                Arguments.of("{\"asOf\":\"2016-06-01\",\"person\":{\"visaAbuse\":true}}", "DHS-2014-11-20", "PRIORITY_2"),
                Arguments.of("{\"asOf\":\"2016-06-01\",\"person\":{\"gang\":\"LISTED_IN_GANG_DATABASE\"}}", "DHS-2014-11-20", "NOT_A_PRIORITY"),
                Arguments.of("{\"asOf\":\"2016-06-01\",\"person\":{\"apprehendedAtBorder\":true}}", "DHS-2014-11-20", "PRIORITY_1"),
                Arguments.of("{\"asOf\":\"2016-06-01\",\"person\":{\"entries\":[{\"date\":\"2014-06-01\",\"manner\":\"WITHOUT_INSPECTION\"}]}}", "DHS-2014-11-20", "PRIORITY_2"),
                Arguments.of("{\"asOf\":\"2016-06-01\",\"person\":{\"entries\":[{\"date\":\"2014-06-01\",\"manner\":\"INSPECTED\"}]}}", "DHS-2014-11-20", "NOT_A_PRIORITY"),
                Arguments.of("{\"asOf\":\"2016-06-01\",\"convictions\":[{\"date\":\"2012-01-01\",\"level\":\"FELONY\",\"category\":\"OTHER\",\"statusOffense\":true}]}", "DHS-2014-11-20", "NOT_A_PRIORITY"),
                Arguments.of("{\"asOf\":\"2018-06-01\",\"convictions\":[{\"date\":\"2012-01-01\",\"level\":\"MISDEMEANOR\",\"category\":\"MINOR_TRAFFIC\"}]}", "EO-2017-01-25", "PRIORITY"),
                Arguments.of("{\"asOf\":\"2021-06-01\",\"person\":{\"nationalSecurityConcern\":true}}", "DHS-2021-01-20", "NATIONAL_SECURITY"),
                Arguments.of("{\"asOf\":\"2024-06-01\",\"person\":{\"apprehendedAtBorder\":true}}", "DHS-2021-09-30", "BORDER_SECURITY"),
                Arguments.of("{\"asOf\":\"2024-06-01\",\"convictions\":[{\"date\":\"2012-01-01\",\"level\":\"FELONY\",\"category\":\"OTHER\"}]}", "DHS-2021-09-30", "PUBLIC_SAFETY_REVIEW"),
                Arguments.of("{\"asOf\":\"2023-01-01\"}", "NONE-2022-06-10", "NO_PRIORITIES_IN_EFFECT"),
                Arguments.of("{\"asOf\":\"2026-01-01\"}", "EO-2025-01-20", "NO_PRIORITIES_IN_EFFECT"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("priorities")
    void everyRuleSetAndEveryPriorityValue(String request, String ruleSet, String priority) {
        JsonObject body = Http.json(screen(request));
        assertThat(body.getString("ruleSet")).isEqualTo(ruleSet);
        assertThat(body.getString("enforcementPriority")).isEqualTo(priority);
    }

    @Test
    void theNewFindingsHeldWithoutHoldRequestAndNoAdministrativeWarrant() {
        JsonObject held = Http.json(screen("""
                {"asOf":"2026-03-10","detainer":{"form":"I_247N","issuedAt":"2026-03-01T10:00:00",
                 "scheduledReleaseAt":"2026-03-05T17:00:00","stillHeldAt":"2026-03-06T09:00:00"}}"""));
        assertThat(findings(held)).containsExactly("HELD_WITHOUT_HOLD_REQUEST");
        assertThat(held.getJsonObject("detainer").isNull("holdExpiresAt")).isTrue();
        JsonObject warrant = Http.json(screen("""
                {"asOf":"2026-03-10","detainer":{"form":"I_247A","issuedAt":"2026-03-01T10:00:00","accompaniedBy":"NONE"}}"""));
        assertThat(findings(warrant)).containsExactly("NO_ADMINISTRATIVE_WARRANT");
    }

    @Test
    void everyPolicyConflictHasItsOwnReasonAndALayerCountsFromItsDate() {
        JsonObject body = Http.json(screen("""
                {"asOf":"2026-03-10","detainer":{"form":"I_247A","issuedAt":"2026-03-01T10:00:00","accompaniedBy":"I_200",
                 "scheduledReleaseAt":"2026-03-05T17:00:00","honoredHold":true,"iceInterviewed":true,
                 "jurisdictionPolicy":"NONE",
                 "jurisdictionPolicies":[{"level":"STATE","policy":"HOLDS_ONLY_WITH_JUDICIAL_WARRANT","since":"2018-01-01"},
                   {"level":"COUNTY","policy":"NO_HOLDS_NO_ACCESS","since":"2020-01-01"},
                   {"level":"CITY","policy":"LOCAL_NO_HOLDS","since":"2026-04-01"}]}}"""));
        assertThat(findings(body)).containsExactly("POLICY_CONFLICT");
        assertThat(body.getJsonObject("detainer").getJsonArray("findingReasons").getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("finding").equals("POLICY_CONFLICT")).hasSize(3);
    }

    @Test
    void aStateLawRequiringDetainersOverridesTheCountysProhibition() {
        JsonObject body = Http.json(screen("""
                {"asOf":"2026-03-10","detainer":{"form":"I_247A","issuedAt":"2026-03-01T10:00:00","accompaniedBy":"I_200",
                 "scheduledReleaseAt":"2026-03-05T17:00:00","honoredHold":true,
                 "jurisdictionPolicies":[{"level":"STATE","policy":"STATE_REQUIRES_HONORING_DETAINERS","since":"2017-09-01"},
                   {"level":"COUNTY","policy":"LOCAL_NO_HOLDS","since":"2015-01-01"}]}}"""));
        assertThat(findings(body)).isEmpty();
    }

    @Test
    void dacaReadsTheStatusAndTheAgeOf15() {
        JsonObject lpr = Http.json(screen("""
                {"asOf":"2015-06-01","person":{"dateOfBirth":"1990-05-01","immigrationStatus":"LPR",
                 "entries":[{"date":"2000-01-15"}],"continuousResidenceSince":"2000-01-15","education":"GED",
                 "nationalSecurityConcern":false}}"""));
        assertThat(lpr.getJsonObject("daca").getString("result")).isEqualTo("NOT_ELIGIBLE");
        JsonObject young = Http.json(screen("""
                {"asOf":"2020-06-01","person":{"dateOfBirth":"2005-06-02","immigrationStatus":"UNDOCUMENTED",
                 "entries":[{"date":"2006-01-15"}],"continuousResidenceSince":"2006-01-15","education":"IN_SCHOOL",
                 "nationalSecurityConcern":false,"inRemovalProceedings":true}}"""));
        assertThat(young.getJsonObject("daca").getString("result")).isEqualTo("POTENTIALLY_ELIGIBLE");
    }

    @Test
    void supervisorsReadTheReScreeningReportsAndCaseworkersMayNot() {
        HttpResponse<String> runs = api.get("/api/v1/screening/reruns", "Authorization", basic("supervisor", Http.DEMO_PASSWORD));
        assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
        jakarta.json.JsonArray list = jakarta.json.Json.createReader(new java.io.StringReader(runs.body())).readArray();
        list.getValuesAs(JsonObject.class).forEach(run -> {
            assertThat(run.getString("reason")).isIn("RULES_CHANGED", "RULE_SET_TOOK_EFFECT");
            assertThat(run.getString("report")).contains("open cases screened");
        });
        assertThat(api.get("/api/v1/screening/reruns", "Authorization", basic("caseworker", Http.DEMO_PASSWORD)).statusCode())
                .isEqualTo(403);
    }
}
