package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters each person saves on the case list and the task inbox (issue 21), through {@code /api/v1/me/filters}: saved
 * under a name, the same name replacing them, listed per list, seen by nobody else, deleted; bad input refused whole
 * with a 400 naming the field, and a search text never accepted (a name must not end up in a setting).
 */
class SavedFiltersIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private final Http api = Http.api();

    @Test
    void aPersonSavesReplacesListsAndDeletesTheirOwnFiltersAndNobodyElseSeesThem() {
        String name = "Held past expiry " + System.nanoTime();
        HttpResponse<String> saved = api.postJson("/api/v1/me/filters", """
                {"page":"CASES","name":"%s","criteria":{"finding":"HELD_PAST_EXPIRY","status":"OPEN"}}""".formatted(name),
                "Authorization", CASEWORKER);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject filter = Http.json(saved);
        long id = filter.getJsonNumber("id").longValue();
        assertThat(filter.getJsonObject("criteria").getString("finding")).isEqualTo("HELD_PAST_EXPIRY");

        assertThat(api.get("/api/v1/me/filters?page=CASES", "Authorization", CASEWORKER).body()).contains(name);
        assertThat(api.get("/api/v1/me/filters?page=TASKS", "Authorization", CASEWORKER).body()).doesNotContain(name);

        HttpResponse<String> replaced = api.postJson("/api/v1/me/filters", """
                {"page":"CASES","name":"%s","criteria":{"step":"INTAKE"}}""".formatted(name), "Authorization", CASEWORKER);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(Http.json(replaced).getJsonNumber("id").longValue()).as("the same name replaces").isEqualTo(id);
        assertThat(Http.json(replaced).getJsonObject("criteria").keySet()).containsExactly("step");

        assertThat(api.get("/api/v1/me/filters?page=CASES", "Authorization", ATTORNEY).body()).doesNotContain(name);
        assertThat(api.get("/api/v1/me/filters/" + id, "Authorization", ATTORNEY).statusCode()).isEqualTo(404);
        assertThat(api.delete("/api/v1/me/filters/" + id, "Authorization", ATTORNEY).statusCode()).isEqualTo(404);

        assertThat(api.delete("/api/v1/me/filters/" + id, "Authorization", CASEWORKER).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/me/filters?page=CASES", "Authorization", CASEWORKER).body()).doesNotContain(name);
        assertThat(api.get("/api/v1/me/filters/" + id, "Authorization", CASEWORKER).statusCode()).isEqualTo(404);
    }

    @Test
    void theSameNameSavedAtTheSameMomentKeepsOneFilterAndNeverAnswersAnError() throws Exception {
        String name = "Twice " + System.nanoTime();
        String body = """
                {"page":"CASES","name":"%s","criteria":{"status":"OPEN"}}""".formatted(name);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> api.postJson("/api/v1/me/filters", body, "Authorization", CASEWORKER)));
            }
            for (var answer : answers) {
                HttpResponse<String> r = answer.get();
                assertThat(r.statusCode()).as("saved, or lost the race and told so: " + r.body()).isIn(200, 409);
            }
        } finally {
            pool.shutdown();
        }
        var mine = Http.json(api.get("/api/v1/me/filters?page=CASES", "Authorization", CASEWORKER)).getJsonArray("filters")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("name").equals(name)).toList();
        assertThat(mine).as("one filter by that name").hasSize(1);
        assertThat(api.delete("/api/v1/me/filters/" + mine.get(0).getJsonNumber("id").longValue(), "Authorization", CASEWORKER)
                .statusCode()).isEqualTo(204);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        String name = "Bad " + System.nanoTime();
        assertRefused("""
                {"page":"CASES","name":"%s","criteria":{"search":"Muñoz"}}""".formatted(name), "criteria.search");
        assertRefused("""
                {"page":"CASES","name":"%s","criteria":{"status":"open"}}""".formatted(name), "criteria.status");
        assertRefused("""
                {"page":"CASES","name":"  ","criteria":{"status":"OPEN"}}""", "name");
        assertRefused("""
                {"page":"CASES","name":"%s","criteria":{}}""".formatted(name), "criteria");
        assertRefused("""
                {"page":"MAP","name":"%s","criteria":{"status":"OPEN"}}""".formatted(name), "page");
        assertRefused("""
                {"page":"TASKS","name":"%s","criteria":{"urgency":"OVERDUE","status":"OPEN"}}""".formatted(name), "criteria.status");
        HttpResponse<String> staffInbox = api.postJson("/api/v1/me/filters", """
                {"page":"TASKS","name":"%s","criteria":{"urgency":"OVERDUE"}}""".formatted(name),
                "Authorization", basic("staff", Http.DEMO_PASSWORD));
        assertThat(staffInbox.statusCode()).as("staff have no inbox to filter: " + staffInbox.body()).isEqualTo(400);
        assertThat(staffInbox.body()).contains("\"page\"");
        HttpResponse<String> badList = api.get("/api/v1/me/filters?page=MAP", "Authorization", CASEWORKER);
        assertThat(badList.statusCode()).isEqualTo(400);
        assertThat(badList.body()).contains("\"page\"").doesNotContain("Exception");
        assertThat(api.get("/api/v1/me/filters?page=CASES", "Authorization", CASEWORKER).body()).doesNotContain(name);
        assertThat(api.get("/api/v1/me/filters?page=TASKS", "Authorization", CASEWORKER).body()).doesNotContain(name);
    }

    private void assertRefused(String body, String field) {
        HttpResponse<String> response = api.postJson("/api/v1/me/filters", body, "Authorization", CASEWORKER);
        assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).as(body).contains("\"" + field + "\"").doesNotContain("Exception");
    }
}
