package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file through the API, on the started server: privileged notes reach attorneys and supervisors only,
 * bad input is refused naming the field (in Spanish too) with nothing saved, a conflicting save is refused with what
 * changed, a conviction re-screens the case, documents are checked by their content, only an admin deletes, and
 * intake finds people already on file.
 */
class CaseFileApiIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aPrivilegedNoteIsReadByAttorneysAndSupervisorsButNeverByACaseworker() {
        long id = Http.openCase(unique("Privilegio"), "Rosa");
        String secret = "strategy " + UUID.randomUUID();
        assertThat(api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"" + secret + "\",\"privileged\":true}",
                "Authorization", ATTORNEY).statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"called the family\"}",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(201);

        assertThat(api.get("/api/v1/cases/" + id + "/notes", "Authorization", ATTORNEY).body()).contains(secret, "called the family");
        assertThat(api.get("/api/v1/cases/" + id + "/notes", "Authorization", SUPERVISOR).body()).contains(secret);
        assertThat(api.get("/api/v1/cases/" + id + "/notes", "Authorization", CASEWORKER).body())
                .contains("called the family").doesNotContain(secret);
        assertThat(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER).body()).doesNotContain(secret);
        assertThat(api.get("/api/v1/cases/" + id + "/changes", "Authorization", CASEWORKER).body()).doesNotContain(secret);
        assertThat(api.get("/api/v1/cases/" + id + "/changes", "Authorization", ATTORNEY).body()).contains(secret);

        HttpResponse<String> refused = api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"mine\",\"privileged\":true}",
                "Authorization", CASEWORKER);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"privileged\"");
    }

    @Test
    void badInputNamesEachFieldInTheCallersLanguageAndSavesNothing() {
        long id = Http.openCase(unique("Validez"), "Luis");
        HttpResponse<String> english = api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"2999-01-01","category":"THEFT","disposition":"CONVICTED","sentenceDays":-3}""",
                "Authorization", CASEWORKER);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("\"field\":\"arrestedOn\"", "cannot be in the future",
                "\"field\":\"level\"", "is required", "\"field\":\"sentenceDays\"", "cannot be negative");

        HttpResponse<String> spanish = api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"2999-01-01","category":"THEFT","disposition":"CONVICTED","sentenceDays":-3}""",
                "Authorization", CASEWORKER, "Accept-Language", "es");
        assertThat(spanish.body()).contains("no puede estar en el futuro", "es un dato obligatorio", "no puede ser un número negativo");

        // A conviction before the person was born, a conviction without its date, a release before the booking.
        HttpResponse<String> beforeBirth = api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"1980-01-01","level":"FELONY","category":"THEFT","disposition":"CONVICTED","dispositionDate":"1980-02-01"}""",
                "Authorization", CASEWORKER);
        assertThat(beforeBirth.statusCode()).isEqualTo(400);
        assertThat(beforeBirth.body()).contains("\"field\":\"arrestedOn\"", "before the date of birth");
        HttpResponse<String> noDate = api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"2015-01-01","level":"FELONY","category":"THEFT","disposition":"CONVICTED"}""",
                "Authorization", CASEWORKER);
        assertThat(noDate.body()).contains("\"field\":\"dispositionDate\"", "required for a conviction");
        HttpResponse<String> release = api.putJson("/api/v1/cases/" + id + "/custody", """
                {"version":0,"facilityId":1,"bookedAt":"2026-11-01T10:00:00","scheduledReleaseAt":"2026-10-01T10:00:00"}""",
                "Authorization", CASEWORKER);
        assertThat(release.statusCode()).isEqualTo(400);
        assertThat(release.body()).contains("\"field\":\"scheduledReleaseAt\"", "before the booking");

        // Nothing of it was saved: the first charge of the call above opened no arrest.
        assertThat(Http.caseFile(id, "caseworker")).contains("\"arrests\":[]");
    }

    @Test
    void theSecondOfTwoConflictingSavesIsRefusedWithWhatTheFirstChanged() {
        String family = unique("Conflicto");
        long id = Http.openCase(family, "Ana");
        int version = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", CASEWORKER))
                .getJsonObject("person").getInt("version");
        HttpResponse<String> first = api.putJson("/api/v1/cases/" + id + "/person", """
                {"version":%d,"familyName":"%s","givenNames":"Ana Lucía","dateOfBirth":"1991-02-03"}""".formatted(version, family),
                "Authorization", SUPERVISOR);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> second = api.putJson("/api/v1/cases/" + id + "/person", """
                {"version":%d,"familyName":"%s","givenNames":"Ana","phone":"559-555-0100","dateOfBirth":"1991-02-03"}""".formatted(version, family),
                "Authorization", CASEWORKER);
        assertThat(second.statusCode()).isEqualTo(409);
        JsonObject conflict = Http.json(second);
        assertThat(conflict.getInt("currentVersion")).isEqualTo(version + 1);
        assertThat(conflict.getJsonArray("changes").getValuesAs(JsonObject.class)).anySatisfy(c -> {
            assertThat(c.getString("field")).isEqualTo("givenNames");
            assertThat(c.getString("oldValue")).isEqualTo("Ana");
            assertThat(c.getString("newValue")).isEqualTo("Ana Lucía");
            assertThat(c.getString("actor")).isEqualTo("supervisor");
        });
        assertThat(Http.caseFile(id, "caseworker")).contains("Ana Lucía").doesNotContain("559-555-0100");

        // The history tab's data: who changed which field, from what to what.
        assertThat(api.get("/api/v1/cases/" + id + "/changes", "Authorization", CASEWORKER).body())
                .contains("\"field\":\"givenNames\"", "\"actor\":\"supervisor\"", "\"newValue\":\"Ana Lucía\"");
    }

    @Test
    void aConvictionAndADetainerReScreenTheCase() {
        long id = Http.openCase(unique("Pantalla"), "Eva");
        assertThat(api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"2019-03-01","agency":"Ejemplo PD","level":"FELONY","category":"DRUG_SALE","disposition":"CONVICTED",
                 "dispositionDate":"2019-06-01","sentenceDays":400}""", "Authorization", CASEWORKER).statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/cases/" + id + "/ice-requests", """
                {"formCode":"I_247A","issuedAt":"2026-11-20T10:00:00","servedOnPerson":false,"interference":["BAIL_DENIED_FOR_STATUS"]}""",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(201);
        JsonObject summary = Http.json(api.get("/api/v1/cases/" + id, "Authorization", CASEWORKER));
        // Judged today: EO-2025-01-20 has no priorities in effect, whatever the record (SCREENING.md v1.1).
        assertThat(summary.getString("enforcementPriority")).isEqualTo("NO_PRIORITIES_IN_EFFECT");
        assertThat(summary.getJsonArray("findings").toString()).contains("NO_NOTICE_TO_PERSON", "BAIL_DENIED_FOR_STATUS");
    }

    @Test
    void documentsAreCheckedByTheirContentAndComeBackUnchanged() {
        long id = Http.openCase(unique("Documento"), "Sol");
        HttpResponse<String> html = api.postBytes("/api/v1/cases/" + id + "/documents?fileName=detainer.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "application/pdf", "Authorization", CASEWORKER);
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("\"field\":\"file\"", "PDF, PNG, JPEG or TIFF");

        byte[] tooBig = new byte[10 * 1024 * 1024 + 10];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, tooBig, 0, 8);
        assertThat(api.postBytes("/api/v1/cases/" + id + "/documents?fileName=big.pdf", tooBig, "application/pdf",
                "Authorization", CASEWORKER).body()).contains("larger than the limit of 10 MB");

        byte[] png = new byte[600];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, png, 0, magic.length);
        Arrays.fill(png, 8, png.length, (byte) 7);
        HttpResponse<String> stored = api.postBytes("/api/v1/cases/" + id + "/documents?fileName=scan.pdf&description=I-247A",
                png, "application/octet-stream", "Authorization", CASEWORKER);
        assertThat(stored.statusCode()).isEqualTo(201);
        long documentId = Http.json(stored).getJsonNumber("id").longValue();
        HttpResponse<byte[]> back = api.getBytes("/api/v1/cases/" + id + "/documents/" + documentId, "Authorization", ATTORNEY);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(back.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(back.body()).isEqualTo(png);
        assertThat(Http.caseFile(id, "caseworker")).contains("\"contentType\":\"image/png\"", "\"fileName\":\"scan.pdf\"");
    }

    @Test
    void onlyAnAdminDeletesACaseAndThenItIsGoneFromEveryList() {
        String family = unique("Borrar");
        long id = Http.openCase(family, "Tito");
        assertThat(api.delete("/api/v1/cases/" + id, "Authorization", SUPERVISOR).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases?search=" + family, "Authorization", CASEWORKER).body()).contains(family);

        assertThat(api.delete("/api/v1/cases/" + id + "?reason=duplicate", "Authorization", ADMIN).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/cases/" + id, "Authorization", CASEWORKER).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + id + "/file", "Authorization", ADMIN).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases?search=" + family, "Authorization", CASEWORKER).body()).doesNotContain(family);
        assertThat(api.get("/api/v1/cases/" + id + "/tasks", "Authorization", CASEWORKER).statusCode()).isEqualTo(404);
    }

    @Test
    void intakeFindsPeopleAlreadyOnFileByANumberOrBySimilarNameAndBirth() {
        String family = unique("Duplicado");
        String aNumber = "A-0" + (10_000_000 + (long) (Math.random() * 89_999_999));
        HttpResponse<String> created = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"José María","dateOfBirth":"1985-07-09","aNumber":"%s","facilityId":1}""".formatted(family, aNumber),
                "Authorization", CASEWORKER);
        assertThat(created.statusCode()).isEqualTo(201);

        String byNumber = api.postJson("/api/v1/cases/duplicates", """
                {"familyName":"Otro","aNumber":"%s","facilityId":1}""".formatted(aNumber.replace("-", "")), "Authorization", CASEWORKER).body();
        assertThat(byNumber).contains(family, "SAME_A_NUMBER");
        String byName = api.postJson("/api/v1/cases/duplicates", """
                {"familyName":"%s","givenNames":"jose maria","dateOfBirth":"1985-07-09","facilityId":1}""".formatted(family.toUpperCase()),
                "Authorization", CASEWORKER).body();
        assertThat(byName).contains(family, "SIMILAR_NAME_SAME_BIRTH");
        assertThat(api.postJson("/api/v1/cases/duplicates", """
                {"familyName":"%s","dateOfBirth":"1985-07-10","facilityId":1}""".formatted(family), "Authorization", CASEWORKER).body())
                .isEqualTo("[]");
    }

    @Test
    void searchFindsAnAliasAndTheSavedFiltersNarrowTheList() {
        String family = unique("Alias");
        long id = Http.openCase(family, "Beto");
        String alias = unique("Xóchitl");
        assertThat(api.postJson("/api/v1/cases/" + id + "/aliases", "{\"familyName\":\"" + alias + "\",\"givenNames\":\"Roberto\"}",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(201);
        String folded = alias.replace("ó", "o").toLowerCase();
        // Partial (the start of the word), accents and case ignored.
        assertThat(api.get("/api/v1/cases?search=" + folded.substring(0, folded.length() - 3), "Authorization", CASEWORKER).body()).contains(family);

        assertThat(api.get("/api/v1/cases?preset=UNASSIGNED&search=" + family, "Authorization", CASEWORKER).body()).contains(family);
        assertThat(api.get("/api/v1/cases?preset=MY_CASES&search=" + family, "Authorization", CASEWORKER).body()).contains(family);
        assertThat(api.get("/api/v1/cases?preset=MY_CASES&search=" + family, "Authorization", SUPERVISOR).body()).doesNotContain(family);
        assertThat(api.get("/api/v1/cases?preset=HOLD_EXPIRING&search=" + family, "Authorization", CASEWORKER).body()).doesNotContain(family);
    }

    @Test
    void aSupervisorGivesTheCaseToAnotherActiveCaseworkerOnly() {
        // Opened by the supervisor, so the supervisor is its caseworker until it is given away.
        HttpResponse<String> opened = api.postJson("/api/v1/cases", "{\"familyName\":\"" + unique("Asignar") + "\",\"facilityId\":1}",
                "Authorization", SUPERVISOR);
        long id = Http.json(opened).getJsonNumber("id").longValue();
        HttpResponse<String> notACaseworker = api.putJson("/api/v1/cases/" + id + "/caseworker", "{\"caseworker\":\"attorney\"}",
                "Authorization", SUPERVISOR);
        assertThat(notACaseworker.statusCode()).isEqualTo(400);
        assertThat(notACaseworker.body()).contains("\"field\":\"caseworker\"");
        assertThat(api.putJson("/api/v1/cases/" + id + "/caseworker", "{\"caseworker\":\"caseworker\"}",
                "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        HttpResponse<String> given = api.putJson("/api/v1/cases/" + id + "/caseworker", "{\"caseworker\":\"caseworker\"}",
                "Authorization", SUPERVISOR);
        assertThat(given.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + id + "/changes", "Authorization", SUPERVISOR).body()).contains("\"field\":\"caseworker\"");
    }
}
