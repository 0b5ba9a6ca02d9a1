package org.amparo.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.basic;
import static org.amparo.it.Http.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a probe of the API found a client could send and have read as something else, or refused without the field's
 * name: each is now a 400 naming the field, and nothing of it is saved.
 */
class ApiInputIT {

    private static final Http api = Http.api();
    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);

    @Test
    void anIdThatIsADecimalOrTooLargeOpensNoCaseAtAnotherFacility() {
        String family = "Entrada" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        for (String facility : new String[]{"1.5", "18446744073709551617", "\"1\""}) {
            HttpResponse<String> refused = api.postJson("/api/v1/cases", """
                    {"familyName":"%s","givenNames":"Ana","dateOfBirth":"1990-05-01","facilityId":%s}""".formatted(family, facility),
                    "Authorization", CASEWORKER);
            assertField(refused, "facilityId");
        }
        assertThat(Http.json(api.get("/api/v1/search?q=" + family, "Authorization", SUPERVISOR)).getJsonObject("cases")
                .getJsonArray("rows")).isEmpty();
    }

    @Test
    void aWrongKindOfValueIsRefusedByItsField() {
        long id = Http.openCase("Entrada", "Luz");
        HttpResponse<String> badDate = api.postJson("/api/v1/cases/" + id + "/charges", """
                {"description":"Test charge","level":"MISDEMEANOR","category":"MINOR_TRAFFIC","arrestedOn":"2026-02-30"}""",
                "Authorization", CASEWORKER);
        assertField(badDate, "arrestedOn");
        assertThat(badDate.body()).contains("is not a date");
        HttpResponse<String> badLevel = api.postJson("/api/v1/cases/" + id + "/charges", """
                {"description":"Test charge","level":"BOGUS","category":"MINOR_TRAFFIC","arrestedOn":"2026-02-01"}""",
                "Authorization", CASEWORKER);
        assertField(badLevel, "level");
        assertThat(badLevel.body()).contains("MISDEMEANOR");
        assertThat(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER).body()).doesNotContain("Test charge");

        // "yes" was saved as no
        assertField(api.putJson("/api/v1/me/notification-settings", "{\"courtDatesByEmail\":\"yes\"}", "Authorization", SUPERVISOR),
                "courtDatesByEmail");
        // a body nested past the parser's limit is the body's fault, not a 500
        String deep = "{\"familyName\":".repeat(5000) + "1" + "}".repeat(5000);
        HttpResponse<String> tooDeep = api.postJson("/api/v1/cases", deep, "Authorization", CASEWORKER);
        assertThat(tooDeep.statusCode()).as(tooDeep.body()).isEqualTo(400);
        // a NUL cannot be stored on PostgreSQL: refused before it gets there
        assertField(api.postJson("/api/v1/admin/teams", "{\"name\":\"a\\u0000b\",\"members\":[]}", "Authorization", ADMIN), "name");
    }

    @Test
    void aQueryParameterThatCannotBeReadIsA400NamingItNotANotFound() {
        assertField(api.get("/api/v1/cases?size=abc", "Authorization", SUPERVISOR), "size");
        assertField(api.get("/api/v1/cases?facilityId=1.5", "Authorization", SUPERVISOR), "facilityId");
        HttpResponse<String> step = api.get("/api/v1/tasks?step=BOGUS", "Authorization", SUPERVISOR);
        assertField(step, "step");
        assertThat(step.body()).contains("INTAKE");
        assertField(api.get("/api/v1/audit?caseId=abc", "Authorization", ADMIN), "caseId");
        // an empty value is no value, as before
        assertThat(api.get("/api/v1/cases?facilityId=", "Authorization", SUPERVISOR).statusCode()).isEqualTo(200);
        // and a path that names no case is still no such case
        assertThat(api.get("/api/v1/cases/abc", "Authorization", SUPERVISOR).statusCode()).isEqualTo(404);
    }

    @Test
    void theApisOwnRefusalsAreInTheCallersLanguage() {
        HttpResponse<String> english = api.get("/api/v1/cases?size=abc", "Authorization", SUPERVISOR);
        assertField(english, "size");
        assertThat(english.body()).contains("is not a whole number");
        HttpResponse<String> spanish = api.get("/api/v1/cases?size=abc", "Authorization", SUPERVISOR, "Accept-Language", "es");
        assertField(spanish, "size");
        assertThat(spanish.body()).contains("no es un número entero");
        HttpResponse<String> body = api.postJson("/api/v1/cases", "null", "Authorization", CASEWORKER, "Accept-Language", "es-MX,es;q=0.9");
        assertField(body, "body");
        assertThat(body.body()).contains("Se necesita un objeto JSON con el caso");
        HttpResponse<String> kind = api.postJson("/api/v1/cases", "{\"familyName\":\"X\",\"facilityId\":1.5}", "Authorization", CASEWORKER,
                "Accept-Language", "es");
        assertField(kind, "facilityId");
        assertThat(kind.body()).as("a body's value of the wrong kind too").contains("debe ser un número entero");
    }

    @Test
    void aSearchForNothingIsRefusedNotAnswerWithEveryCase() {
        assertField(api.get("/api/v1/search?q=%00", "Authorization", CASEWORKER), "q");
        assertField(api.get("/api/v1/search?q=%20-.", "Authorization", CASEWORKER), "q");
    }

    @Test
    void aControlCharacterInTheCaseListsAddressIsSaidAboveTheListNotAFailure() {
        String page = Http.page("caseworker", "/cases/list.xhtml?q=Entrada%00x", "en");
        assertThat(page).contains("cannot be saved").doesNotContain("Something went wrong");
    }

    @Test
    void aCasePageWhoseAddressNamesNoCaseSaysSoInWords() {
        // the case file and its print view, with an id that is no number and with none at all
        for (String path : new String[]{"/cases/file.xhtml?id=abc", "/cases/file.xhtml", "/cases/print.xhtml?id=abc", "/cases/print.xhtml"}) {
            for (String language : new String[]{"en", "es"}) {
                String page = Http.page("caseworker", path, language);
                assertThat(page).as(path).doesNotContain("Case null").doesNotContain("Caso null").doesNotContain("case null")
                        .doesNotContain("caso null")
                        .contains("en".equals(language) ? "The address names no case" : "La dirección no indica ningún caso");
            }
        }
    }

    @Test
    void anEmptyBodyNeverTakesAJurisdictionAwayFromItsTeam() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long jurisdiction = TestJurisdictions.county("Vacia County " + tag + " (test)");
        long team = Http.json(created(api.postJson("/api/v1/admin/teams", """
                {"name":"Equipo vacio %s","members":[]}""".formatted(tag), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        String path = "/api/v1/admin/teams/jurisdictions/" + jurisdiction;
        assertThat(api.putJson(path, "{\"teamId\":" + team + "}", "Authorization", ADMIN).statusCode()).isEqualTo(204);
        for (String body : new String[]{"{}", "[]", "{\"teamId\":" + team + ".5}"}) {
            HttpResponse<String> refused = api.putJson(path, body, "Authorization", ADMIN);
            assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(400);
        }
        assertThat(api.get("/api/v1/admin/teams/" + team, "Authorization", ADMIN).body()).contains("Vacia County " + tag);
        assertThat(api.putJson(path, "{\"teamId\":null}", "Authorization", ADMIN).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/admin/teams/" + team, "Authorization", ADMIN).body()).doesNotContain("Vacia County " + tag);
    }

    @Test
    void aBreakGlassReasonMustSaySomething() {
        long id = Http.openCase("Entrada", "Sol");
        for (String reason : new String[]{"\"\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\"",
                "\"1234567890123\"", "1234567890123", "\"..............\""}) {
            assertField(api.postJson("/api/v1/cases/" + id + "/access", "{\"reason\":" + reason + "}", "Authorization", SUPERVISOR), "reason");
        }
    }

    @Test
    void aRoleThatMayNotCallAnOperationIsRefusedBeforeItsBodyIsRead() {
        long id = Http.openCase("Entrada", "Rol");
        // the same malformed bodies: the roles that may call each operation are told which field is wrong...
        assertField(api.postJson("/api/v1/cases", "{\"familyName\":\"X\",\"facilityId\":1.5}", "Authorization", CASEWORKER), "facilityId");
        assertField(api.putJson("/api/v1/cases/" + id + "/team", "{\"teamId\":\"x\"}", "Authorization", SUPERVISOR), "teamId");
        assertField(api.postJson("/api/v1/cases/" + id + "/charges", "{\"arrestedOn\":\"2026-02-30\"}", "Authorization", CASEWORKER),
                "arrestedOn");
        // ...the roles that may not are refused and told nothing of the body's rules
        for (HttpResponse<String> refused : java.util.List.of(
                api.postJson("/api/v1/cases", "{\"familyName\":\"X\",\"facilityId\":1.5}", "Authorization", ATTORNEY),
                api.putJson("/api/v1/cases/" + id + "/team", "{\"teamId\":\"x\"}", "Authorization", CASEWORKER),
                api.putJson("/api/v1/admin/teams/jurisdictions/1", "{\"teamId\":\"x\"}", "Authorization", SUPERVISOR),
                api.postJson("/api/v1/cases/" + id + "/charges", "{\"arrestedOn\":\"2026-02-30\"}", "Authorization", STAFF),
                api.postJson("/api/v1/cases/" + id + "/charges", "not json at all", "Authorization", STAFF))) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("facilityId").doesNotContain("teamId").doesNotContain("arrestedOn")
                    .contains("not allowed for your role");
        }
    }

    @Test
    void aTeamChoiceNestedDeepIsRefusedNotAFailure() {
        long id = Http.openCase("Entrada", "Hondo");
        String deep = "{\"teamId\":" + "{\"a\":".repeat(990) + "1" + "}".repeat(990) + "}";
        HttpResponse<String> refused = api.putJson("/api/v1/cases/" + id + "/team", deep, "Authorization", SUPERVISOR);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String beside = "{\"teamId\":null,\"x\":" + "[".repeat(990) + "]".repeat(990) + "}";
        assertThat(api.putJson("/api/v1/cases/" + id + "/team", beside, "Authorization", SUPERVISOR).statusCode()).isEqualTo(204);
        HttpResponse<String> language = api.putJson("/api/v1/accounts/me/language",
                "{\"language\":" + "{\"a\":".repeat(990) + "1" + "}".repeat(990) + "}", "Authorization", STAFF);
        assertThat(language.statusCode()).as(language.body()).isEqualTo(400);
    }
}
