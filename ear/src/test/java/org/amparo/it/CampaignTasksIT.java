package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's process on the running server (issue 14 items 3 and 5), through the API: a step planned for an owner is
 * a task in that owner's inbox, in words, in English and Spanish, and nobody else's; completing it from the inbox marks
 * the step done on the campaign; marking a step done on the plan or removing it takes its task away; a promise made at
 * a meeting is a task for supervisors that the inbox settles (kept), and the meeting's next one, already due, is a task
 * too; the demo campaign, written before its process existed, got one at start-up. The page lists the owner's task.
 */
class CampaignTasksIT {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aStepIsATaskOfItsOwnersInboxAndCompletingItMarksTheStepDone() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // An attorney of its own: attorneys have no group tasks, so this inbox holds only what the campaign gives them.
        String owner = TestAccounts.newUsername();
        String ownerAuth = TestAccounts.userWithOwnPassword(owner, "attorney");
        long campaign = campaign(tag);
        LocalDate due = LocalDate.now().plusDays(7);

        long step = stepId(created(api.postJson("/api/v1/campaigns/" + campaign + "/steps",
                "{\"title\":\"Call the sheriff " + tag + "\",\"owner\":\"" + owner + "\",\"dueOn\":\"" + due + "\"}",
                "Authorization", SUPERVISOR)), "Call the sheriff " + tag);

