package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.ok;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jurisdiction's campaign and its specific policy asks (issue 14 item 3): a supervisor starts it, adds the toolkit's
 * "End 287(g) agreements" (an admin an ask of the organisation's own), raises one and records it won; every role reads
 * where each stands, on the API and on the page in words; caseworkers, attorneys and staff change nothing (supervisors
 * and admins run campaigns); a decision before the raising, a day in the
 * future, a second campaign or the same sample ask twice are refused naming the field; an older version is a 409. A
 * supervisor closes the campaign with how it ended: its plan step leaves its owner's inbox, the campaign refuses changes
 * and stays on file, listed among the jurisdiction's earlier campaigns, and the jurisdiction starts its next one.
 */
class CampaignIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    private long jurisdiction;

    @BeforeEach
    void aNewJurisdiction() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdiction = TestJurisdictions.county("Campana County " + tag + " (test)");
    }

    @Test
    void aSupervisorStartsACampaignAddsAsksAndRecordsAWinWhichTheOthersRead() {
        assertThat(plan(STAFF).containsKey("campaignId")).as("none yet").isFalse();
        assertThat(start("{\"name\":\"ICE out\"}", STAFF).statusCode()).isEqualTo(403);
        assertThat(start("{\"name\":\"ICE out\"}", CASEWORKER).statusCode()).as("supervisors and admins run campaigns")
                .isEqualTo(403);
        JsonObject started = Http.json(created(start("{\"name\":\"ICE out of Campana\"}", SUPERVISOR)));
        long campaign = started.getJsonNumber("campaignId").longValue();
        assertThat(started.getString("startedBy")).isEqualTo("supervisor");

        long own = Http.json(created(ask(campaign, "{\"wording\":\"Publish every ICE request the jail receives\"}", ADMIN)))
                .getJsonNumber("id").longValue();
        JsonObject end287g = Http.json(created(ask(campaign, "{\"sample\":\"END_287G\"}", SUPERVISOR)));
        long sample = end287g.getJsonNumber("id").longValue();
        assertThat(end287g.getString("status")).isEqualTo("NOT_RAISED");
        assertThat(ask(campaign, "{\"sample\":\"END_287G\"}", STAFF).statusCode()).isEqualTo(403);
        assertThat(ask(campaign, "{\"sample\":\"END_287G\"}", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(progress(campaign, sample, "{\"version\":0,\"status\":\"RAISED\"}", CASEWORKER).statusCode()).isEqualTo(403);

        JsonObject raised = Http.json(ok(progress(campaign, sample, "{\"version\":0,\"status\":\"RAISED\",\"on\":\"2026-09-01\"}", SUPERVISOR)));
        assertThat(raised.getString("raisedOn")).isEqualTo("2026-09-01");
        JsonObject won = Http.json(ok(progress(campaign, sample, "{\"version\":1,\"status\":\"WON\",\"on\":\"2026-11-02\"}", SUPERVISOR)));
        assertThat(won.getString("decidedOn")).isEqualTo("2026-11-02");
        assertThat(won.getString("raisedOn")).isEqualTo("2026-09-01");

        List<JsonObject> asks = plan(STAFF).getJsonArray("asks").getValuesAs(JsonObject.class);
        assertThat(asks).extracting(a -> a.getJsonNumber("id").longValue()).as("the toolkit's first, then the organisation's")
                .containsExactly(sample, own);
        assertThat(asks.get(0).getString("status")).isEqualTo("WON");

        String trail = api.get("/api/v1/audit?user=supervisor&size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("campaign.askProgressed", "campaign.askAdded");

        String page = page("supervisor", "en");
        assertThat(page).contains("Campaign: ICE out of Campana", "End 287(g) agreements.", "Won", "11/02/2026",
                "Publish every ICE request the jail receives", "Not yet raised", "campaignAskForm", "campaignProgressForm");
        assertThat(page).as("no codes").doesNotContain(">WON<", ">END_287G<", ">NOT_RAISED<");
        assertThat(page("staff", "en")).contains("End 287(g) agreements.").doesNotContain("campaignAskForm");
        assertThat(page("caseworker", "es")).contains("Poner fin a los acuerdos 287(g).", "Ganada", "Aún no planteada")
                .doesNotContain("campaignAskForm", "campaignProgressForm");
    }

    @Test
    void badChangesAreRefusedNamingTheFieldAndAnOlderVersionIsAConflict() {
        long campaign = Http.json(created(start("{\"name\":\"ICE out\"}", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        assertField(start("{\"name\":\"Another\"}", ADMIN), "name");
        assertField(ask(campaign, "{}", SUPERVISOR), "sample");
        assertField(ask(campaign, "{\"sample\":\"END_287G\",\"wording\":\"Both\"}", SUPERVISOR), "wording");
        long sample = Http.json(created(ask(campaign, "{\"sample\":\"EQUAL_ACCESS_TO_BAIL\"}", SUPERVISOR))).getJsonNumber("id").longValue();
        assertField(ask(campaign, "{\"sample\":\"EQUAL_ACCESS_TO_BAIL\"}", SUPERVISOR), "sample");

        ok(progress(campaign, sample, "{\"version\":0,\"status\":\"RAISED\",\"on\":\"2026-09-01\"}", SUPERVISOR));
        assertField(progress(campaign, sample, "{\"version\":1,\"status\":\"PROMISED\",\"on\":\"2026-08-01\"}", SUPERVISOR), "on");
        assertField(progress(campaign, sample, "{\"version\":1,\"status\":\"PROMISED\",\"on\":\"" + LocalDate.now().plusDays(3) + "\"}",
                SUPERVISOR), "on");
        assertField(progress(campaign, sample, "{\"version\":1}", SUPERVISOR), "status");
        HttpResponse<String> stale = progress(campaign, sample, "{\"version\":0,\"status\":\"LOST\"}", SUPERVISOR);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("status");
        assertThat(plan(SUPERVISOR).getJsonArray("asks").getJsonObject(0).getString("status")).as("nothing half-saved").isEqualTo("RAISED");
        assertThat(progress(987654321L, sample, "{\"version\":1,\"status\":\"LOST\"}", SUPERVISOR).statusCode())
                .as("not this campaign's").isEqualTo(404);
    }

    @Test
    void aCampaignHasAnAddressOfItsOwnAndIsListedWithTheOthers() {
        String body = "{\"jurisdictionId\":" + jurisdiction + ",\"name\":\"ICE out of Lista\"}";
        assertThat(api.postJson("/api/v1/campaigns", body, "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        assertField(api.postJson("/api/v1/campaigns", "{\"name\":\"ICE out\"}", "Authorization", SUPERVISOR), "jurisdictionId");
        assertField(api.postJson("/api/v1/campaigns", "{\"jurisdictionId\":987654321,\"name\":\"ICE out\"}",
                "Authorization", SUPERVISOR), "jurisdictionId");
        assertField(api.postJson("/api/v1/campaigns", "{\"jurisdictionId\":" + jurisdiction + ",\"name\":\" \"}",
                "Authorization", SUPERVISOR), "name");

        HttpResponse<String> made = created(api.postJson("/api/v1/campaigns", body, "Authorization", SUPERVISOR));
        long campaign = Http.json(made).getJsonNumber("campaignId").longValue();
        assertThat(made.headers().firstValue("Location").orElse("")).endsWith("/api/v1/campaigns/" + campaign);
        assertField(api.postJson("/api/v1/campaigns", body, "Authorization", ADMIN), "jurisdictionId");
        JsonObject read = Http.json(ok(api.get("/api/v1/campaigns/" + campaign, "Authorization", STAFF)));
        assertThat(read.getJsonNumber("jurisdictionId").longValue()).isEqualTo(jurisdiction);
        assertThat(read.getString("name")).isEqualTo("ICE out of Lista");
        assertThat(read.getInt("version")).isZero();
        assertThat(api.get("/api/v1/campaigns/987654321", "Authorization", STAFF).statusCode()).isEqualTo(404);

        created(ask(campaign, "{\"sample\":\"END_287G\"}", SUPERVISOR));
        JsonObject listed = Http.json(ok(api.get("/api/v1/campaigns", "Authorization", CASEWORKER))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("campaignId").longValue() == campaign)
                .findFirst().orElseThrow();
        assertThat(listed.getString("jurisdiction")).startsWith("Campana County ");
        assertThat(listed.getInt("asks")).isEqualTo(1);
        assertThat(listed.getInt("asksWon")).isZero();

        String renamed = "{\"version\":0,\"name\":\"ICE out of Campana County\"}";
        assertThat(api.putJson("/api/v1/campaigns/" + campaign, renamed, "Authorization", ATTORNEY).statusCode()).isEqualTo(403);
        assertField(api.putJson("/api/v1/campaigns/" + campaign, "{\"version\":0,\"name\":\"\"}", "Authorization", ADMIN), "name");
        JsonObject now = Http.json(ok(api.putJson("/api/v1/campaigns/" + campaign, renamed, "Authorization", ADMIN)));
        assertThat(now.getString("name")).isEqualTo("ICE out of Campana County");
        assertThat(now.getInt("version")).isEqualTo(1);
        HttpResponse<String> stale = api.putJson("/api/v1/campaigns/" + campaign, "{\"version\":0,\"name\":\"Older\"}",
                "Authorization", SUPERVISOR);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(Http.json(stale).getJsonArray("changes").getValuesAs(JsonObject.class)).as("what changed since version 0")
                .anySatisfy(c -> {
                    assertThat(c.getString("field")).isEqualTo("name");
                    assertThat(c.getString("newValue")).isEqualTo("ICE out of Campana County");
                    assertThat(c.getString("actor")).isEqualTo("admin");
                });
        assertThat(plan(STAFF).getString("name")).as("the jurisdiction's page reads the same campaign")
                .isEqualTo("ICE out of Campana County");
        assertThat(api.get("/api/v1/audit?user=admin&size=50", "Authorization", SUPERVISOR).body()).contains("campaign.renamed");
    }

    @Test
    void aClosedCampaignEndsItsTasksStaysOnFileAndTheJurisdictionStartsItsNext() {
        long campaign = Http.json(created(start("{\"name\":\"First push\"}", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        // A step for an attorney of its own (attorneys have no group tasks): its inbox holds only this campaign's task.
        String owner = TestAccounts.newUsername();
        String ownerAuth = TestAccounts.userWithOwnPassword(owner, "attorney");
        created(api.postJson("/api/v1/campaigns/" + campaign + "/steps", "{\"title\":\"Brief the board\",\"owner\":\""
                + owner + "\",\"dueOn\":\"" + java.time.LocalDate.now().plusDays(7) + "\"}", "Authorization", SUPERVISOR));
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth))).hasSize(1);

        created(ask(campaign, "{\"sample\":\"END_287G\"}", SUPERVISOR));
        assertThat(close(campaign, "{\"version\":0,\"result\":\"LOST\"}", CASEWORKER).statusCode()).isEqualTo(403);
        assertField(close(campaign, "{\"version\":0}", SUPERVISOR), "result");
        assertField(close(campaign, "{\"version\":0,\"result\":\"LOST\",\"on\":\"" + java.time.LocalDate.now().plusDays(2)
                + "\"}", SUPERVISOR), "on");
        assertThat(close(campaign, "{\"version\":7,\"result\":\"LOST\"}", SUPERVISOR).statusCode()).as("an older version")
                .isEqualTo(409);
        JsonObject closed = Http.json(ok(close(campaign, "{\"version\":0,\"result\":\"PARTLY_WON\"}", SUPERVISOR)));
        assertThat(closed.getJsonObject("closing").getString("result")).isEqualTo("PARTLY_WON");
        assertThat(closed.getJsonObject("closing").getString("by")).isEqualTo("supervisor");

        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth))).as("the step's task ended with it").isEmpty();
        assertField(close(campaign, "{\"version\":" + closed.getInt("version") + ",\"result\":\"WON\"}", SUPERVISOR), "result");
        assertField(ask(campaign, "{\"sample\":\"END_287G\"}", SUPERVISOR), "sample");
        assertField(api.postJson("/api/v1/campaigns/" + campaign + "/steps", "{\"title\":\"Too late\",\"owner\":\"" + owner
                + "\",\"dueOn\":\"" + java.time.LocalDate.now().plusDays(7) + "\"}", "Authorization", SUPERVISOR), "title");
        assertThat(Http.json(ok(api.get("/api/v1/campaigns/" + campaign, "Authorization", STAFF))).getJsonObject("closing")
                .getString("on")).as("on file, read by every role").isEqualTo(closed.getJsonObject("closing").getString("on"));

        JsonObject page = plan(STAFF);
        assertThat(page.containsKey("campaignId")).as("no campaign runs in the jurisdiction").isFalse();
        assertThat(page.getJsonArray("earlier").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.getJsonNumber("campaignId").longValue()).isEqualTo(campaign);
                    assertThat(e.getJsonArray("asks").getJsonObject(0).getString("sample")).as("its asks as they stood")
                            .isEqualTo("END_287G");
                });
        long next = Http.json(created(start("{\"name\":\"Second push\"}", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        assertThat(next).isNotEqualTo(campaign);
        assertThat(plan(CASEWORKER).getString("name")).isEqualTo("Second push");
        assertThat(page("caseworker", "en")).contains("Earlier campaigns").contains("First push").contains("Partly won")
                .contains("Not yet raised");
        assertThat(page("supervisor", "es")).contains("Campa\u00f1as anteriores").contains("Cerrar la campa\u00f1a");
        assertThat(api.get("/api/v1/audit?user=supervisor&size=50", "Authorization", SUPERVISOR).body()).contains("campaign.closed");
    }

    private static HttpResponse<String> close(long campaign, String json, String who) {
        return api.postJson("/api/v1/campaigns/" + campaign + "/close", json, "Authorization", who);
    }

    private HttpResponse<String> start(String json, String who) {
        return api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign", json, "Authorization", who);
    }

    private static HttpResponse<String> ask(long campaign, String json, String who) {
        return api.postJson("/api/v1/campaigns/" + campaign + "/asks", json, "Authorization", who);
    }

    private static HttpResponse<String> progress(long campaign, long ask, String json, String who) {
        return api.putJson("/api/v1/campaigns/" + campaign + "/asks/" + ask, json, "Authorization", who);
    }

    private JsonObject plan(String who) {
        return Http.json(ok(api.get("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "Authorization", who)));
    }

    private String page(String user, String language) {
        return Http.page(user, "/jurisdictions/view.xhtml?id=" + jurisdiction, language);
    }
}
