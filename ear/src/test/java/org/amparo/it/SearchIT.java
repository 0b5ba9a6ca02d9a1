package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search finds people the way a hotline caller names them (issues 15 and 20), through {@code GET /api/v1/search}, the
 * API behind the search box in every page's header: names in any order, cut short, without accents, a middle name
 * skipped, aliases; A-numbers and booking numbers whole or by their last four digits. Runs on H2 and on PostgreSQL,
 * with the same answers.
 */
class SearchIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    /** A word no other test writes, so every answer below is exact. */
    private static String tag;
    private static String digits;
    private static String booking;

    @BeforeAll
    static void twoPeopleOnFile() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            letters.append((char) ('a' + r.nextInt(26)));
        }
        tag = letters.toString();
        digits = String.format("%09d", r.nextLong(100_000_000L, 999_999_999L));
        booking = "SRCH-" + digits.substring(2, 7) + "-" + digits.substring(5);
        HttpResponse<String> jose = api.postJson("/api/v1/cases", """
                {"familyName":"Quiñónez %s","givenNames":"José Ramón","dateOfBirth":"1988-03-14","aNumber":"%s",
                 "facilityId":1,"bookingNumber":"%s"}""".formatted(cap(tag), digits, booking), "Authorization", CASEWORKER);
        assertThat(jose.statusCode()).as(jose.body()).isEqualTo(201);
        long joseCase = Http.json(jose).getJsonNumber("id").longValue();
        HttpResponse<String> alias = api.postJson("/api/v1/cases/" + joseCase + "/aliases",
                "{\"familyName\":\"Pérez Tlatoani\",\"givenNames\":\"Pepe\"}", "Authorization", CASEWORKER);
        assertThat(alias.statusCode()).as(alias.body()).isEqualTo(201);
        HttpResponse<String> ines = api.postJson("/api/v1/cases", """
                {"familyName":"Ejemplo %s","givenNames":"Inés","dateOfBirth":"1990-01-02","facilityId":1}"""
                .formatted(cap(tag)), "Authorization", CASEWORKER);
        assertThat(ines.statusCode()).as(ines.body()).isEqualTo(201);
    }

    @Test
    void namesAreFoundInAnyOrderCutShortWithoutAccentsWithAMiddleNameSkippedAndByAlias() {
        assertThat(found("jose quin " + tag)).as("a middle name skipped").containsExactly("José Ramón Quiñónez");
        assertThat(found("ejem ines " + tag)).as("the family name first").containsExactly("Inés Ejemplo");
        assertThat(found(tag.toUpperCase() + " QUIÑÓNEZ")).as("case and accents as typed").containsExactly("José Ramón Quiñónez");
        assertThat(found("ramon jose quinonez " + tag.substring(0, 5))).containsExactly("José Ramón Quiñónez");
        assertThat(found("pepe tlatoani " + tag)).as("an alias").containsExactly("José Ramón Quiñónez");
        assertThat(found(tag)).containsExactlyInAnyOrder("José Ramón Quiñónez", "Inés Ejemplo");
        assertThat(found("maria " + tag)).as("every word must start a name").isEmpty();
    }

    @Test
    void identifiersAreFoundWholeOrByTheirLastFourDigits() {
        String dashed = "A-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        assertThat(found(dashed)).containsExactly("José Ramón Quiñónez");
        assertThat(found("A" + digits)).containsExactly("José Ramón Quiñónez");
        assertThat(found(booking.toLowerCase())).as("a booking number in any case").containsExactly("José Ramón Quiñónez");
        // The last four digits are shared by other people on file: the right person is among them.
        assertThat(found(digits.substring(5))).contains("José Ramón Quiñónez");
        assertThat(found("..." + booking.substring(booking.length() - 4))).contains("José Ramón Quiñónez");
    }

    @Test
    void activityReportsAreFoundByThePeopleTheyNameAndByTheirPlace() {
        HttpResponse<String> filed = api.postJson("/api/v1/hotline/reports", """
                {"place":"Lavado %s, Calle 9","jurisdictionId":1,"iceActivities":["RAID"],"localParticipation":[],
                 "agencies":["ICE"],"callerConsented":false,"people":[{"familyName":"Nuñez %s","givenNames":"Zacarías"}]}"""
                .formatted(cap(tag), cap(tag)), "Authorization", CASEWORKER);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long id = Http.json(filed).getJsonNumber("id").longValue();
        assertThat(reports("zacarias nunez " + tag)).as("a person the report names, accents ignored").containsExactly(id);
        assertThat(reports("lava " + tag)).as("its place").containsExactly(id);
        assertThat(reports("jose quin " + tag)).as("a case's person is not in the report").isEmpty();
        assertThat(Http.json(api.get("/api/v1/search?q=" + tag, "Authorization", basic("attorney", Http.DEMO_PASSWORD)))
                .getJsonArray("reports").size()).as("attorneys read reports too").isEqualTo(1);
    }

    private static List<Long> reports(String q) {
        HttpResponse<String> answer = api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "Authorization", CASEWORKER);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void anEmptySearchIsABadRequestNamingTheFieldAndStaffMayNotSearchIdentities() {
        HttpResponse<String> empty = api.get("/api/v1/search?q=", "Authorization", CASEWORKER);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"q\"");
        assertThat(api.get("/api/v1/search?q=" + tag, "Authorization", basic("staff", Http.DEMO_PASSWORD)).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/search?q=" + tag).statusCode()).isEqualTo(401);
    }

    private static List<String> found(String q) {
        return names(q).stream().map(n -> n.replace(" " + cap(tag), "")).toList();
    }

    private static List<String> names(String q) {
        HttpResponse<String> answer = api.get("/api/v1/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "Authorization", CASEWORKER);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonObject("cases").getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("givenNames", "") + " " + c.getString("familyName")).toList();
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