        List<JsonObject> inbox = Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth, "Accept-Language", "en"))
                .getValuesAs(JsonObject.class);
        assertThat(inbox).singleElement().satisfies(t -> {
            assertThat(t.getString("name")).isEqualTo("Campaign step: Call the sheriff " + tag + " \u2014 ICE out " + tag);
            assertThat(t.containsKey("step")).as("no case step").isFalse();
            assertThat(t.getString("assignee")).isEqualTo(owner);
            JsonObject about = t.getJsonObject("campaign");
            assertThat(about.getString("kind")).isEqualTo("STEP");
            assertThat(about.getJsonNumber("campaignId").longValue()).isEqualTo(campaign);
            assertThat(about.getJsonNumber("subjectId").longValue()).isEqualTo(step);
            assertThat(about.getString("dueOn")).isEqualTo(due.toString());
        });
        assertThat(Http.json(api.get("/api/v1/tasks/count", "Authorization", ownerAuth)).getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth, "Accept-Language", "es"))
                .getJsonObject(0).getString("name")).startsWith("Paso de la campa\u00f1a: Call the sheriff " + tag);
        String taskId = inbox.get(0).getString("id");
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", CASEWORKER)).getValuesAs(JsonObject.class))
                .noneMatch(t -> t.getString("id").equals(taskId));
        // The campaigns' tasks alone, as the inbox's step menu offers them: a supervisor's mix of cases and campaigns.
        List<JsonObject> campaignWork = Http.jsonArray(api.get("/api/v1/tasks?work=CAMPAIGNS", "Authorization", SUPERVISOR))
                .getValuesAs(JsonObject.class);
        assertThat(campaignWork).isNotEmpty().allSatisfy(t -> assertThat(t.containsKey("campaign")).isTrue());
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", SUPERVISOR)).getValuesAs(JsonObject.class))
                .as("without it, the cases' tasks too").anySatisfy(t -> assertThat(t.containsKey("campaign")).isFalse());
        assertThat(api.get("/api/v1/tasks?work=EVERYTHING", "Authorization", SUPERVISOR).statusCode()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/tasks/" + taskId + "/complete", "{}", "Authorization", CASEWORKER).statusCode())
                .as("not the caseworker's task").isEqualTo(404);

        String page = ownPage(owner, "/tasks/inbox.xhtml");
        assertThat(page).contains("Campaign step", "Call the sheriff " + tag, "ICE out " + tag, "Mark done");

        HttpResponse<String> done = api.postJson("/api/v1/tasks/" + taskId + "/complete", "{}", "Authorization", ownerAuth);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        JsonObject plan = Http.json(api.get("/api/v1/campaigns/" + campaign + "/steps", "Authorization", SUPERVISOR));
        assertThat(plan.getJsonArray("steps").getJsonObject(0).getString("doneOn")).isEqualTo(LocalDate.now().toString());
        assertThat(plan.getJsonArray("steps").getJsonObject(0).getString("doneBy")).isEqualTo(owner);
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth))).isEmpty();

        // Done on the plan, or removed from it: the task goes too.
        long second = stepId(created(api.postJson("/api/v1/campaigns/" + campaign + "/steps",
                "{\"title\":\"Draft the letter " + tag + "\",\"owner\":\"" + owner + "\",\"dueOn\":\"" + due + "\"}",
                "Authorization", SUPERVISOR)), "Draft the letter " + tag);
        long third = stepId(created(api.postJson("/api/v1/campaigns/" + campaign + "/steps",
                "{\"title\":\"Book the hall " + tag + "\",\"owner\":\"" + owner + "\",\"dueOn\":\"" + due + "\"}",
                "Authorization", SUPERVISOR)), "Book the hall " + tag);
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth))).hasSize(2);
        assertThat(api.putJson("/api/v1/campaigns/" + campaign + "/steps/" + second + "/done", "{}", "Authorization", ownerAuth)
                .statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/v1/campaigns/" + campaign + "/steps/" + third, "Authorization", SUPERVISOR).statusCode()).isEqualTo(200);
        assertThat(Http.jsonArray(api.get("/api/v1/tasks", "Authorization", ownerAuth))).isEmpty();
    }

    @Test
    void aPromiseIsATaskForSupervisorsThatTheInboxSettlesAndAMeetingDueIsATaskToo() throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long campaign = campaign(tag);
        // Held long ago: its promise is long overdue (first among the overdue tasks) and its next meeting already due.
        LocalDate held = LocalDate.now().minusYears(3);
        JsonObject meeting = Http.json(created(api.postJson("/api/v1/campaigns/" + campaign + "/meetings", """
                {"heldOn":"%s","promises":[{"kind":"DATA","what":"Detainers received %s","dueOn":"%s"}]}"""
                .formatted(held, tag, held.plusDays(1)), "Authorization", SUPERVISOR)));
        long promise = meeting.getJsonArray("promises").getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject task = campaignTask(campaign, "PROMISE").orElseThrow(() -> new AssertionError("no promise task"));
        assertThat(task.getJsonObject("campaign").getJsonNumber("subjectId").longValue()).isEqualTo(promise);
        assertThat(task.getString("name")).isEqualTo("Follow up a promise: Detainers received " + tag + " \u2014 ICE out " + tag);
        assertThat(task.getBoolean("overdue")).isTrue();
        assertThat(task.getJsonArray("candidateGroups").getString(0)).isEqualTo("supervisor");

        HttpResponse<String> noState = api.postJson("/api/v1/tasks/" + task.getString("id") + "/complete", "{}", "Authorization", SUPERVISOR);
        assertThat(noState.statusCode()).as(noState.body()).isEqualTo(400);
        assertThat(noState.body()).contains("\"state\"");
        HttpResponse<String> kept = api.postJson("/api/v1/tasks/" + task.getString("id") + "/complete", "{\"state\":\"KEPT\"}",
                "Authorization", SUPERVISOR);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(204);
        JsonObject settled = Http.jsonArray(api.get("/api/v1/campaigns/" + campaign + "/meetings", "Authorization", SUPERVISOR))
                .getJsonObject(0).getJsonArray("promises").getJsonObject(0);
        assertThat(settled.getString("state")).isEqualTo("KEPT");
        assertThat(campaignTask(campaign, "PROMISE")).isEmpty();

        // The next meeting was due three months after that one: the engine's timer gives supervisors its task.
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        Optional<JsonObject> next = campaignTask(campaign, "NEXT_MEETING");
        while (next.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(2_000);
            next = campaignTask(campaign, "NEXT_MEETING");
        }
        assertThat(next).as("the next meeting's task").isPresent();
        assertThat(next.get().getString("name")).isEqualTo("Hold the next meeting \u2014 ICE out " + tag);
        assertThat(api.postJson("/api/v1/tasks/" + next.get().getString("id") + "/complete", "{}", "Authorization", SUPERVISOR)
                .statusCode()).isEqualTo(204);
        assertThat(campaignTask(campaign, "NEXT_MEETING")).as("the next one is three months away").isEmpty();

        String trail = api.get("/api/v1/audit?size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("campaign.promiseSettled", "campaign.nextMeetingPostponed").doesNotContain("Detainers received " + tag);
    }

    @Test
    void theDemoCampaignGotItsProcessAtStartUp() {
        assertThat(Http.jsonArray(api.get("/api/v1/tasks?urgency=OVERDUE", "Authorization", CASEWORKER, "Accept-Language", "en"))
                .getValuesAs(JsonObject.class))
                .anySatisfy(t -> assertThat(t.getString("name")).startsWith("Campaign step: Collect three families' stories with consent (demo)"));
    }

    private static long campaign(String tag) {
        long jurisdiction = TestJurisdictions.county("Task County " + tag + " (test)");
        return Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "{\"name\":\"ICE out " + tag + "\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
    }

    /** The supervisors' overdue campaign task of this kind for this campaign, if their inbox has one. */
    private static Optional<JsonObject> campaignTask(long campaign, String kind) {
        return Http.jsonArray(api.get("/api/v1/tasks?urgency=OVERDUE", "Authorization", SUPERVISOR, "Accept-Language", "en"))
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> t.containsKey("campaign") && t.getJsonObject("campaign").getJsonNumber("campaignId").longValue() == campaign
                        && t.getJsonObject("campaign").getString("kind").equals(kind))
                .findFirst();
    }

    private static long stepId(HttpResponse<String> plan, String title) {
        return Http.json(plan).getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A page as an account made here reads it (English). */
    private static String ownPage(String user, String path) {
        Http browser = Http.browser();
        HttpResponse<String> signIn = browser.postForm("/j_security_check", "j_username=" + user + "&j_password=" + TestAccounts.OWN);
        assertThat(signIn.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.get(path, "Accept-Language", "en");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }
}
