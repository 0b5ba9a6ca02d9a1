package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's plan of action (issue 14 item 3): a supervisor plans steps for the caseworker and the attorney with due
 * days; a missing title, an unknown owner or a day in the past is refused naming the field, nothing saved; the
 * caseworker marks their own step done but not the attorney's, and not twice; staff neither read nor plan it; the page
 * shows the plan in words to its readers, the form only to supervisors; every change is in the audit trail.
 */
class ActionPlanIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aSupervisorPlansStepsTheirOwnersMarkDone() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long jurisdiction = TestJurisdictions.county("Plan County " + tag + " (test)");
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "{\"name\":\"ICE out\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        LocalDate soon = LocalDate.now().plusDays(10);

        assertThat(step(campaign, "{\"title\":\"Call the sheriff\",\"owner\":\"caseworker\",\"dueOn\":\"" + soon + "\"}", CASEWORKER)
                .statusCode()).as("caseworkers do not plan").isEqualTo(403);
        assertField(step(campaign, "{\"owner\":\"caseworker\",\"dueOn\":\"" + soon + "\"}", SUPERVISOR), "title");
        assertField(step(campaign, "{\"title\":\"Call\",\"owner\":\"nobody-" + tag + "\",\"dueOn\":\"" + soon + "\"}", SUPERVISOR), "owner");
        assertField(step(campaign, "{\"title\":\"Call\",\"owner\":\"caseworker\",\"dueOn\":\"2020-01-01\"}", SUPERVISOR), "dueOn");
        assertThat(plan(campaign, SUPERVISOR).getJsonArray("steps")).as("nothing half-saved").isEmpty();

        created(step(campaign, "{\"title\":\"Call the sheriff " + tag + "\",\"owner\":\"caseworker\",\"dueOn\":\"" + soon + "\"}", SUPERVISOR));
        JsonObject plan = Http.json(created(step(campaign, "{\"title\":\"Draft the letter " + tag + "\",\"owner\":\"attorney\",\"dueOn\":\""
                + soon.plusDays(5) + "\"}", ADMIN)));
        List<JsonObject> steps = plan.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps).extracting(s -> s.getString("owner")).containsExactly("caseworker", "attorney");
        long mine = steps.get(0).getJsonNumber("id").longValue();
        long theirs = steps.get(1).getJsonNumber("id").longValue();

        JsonObject asCaseworker = plan(campaign, CASEWORKER);
        assertThat(asCaseworker.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getBoolean("mayMarkDone"))
                .containsExactly(true, false);
        assertThat(done(campaign, theirs, CASEWORKER).statusCode()).as("not the caseworker's step").isEqualTo(403);
        HttpResponse<String> marked = done(campaign, mine, CASEWORKER);
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(Http.json(marked).getJsonArray("steps").getJsonObject(0).getString("doneOn")).isEqualTo(LocalDate.now().toString());
        assertField(done(campaign, mine, SUPERVISOR), "doneOn");

        assertThat(api.get("/api/v1/campaigns/" + campaign + "/steps", "Authorization", STAFF).statusCode()).isEqualTo(403);
        assertThat(Http.page("staff", "/jurisdictions/view.xhtml?id=" + jurisdiction, "en")).doesNotContain("Call the sheriff " + tag);
        assertThat(Http.page("attorney", "/jurisdictions/view.xhtml?id=" + jurisdiction, "en"))
                .contains("Plan of action", "Call the sheriff " + tag, "Done on", "Not yet").doesNotContain("id=\"stepForm\"");
        assertThat(Http.page("supervisor", "/jurisdictions/view.xhtml?id=" + jurisdiction, "es")).contains("Plan de acción", "id=\"stepForm\"");

        assertThat(api.delete("/api/v1/campaigns/" + campaign + "/steps/" + theirs, "Authorization", ATTORNEY).statusCode()).isEqualTo(403);
        assertThat(api.delete("/api/v1/campaigns/" + campaign + "/steps/" + theirs, "Authorization", SUPERVISOR).statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/v1/campaigns/" + campaign + "/steps/" + theirs, "Authorization", SUPERVISOR).statusCode()).isEqualTo(404);

        String trail = api.get("/api/v1/audit?size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("campaign.stepAdded", "campaign.stepDone", "campaign.stepRemoved").doesNotContain("Call the sheriff " + tag);
    }

    private static JsonObject plan(long campaign, String who) {
        return Http.json(api.get("/api/v1/campaigns/" + campaign + "/steps", "Authorization", who));
    }

    private static HttpResponse<String> step(long campaign, String json, String who) {
        return api.postJson("/api/v1/campaigns/" + campaign + "/steps", json, "Authorization", who);
    }

    private static HttpResponse<String> done(long campaign, long step, String who) {
        return api.putJson("/api/v1/campaigns/" + campaign + "/steps/" + step + "/done", "{}", "Authorization", who);
    }
}
