package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's targets and allies (issue 14 item 3, the toolkit's steps 4 and 5): a supervisor targets the sheriff as
 * primary and a board member as secondary, adds the public defender as an ally; every role reads them, in words on the
 * page; only supervisors and admins change them; an authority of another jurisdiction, or one targeted twice, is refused
 * naming the field; removing the authority removes the target.
 */
class PowerMapIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aSupervisorMapsTargetsAndAlliesThatEveryoneReads() {
        long jurisdiction = jurisdiction();
        long sheriff = authority(jurisdiction, "{\"office\":\"SHERIFF\",\"holderName\":\"Sheriff Poder\"}");
        long board = authority(jurisdiction, "{\"office\":\"COUNTY_BOARD_MEMBER\",\"holderName\":\"Supervisor Aliada\"}");
        long elsewhere = authority(jurisdiction(), "{\"office\":\"MAYOR\"}");
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "{\"name\":\"ICE out\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();

        assertThat(target(campaign, "{\"authorityId\":" + sheriff + ",\"rank\":\"PRIMARY\"}", CASEWORKER).statusCode()).isEqualTo(403);
        created(target(campaign, "{\"authorityId\":" + sheriff + ",\"rank\":\"PRIMARY\",\"why\":\"Controls the jail\"}", SUPERVISOR));
        created(target(campaign, "{\"authorityId\":" + board + ",\"rank\":\"SECONDARY\"}", ADMIN));
        assertField(target(campaign, "{\"authorityId\":" + sheriff + ",\"rank\":\"SECONDARY\"}", SUPERVISOR), "authorityId");
        assertField(target(campaign, "{\"authorityId\":" + elsewhere + ",\"rank\":\"SECONDARY\"}", SUPERVISOR), "authorityId");
        assertField(target(campaign, "{\"authorityId\":" + board + "}", SUPERVISOR), "authorityId");
        assertField(ally(campaign, "{\"name\":\"No kind\"}"), "type");
        JsonObject map = Http.json(created(ally(campaign, "{\"type\":\"PUBLIC_DEFENDER\",\"name\":\"Defensoria Poder\",\"contact\":\"555-0140\"}")));
        assertThat(map.getJsonArray("allies")).hasSize(1);

        JsonObject read = Http.json(api.get("/api/v1/campaigns/" + campaign + "/power-map", "Authorization", STAFF));
        assertThat(read.getJsonArray("targets").getValuesAs(JsonObject.class)).extracting(t -> t.getString("rank"))
                .containsExactly("PRIMARY", "SECONDARY");
        String page = Http.page("staff", "/jurisdictions/view.xhtml?id=" + jurisdiction, "en");
        assertThat(page).contains("Primary target", "Sheriff Poder", "Controls the jail", "Public defender", "Defensoria Poder")
                .doesNotContain("targetForm", "allyForm");
        assertThat(Http.page("supervisor", "/jurisdictions/view.xhtml?id=" + jurisdiction, "es"))
                .contains("Objetivo principal", "Defensoría pública", "targetForm");

        long allyId = map.getJsonArray("allies").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.delete("/api/v1/campaigns/" + campaign + "/allies/" + allyId, "Authorization", SUPERVISOR).statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/v1/campaigns/" + campaign + "/allies/" + allyId, "Authorization", SUPERVISOR).statusCode()).isEqualTo(404);
        int version = Http.jsonArray(api.get("/api/v1/jurisdictions/" + jurisdiction + "/authorities", "Authorization", STAFF))
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonNumber("id").longValue() == sheriff)
                .findFirst().orElseThrow().getInt("version");
        assertThat(api.delete("/api/v1/jurisdictions/" + jurisdiction + "/authorities/" + sheriff + "?version=" + version,
                "Authorization", SUPERVISOR).statusCode()).isIn(200, 204);
        assertThat(Http.json(api.get("/api/v1/campaigns/" + campaign + "/power-map", "Authorization", CASEWORKER))
                .getJsonArray("targets")).as("the sheriff removed: no longer a target").hasSize(1);
        String trail = api.get("/api/v1/audit?user=supervisor&size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("campaign.targetAdded", "campaign.allyAdded", "campaign.allyRemoved");
    }

    private static long jurisdiction() {
        String name = "Poder County " + UUID.randomUUID().toString().substring(0, 8) + " (test)";
        return TestJurisdictions.county(name);
    }

    private static long authority(long jurisdiction, String json) {
        return Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/authorities", json, "Authorization", SUPERVISOR)))
                .getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> target(long campaign, String json, String who) {
        return api.postJson("/api/v1/campaigns/" + campaign + "/targets", json, "Authorization", who);
    }

    private static HttpResponse<String> ally(long campaign, String json) {
        return api.postJson("/api/v1/campaigns/" + campaign + "/allies", json, "Authorization", SUPERVISOR);
    }
}
