package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jurisdiction's authorities (issue 14 item 1, the toolkit's "Mapping Local Authorities"): a caseworker records the
 * sheriff, elected, with the office's contacts and the next election; every role reads them, on the API and on the
 * jurisdiction's page in words; staff may not record any; an edit from an older version is refused with what changed;
 * bad input is refused naming the field and saves nothing; every change is in the audit trail, which names no one.
 */
class AuthoritiesIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();
    private static final String SHERIFF = """
            {"office":"SHERIFF","holderName":"Sheriff Autoridad %s","selection":"ELECTED","nextElection":"2028-06-06",
             "phone":"(505) 555-0100 ext. 4","email":"sheriff@example.org","website":"https://example.org/sheriff",
             "address":"1 Plaza, Autoridad","notes":"Runs the jail; the budget goes through the board."}""";

    private long jurisdiction;
    private String tag;

    @BeforeEach
    void aNewJurisdiction() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdiction = TestJurisdictions.county("Autoridad County " + tag + " (test)");
    }

    @Test
    void aCaseworkerRecordsTheSheriffAndEveryRoleReadsIt() {
        JsonObject added = Http.json(created(post(SHERIFF.formatted(tag), CASEWORKER)));
        long id = added.getJsonNumber("id").longValue();
        assertThat(added.getString("office")).isEqualTo("SHERIFF");
        assertThat(added.getString("selection")).isEqualTo("ELECTED");
        assertThat(added.getString("updatedBy")).isEqualTo("caseworker");

        assertThat(post("{\"office\":\"MAYOR\"}", STAFF).statusCode()).as("staff read only").isEqualTo(403);
        List<JsonObject> read = list(STAFF);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getString("holderName")).isEqualTo("Sheriff Autoridad " + tag);
        assertThat(read.get(0).getString("nextElection")).isEqualTo("2028-06-06");
        assertThat(read.get(0).getString("phone")).isEqualTo("(505) 555-0100 ext. 4");
        JsonObject page = Http.json(api.get("/api/v1/jurisdictions/" + jurisdiction, "Authorization", STAFF));
        assertThat(page.getJsonArray("authorities").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);

        created(post("{\"office\":\"COUNTY_BOARD_MEMBER\",\"title\":\"District 3\",\"selection\":\"ELECTED\"}", SUPERVISOR));
        created(post("{\"office\":\"COUNTY_EXECUTIVE\"}", SUPERVISOR));
        assertThat(list(CASEWORKER).stream().map(a -> a.getString("office")))
                .as("in the toolkit's order of offices").containsExactly("SHERIFF", "COUNTY_EXECUTIVE", "COUNTY_BOARD_MEMBER");

        String trail = api.get("/api/v1/audit?user=caseworker&size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("authority.added").doesNotContain("Sheriff Autoridad " + tag);
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedWithWhatChanged() {
        long id = Http.json(created(post(SHERIFF.formatted(tag), CASEWORKER))).getJsonNumber("id").longValue();
        String changed = """
                {"version":0,"office":"SHERIFF","holderName":"Sheriff Nueva %s","selection":"ELECTED","nextElection":"2030-06-04"}"""
                .formatted(tag);
        HttpResponse<String> first = api.putJson(path(id), changed, "Authorization", SUPERVISOR);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).getInt("version")).isEqualTo(1);
        assertThat(Http.json(first).containsKey("phone")).as("the form replaces what is recorded").isFalse();

        HttpResponse<String> stale = api.putJson(path(id), changed.replace("Nueva", "Vieja"), "Authorization", CASEWORKER);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("holderName");
        assertThat(api.delete(path(id) + "?version=0", "Authorization", CASEWORKER).statusCode()).isEqualTo(409);
        assertThat(list(STAFF).get(0).getString("holderName")).isEqualTo("Sheriff Nueva " + tag);

        assertThat(api.delete(path(id) + "?version=1", "Authorization", STAFF).statusCode()).isEqualTo(403);
        assertThat(api.delete(path(id) + "?version=1", "Authorization", CASEWORKER).statusCode()).isEqualTo(204);
        assertThat(list(STAFF)).isEmpty();
        String trail = api.get("/api/v1/audit?user=caseworker&size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("authority.removed");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndSavesNothing() {
        assertField(post("{\"office\":\"SHERIFF\",\"email\":\"sheriff at example\"}", CASEWORKER), "email");
        assertField(post("{\"office\":\"SHERIFF\",\"website\":\"javascript:alert(1)\"}", CASEWORKER), "website");
        assertField(post("{\"office\":\"SHERIFF\",\"phone\":\"ask at the desk\"}", CASEWORKER), "phone");
        assertField(post("{\"office\":\"POLICE_CHIEF\",\"selection\":\"APPOINTED\",\"nextElection\":\"2028-11-07\"}", CASEWORKER),
                "nextElection");
        assertField(post("{\"holderName\":\"Nobody\"}", CASEWORKER), "office");
        assertField(post("{\"office\":\"MAYOR\",\"title\":\"" + "x".repeat(151) + "\"}", CASEWORKER), "title");
        assertThat(post("{\"office\":\"KING\"}", CASEWORKER).statusCode()).as("an unknown office").isEqualTo(400);
        assertThat(list(CASEWORKER)).as("nothing half-saved").isEmpty();

        long id = Http.json(created(post(SHERIFF.formatted(tag), CASEWORKER))).getJsonNumber("id").longValue();
        assertField(api.delete(path(id), "Authorization", CASEWORKER), "version");
        assertThat(api.get("/api/v1/jurisdictions/987654321/authorities", "Authorization", STAFF).statusCode()).isEqualTo(404);
        assertThat(api.putJson("/api/v1/jurisdictions/987654321/authorities/" + id, "{\"version\":0,\"office\":\"MAYOR\"}",
                "Authorization", CASEWORKER).statusCode()).as("not this jurisdiction's").isEqualTo(404);
        assertThat(api.get("/api/v1/jurisdictions/" + jurisdiction + "/authorities").statusCode()).isEqualTo(401);
    }

    @Test
    void theJurisdictionPageShowsTheAuthoritiesInWordsAndTheFormOnlyToRolesThatRecord() {
        created(post(SHERIFF.formatted(tag), CASEWORKER));
        String supervisor = page("supervisor", "en");
        assertThat(supervisor).contains("Authorities", "Sheriff Autoridad " + tag, "Sheriff", "Elected", "next election 06/06/2028",
                "href=\"tel:5055550100;ext=4\"", "(505) 555-0100 ext. 4", "href=\"mailto:sheriff@example.org\"", "href=\"https://example.org/sheriff\"",
                "authorityForm", "Record an authority");
        assertThat(supervisor).as("no codes shown").doesNotContain(">SHERIFF<", ">ELECTED<");
        String staff = page("staff", "en");
        assertThat(staff).contains("Sheriff Autoridad " + tag).doesNotContain("authorityForm");
        assertThat(page("caseworker", "es")).contains("Autoridades", "Alguacil (sheriff)", "Electo", "próxima elección");
    }

    @Test
    void aDemoCountyHasItsSheriffAndBoard() {
        JsonObject mapped = Http.json(api.get("/api/v1/map/jurisdictions", "Authorization", STAFF)).getJsonObject("jurisdictions");
        long ejemplo = mapped.getJsonObject("06029").getJsonNumber("id").longValue();
        List<JsonObject> authorities = Http.jsonArray(api.get("/api/v1/jurisdictions/" + ejemplo + "/authorities",
                "Authorization", STAFF)).getValuesAs(JsonObject.class);
        assertThat(authorities.stream().map(a -> a.getString("office"))).contains("SHERIFF", "COUNTY_BOARD_MEMBER");
    }

    private HttpResponse<String> post(String json, String who) {
        return api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/authorities", json, "Authorization", who);
    }

    private String path(long id) {
        return "/api/v1/jurisdictions/" + jurisdiction + "/authorities/" + id;
    }

    private List<JsonObject> list(String who) {
        HttpResponse<String> answer = api.get("/api/v1/jurisdictions/" + jurisdiction + "/authorities", "Authorization", who);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.jsonArray(answer).getValuesAs(JsonObject.class);
    }

    private String page(String user, String language) {
        return Http.page(user, "/jurisdictions/view.xhtml?id=" + jurisdiction, language);
    }
}
