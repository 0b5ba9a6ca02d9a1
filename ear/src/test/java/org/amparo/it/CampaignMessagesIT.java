package org.amparo.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's messages by audience (issue 14, the toolkit's "Campaign Messaging/Communications"): a supervisor writes
 * talking points for law enforcement on one of the toolkit's themes; talking points that call people "illegals" are
 * refused naming the field and nothing is saved; caseworkers and staff read but do not write; the page shows the
 * messages in words in both languages; a message is removed; every change is audited.
 */
class CampaignMessagesIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aSupervisorWritesMessagesByAudienceInWordsTheToolkitKeeps() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long j = TestJurisdictions.county("Mensaje County " + tag + " (test)");
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + j + "/campaign", "{\"name\":\"ICE out\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        String messages = "/api/v1/campaigns/" + campaign + "/messages";

        assertField(api.postJson(messages, "{\"audience\":\"LAW_ENFORCEMENT\",\"theme\":\"FINANCIAL_COSTS\",\"points\":\"Holding illegals costs the county\"}",
                "Authorization", SUPERVISOR), "points");
        assertField(api.postJson(messages, "{\"theme\":\"FINANCIAL_COSTS\",\"points\":\"Costs\"}", "Authorization", SUPERVISOR), "audience");
        assertThat(api.postJson(messages, "{\"audience\":\"JOURNALISTS\",\"theme\":\"OWN\",\"points\":\"x\"}", "Authorization", CASEWORKER)
                .statusCode()).as("caseworkers read only").isEqualTo(403);
        assertThat(Http.jsonArray(api.get(messages, "Authorization", STAFF))).as("nothing half-saved").isEmpty();

        String points = "ICE does not pay for the days the jail holds people on its requests " + tag;
        HttpResponse<String> added = api.postJson(messages, """
                {"audience":"LAW_ENFORCEMENT","theme":"FINANCIAL_COSTS","points":"%s"}""".formatted(points), "Authorization", SUPERVISOR);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonArray read = Http.jsonArray(api.get(messages, "Authorization", STAFF));
        JsonObject message = read.getJsonObject(0);
        assertThat(message.getString("audience")).isEqualTo("LAW_ENFORCEMENT");
        assertThat(message.getBoolean("suggestedForAudience")).as("the toolkit pairs costs with law enforcement").isTrue();
        assertThat(message.getString("points")).isEqualTo(points);

        assertThat(Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + j, "en"))
                .contains("Messages by audience", "Law enforcement", "Financial and economic costs", points);
        assertThat(Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + j, "es"))
                .contains("Mensajes por público", "Autoridades policiales", "Costos financieros y económicos");

        assertThat(api.delete(messages + "/" + message.getJsonNumber("id").longValue(), "Authorization", CASEWORKER).statusCode())
                .isEqualTo(403);
        assertThat(api.delete(messages + "/" + message.getJsonNumber("id").longValue(), "Authorization", ADMIN).statusCode())
                .isEqualTo(200);
        assertThat(Http.jsonArray(api.get(messages, "Authorization", STAFF))).isEmpty();
        assertThat(api.get("/api/v1/audit?size=50", "Authorization", SUPERVISOR).body())
                .contains("campaign.messageAdded", "campaign.messageRemoved").doesNotContain("ICE does not pay");
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
