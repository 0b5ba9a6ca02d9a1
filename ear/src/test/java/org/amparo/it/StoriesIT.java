package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.ok;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's stories through the API (issue 14 item 4): caseworkers who work the case record them and the person's
 * consent; only attorneys vet; staff never read them, and a caseworker outside the case is refused as for every other
 * part of it. Bad input names the field, a save from an old version is a conflict, a changed text loses its vetting,
 * and a withdrawal is final and says where the story was used before. The audit trail has ids, never the text.
 */
class StoriesIT {

    private static final Http api = Http.api();
    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);

    private static String tag;
    private static long jurisdiction;
    private static long caseId;
    private static String base;

    @BeforeAll
    static void aCaseOfItsOwnJurisdiction() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdiction = TestJurisdictions.county("Historias County " + tag + " (test)");
        long facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Historias Jail %s (test)","type":"LOCAL_JAIL","city":"Historias","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Relator%s","givenNames":"Amparo","dateOfBirth":"1985-05-06","facilityId":%d}"""
                .formatted(tag, facility), "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        base = "/api/v1/cases/" + caseId + "/stories";
        assertThat(api.postJson("/api/v1/cases/" + caseId + "/access", "{\"reason\":\"Vetting the case's stories for the campaign\"}",
                "Authorization", ATTORNEY).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyThoseWhoWorkTheCaseReadStoriesOnlyCaseworkersWriteThemAndOnlyAttorneysVet() {
        long story = record("Secreto" + tag + " of the roles");
        assertThat(api.get(base, "Authorization", STAFF).statusCode()).as("staff never read a story").isEqualTo(403);
        assertThat(api.postJson(base, "{\"text\":\"x\"}", "Authorization", STAFF).statusCode()).isEqualTo(403);
        assertThat(api.get(base, "Authorization", SUPERVISOR).body()).contains("Secreto" + tag);
        assertThat(api.get(base, "Authorization", ATTORNEY).statusCode()).isEqualTo(200);
        assertThat(api.postJson(base, "{\"text\":\"x\"}", "Authorization", ATTORNEY).statusCode()).as("attorneys vet, not write")
                .isEqualTo(403);

        String outsider = TestAccounts.userWithOwnPassword(TestAccounts.newUsername(), "caseworker");
        HttpResponse<String> refused = api.get(base, "Authorization", outsider);
        assertThat(refused.statusCode()).as("another caseworker's case, refused as every other part of it").isIn(403, 404);
        assertThat(refused.body()).doesNotContain("Secreto" + tag);
        assertThat(api.putJson(base + "/" + story + "/consent", consent(story, LocalDate.now()), "Authorization", outsider).statusCode())
                .isIn(403, 404);
        assertThat(api.delete(base + "/" + story + "/consent", "Authorization", outsider).statusCode()).isIn(403, 404);

        for (String notAnAttorney : new String[]{CASEWORKER, SUPERVISOR, ADMIN, STAFF}) {
            assertThat(api.putJson(base + "/" + story + "/vetting", vetting(story, LocalDate.now()), "Authorization", notAnAttorney).statusCode())
                    .as("only an attorney vets").isEqualTo(403);
        }
        assertThat(find(story).getString("status")).isEqualTo("NEEDS_CONSENT_AND_VETTING");
        assertThat(api.putJson("/api/v1/cases/987654321/stories/" + story + "/consent", consent(story, LocalDate.now()), "Authorization",
                CASEWORKER).statusCode()).as("no such case").isEqualTo(404);
    }

    @Test
    void badInputNamesTheFieldAndNothingIsHalfSaved() {
        assertThat(field(api.postJson(base, "{\"text\":\"   \"}", "Authorization", CASEWORKER))).isEqualTo("text");
        assertThat(field(api.postJson(base, "{\"text\":\"" + "x".repeat(8001) + "\"}", "Authorization", CASEWORKER))).isEqualTo("text");
        assertThat(field(api.postJson(base, "{\"title\":\"" + "t".repeat(201) + "\",\"text\":\"ok\"}", "Authorization", CASEWORKER)))
                .isEqualTo("title");
        long story = record("Campos" + tag);
        String at = base + "/" + story;
        assertThat(field(api.putJson(at + "/consent", "{\"consentedOn\":\"" + LocalDate.now() + "\",\"version\":0}", "Authorization",
                CASEWORKER))).isEqualTo("scope");
        assertThat(field(api.putJson(at + "/consent", "{\"scope\":\"EVIDENCE_REPORTS\",\"consentedOn\":\"" + LocalDate.now() + "\"}",
                "Authorization", CASEWORKER))).as("consent is given to the story as read").isEqualTo("version");
        assertThat(field(api.putJson(at + "/consent", consent(story, LocalDate.now().plusDays(3)), "Authorization", CASEWORKER)))
                .isEqualTo("consentedOn");
        assertThat(field(api.putJson(at + "/vetting", "{\"riskNote\":\"x\",\"version\":0}", "Authorization", ATTORNEY))).isEqualTo("vettedOn");
        assertThat(field(api.putJson(at + "/vetting", "{\"vettedOn\":\"" + LocalDate.now() + "\"}", "Authorization", ATTORNEY)))
                .as("an attorney vets the text they read: the version is required").isEqualTo("version");
        assertThat(field(api.putJson(at + "/vetting", vetting(story, LocalDate.now().plusDays(3)), "Authorization", ATTORNEY)))
                .isEqualTo("vettedOn");
        assertThat(field(api.putJson(at, "{\"text\":\"changed\"}", "Authorization", CASEWORKER))).as("an edit says which version it read")
                .isEqualTo("version");
        assertThat(field(api.delete(at + "/consent", "Authorization", CASEWORKER))).as("nothing to withdraw").isEqualTo("consent");
        JsonObject unchanged = find(story);
        assertThat(unchanged.getString("text")).isEqualTo("Campos" + tag);
        assertThat(absent(unchanged, "consentScope")).isTrue();
        assertThat(absent(unchanged, "vettedBy")).isTrue();
    }

    @Test
    void aStaleSaveIsAConflictAndAChangedTextMustBeVettedAgain() {
        long story = record("Version" + tag + " first words");
        String at = base + "/" + story;
        ok(api.putJson(at + "/consent", consent(story, LocalDate.now().minusDays(1)), "Authorization", CASEWORKER));
        JsonObject vetted = Http.json(ok(api.putJson(at + "/vetting", vetting(story, LocalDate.now()), "Authorization", ATTORNEY)));
        assertThat(vetted.getString("status")).isEqualTo("USABLE");
        assertThat(vetted.getString("vettedBy")).isEqualTo("attorney");
        assertThat(vetted.getBoolean("usable")).isTrue();
        int read = vetted.getInt("version");

        JsonObject titled = Http.json(ok(api.putJson(at, """
                {"title":"A new title","text":"Version%s first words","version":%d}""".formatted(tag, read), "Authorization", CASEWORKER)));
        assertThat(titled.getString("status")).as("the title alone keeps the vetting").isEqualTo("USABLE");
        HttpResponse<String> stale = api.putJson(at, """
                {"text":"Version%s other words","version":%d}""".formatted(tag, read), "Authorization", CASEWORKER);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(find(story).getString("text")).isEqualTo("Version" + tag + " first words");

        JsonObject edited = Http.json(ok(api.putJson(at, """
                {"text":"Version%s second words","version":%d}""".formatted(tag, titled.getInt("version")), "Authorization", CASEWORKER)));
        assertThat(edited.getString("status")).as("what the attorney read is not what would go out").isEqualTo("NEEDS_VETTING");
        assertThat(absent(edited, "vettedBy")).isTrue();
        assertThat(edited.getBoolean("usable")).isFalse();
        HttpResponse<String> staleVetting = api.putJson(at + "/vetting", vettingOf(LocalDate.now(), titled.getInt("version")),
                "Authorization", ATTORNEY);
        assertThat(staleVetting.statusCode()).as("a vetting of the text read before the change approves nothing: " + staleVetting.body())
                .isEqualTo(409);
        assertThat(find(story).getString("status")).isEqualTo("NEEDS_VETTING");

        String history = api.get("/api/v1/cases/" + caseId + "/changes", "Authorization", SUPERVISOR).body();
        assertThat(history).as("a story's changes are in the case's history").contains("\"record\":\"Story\"");
    }

    @Test
    void aWithdrawalIsFinalAndSaysWhereTheStoryWasUsedBefore() {
        long story = record("Retiro" + tag + " the deputy asked for my papers");
        String at = base + "/" + story;
        ok(api.putJson(at + "/consent", consent(story, LocalDate.now().minusDays(2)), "Authorization", CASEWORKER));
        ok(api.putJson(at + "/vetting", vetting(story, LocalDate.now().minusDays(1)), "Authorization", ATTORNEY));
        assertThat(api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.pdf?lang=en", "Authorization", STAFF).statusCode())
                .isEqualTo(200);
        assertThat(find(story).getJsonArray("uses")).as("the report recorded its use").hasSize(1);

        HttpResponse<String> withdrawn = api.delete(at + "/consent", "Authorization", SUPERVISOR);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonObject after = Http.json(withdrawn);
        assertThat(after.getString("status")).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(after.getString("consentWithdrawnBy")).isEqualTo("supervisor");
        JsonObject use = after.getJsonArray("uses").getJsonObject(0);
        assertThat(use.getString("jurisdiction")).isEqualTo("Historias County " + tag + " (test)");
        assertThat(use.getString("format")).isEqualTo("PDF");
        assertThat(use.getString("generatedBy")).isEqualTo("staff");

        assertThat(field(api.putJson(at + "/consent", consent(story, LocalDate.now()), "Authorization", CASEWORKER)))
                .as("no click gives a withdrawn consent again").isEqualTo("consent");
        assertThat(field(api.delete(at + "/consent", "Authorization", CASEWORKER))).isEqualTo("consent");
        assertThat(api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.pdf?lang=en", "Authorization", STAFF).statusCode())
                .isEqualTo(200);
        assertThat(find(story).getJsonArray("uses")).as("used in nothing generated after the withdrawal").hasSize(1);

        record("Crudo" + tag + " told only");
        String page = Http.page("caseworker", "/cases/file.xhtml?id=" + caseId, "en");
        assertThat(page).as("the case file's Stories tab says where each story stands, in words")
                .contains("Retiro" + tag, "Consent withdrawn on", "Used before withdrawal in: evidence report of Historias County " + tag
                        + " (test)", "(PDF)", "Not usable in reports: needs consent and an attorney")
                .doesNotContain("CONSENT_WITHDRAWN", "NEEDS_CONSENT_AND_VETTING", "EVIDENCE_REPORTS");
        assertThat(Http.page("caseworker", "/cases/file.xhtml?id=" + caseId, "es"))
                .contains("Consentimiento retirado el", "Usada antes del retiro en: informe de pruebas de Historias County " + tag)
                .doesNotContain("CONSENT_WITHDRAWN");

        String trail = api.get("/api/v1/audit?size=100", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("case.story.recorded", "case.story.consentGiven", "case.story.vetted", "case.story.consentWithdrawn",
                "story=" + story);
        assertThat(trail).as("ids only, never the text").doesNotContain("Retiro" + tag, "the deputy asked");
    }

    private static long record(String text) {
        return Http.json(created(api.postJson(base, "{\"title\":\"Plantado\",\"text\":\"" + text + "\"}", "Authorization", CASEWORKER)))
                .getJsonNumber("id").longValue();
    }

    private static JsonObject find(long story) {
        return Http.jsonArray(ok(api.get(base, "Authorization", CASEWORKER))).stream().map(v -> v.asJsonObject())
                .filter(v -> v.getJsonNumber("id").longValue() == story).findFirst().orElseThrow();
    }

    /** JSON-B leaves a null property out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** Consent to the story as it now stands (the version a caseworker would have read). */
    private static String consent(long story, LocalDate on) {
        return "{\"scope\":\"EVIDENCE_REPORTS\",\"consentedOn\":\"" + on + "\",\"version\":" + version(story) + "}";
    }

    /** An attorney's vetting of the story as it now stands. */
    private static String vetting(long story, LocalDate on) {
        return vettingOf(on, version(story));
    }

    private static String vettingOf(LocalDate on, int version) {
        return "{\"vettedOn\":\"" + on + "\",\"riskNote\":\"Nothing that identifies him\",\"version\":" + version + "}";
    }

    private static int version(long story) {
        return find(story).getInt("version");
    }

    private static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
