package org.amparo.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's goals, research notes and outcome history (issue 14, the toolkit's "Getting Your Campaign into Gear"): a
 * supervisor agrees a goal, keeps what the research found with its source and records an outcome won; an outcome without
 * a result or in the future, and a goal with a result, are refused naming the field with nothing saved; caseworkers and
 * staff read but do not write; the page shows them in words in both languages, goals first and the latest outcome
 * first; a note is removed; every change is audited without the text.
 */
class CampaignNotesIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aSupervisorKeepsTheCampaignsGoalsResearchAndWhatItWon() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long j = TestJurisdictions.county("Notas County " + tag + " (test)");
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + j + "/campaign", "{\"name\":\"ICE out\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        String notes = "/api/v1/campaigns/" + campaign + "/notes";
        LocalDate today = LocalDate.now();

        assertField(api.postJson(notes, "{\"kind\":\"OUTCOME\",\"text\":\"Passed\",\"happenedOn\":\"" + today.minusDays(2) + "\"}",
                "Authorization", SUPERVISOR), "result");
        assertField(api.postJson(notes, "{\"kind\":\"OUTCOME\",\"text\":\"Passed\",\"result\":\"WON\",\"happenedOn\":\""
                + today.plusDays(3) + "\"}", "Authorization", SUPERVISOR), "happenedOn");
        assertField(api.postJson(notes, "{\"kind\":\"GOAL\",\"text\":\"Stop it\",\"result\":\"WON\"}", "Authorization", SUPERVISOR), "result");
        assertField(api.postJson(notes, "{\"kind\":\"RESEARCH\",\"text\":\"  \"}", "Authorization", SUPERVISOR), "text");
        assertThat(api.postJson(notes, "{\"kind\":\"GOAL\",\"text\":\"x\"}", "Authorization", CASEWORKER).statusCode())
                .as("caseworkers read only").isEqualTo(403);
        assertThat(Http.jsonArray(api.get(notes, "Authorization", STAFF))).as("nothing half-saved").isEmpty();

        String won = "The board of supervisors passed the ordinance " + tag;
        assertThat(api.postJson(notes, "{\"kind\":\"OUTCOME\",\"text\":\"" + won + "\",\"result\":\"WON\",\"happenedOn\":\""
                + today.minusDays(2) + "\"}", "Authorization", SUPERVISOR).statusCode()).isEqualTo(201);
        assertThat(api.postJson(notes, "{\"kind\":\"OUTCOME\",\"text\":\"The sheriff refused a first meeting\",\"result\":\"LOST\","
                + "\"happenedOn\":\"" + today.minusDays(90) + "\"}", "Authorization", ADMIN).statusCode()).isEqualTo(201);
        assertThat(api.postJson(notes, """
                {"kind":"RESEARCH","text":"ICE agents interview people in the jail","source":"Records request %s","happenedOn":"%s"}"""
                .formatted(tag, today.minusDays(120)), "Authorization", SUPERVISOR).statusCode()).isEqualTo(201);
        HttpResponse<String> goal = api.postJson(notes, "{\"kind\":\"GOAL\",\"text\":\"Stop local cooperation with ICE\"}",
                "Authorization", SUPERVISOR);
        assertThat(goal.statusCode()).as(goal.body()).isEqualTo(201);

        JsonArray read = Http.jsonArray(api.get(notes, "Authorization", STAFF));
        assertThat(read.getValuesAs(JsonObject.class).stream().map(n -> n.getString("kind")).toList())
                .as("goals, then research, then outcomes, the latest first").containsExactly("GOAL", "RESEARCH", "OUTCOME", "OUTCOME");
        assertThat(read.getJsonObject(2).getString("text")).isEqualTo(won);
        assertThat(read.getJsonObject(2).getString("result")).isEqualTo("WON");

        assertThat(Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + j, "en"))
                .contains("Goals, research and outcomes", "Goal", "Research", "Outcome", "Won", "Lost", won, "Records request " + tag);
        assertThat(Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + j, "es"))
                .contains("Metas, investigación y resultados", "Meta", "Investigación", "Ganado", "Perdido");

        long goalId = read.getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.delete(notes + "/" + goalId, "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(api.delete(notes + "/" + goalId, "Authorization", ADMIN).statusCode()).isEqualTo(200);
        assertThat(Http.jsonArray(api.get(notes, "Authorization", STAFF))).hasSize(3);
        assertThat(api.get("/api/v1/audit?size=50", "Authorization", SUPERVISOR).body())
                .contains("campaign.noteAdded", "campaign.noteRemoved").doesNotContain("passed the ordinance");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return response;
    }
}
