package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jurisdictions and facilities as reference data an admin keeps: a jurisdiction's detainer policy changes with its
 * text, date and source and the old one stays in its history; a facility records its 287(g) and IGSA details; only an
 * admin edits, and bad values are refused by field.
 */
class ReferenceDataIT {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    private long create(String path, String json) {
        HttpResponse<String> created = api.postJson("/api/v1/admin/" + path, json, "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getJsonNumber("id").longValue();
    }

    @Test
    void aPolicyChangeKeepsTheEarlierPolicyInTheHistory() {
        String name = "Historia County " + UUID.randomUUID().toString().substring(0, 5);
        long id = create("jurisdictions", """
                {"name":"%s","level":"COUNTY","stateCode":"CA","detainerPolicy":"NONE"}""".formatted(name));
        assertThat(api.putJson("/api/v1/admin/jurisdictions/" + id, """
                {"version":0,"name":"%s","level":"COUNTY","stateCode":"CA","detainerPolicy":"LOCAL_NO_HOLDS",
                 "policyText":"The sheriff shall not hold anyone on an ICE detainer.","policyDate":"2015-06-01",
                 "policySource":"Board resolution 2015-117"}""".formatted(name), "Authorization", ADMIN).statusCode()).isEqualTo(204);
        assertThat(api.putJson("/api/v1/admin/jurisdictions/" + id, """
                {"version":1,"name":"%s","level":"COUNTY","stateCode":"CA","detainerPolicy":"NO_HOLDS_NO_ACCESS",
                 "policyDate":"2019-01-01","policySource":"TRUTH Act ordinance"}""".formatted(name), "Authorization", ADMIN).statusCode()).isEqualTo(204);

        HttpResponse<String> history = api.get("/api/v1/admin/jurisdictions/" + id + "/policies", "Authorization", CASEWORKER);
        assertThat(history.statusCode()).isEqualTo(200);
        var versions = Http.jsonArray(history).getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("policy")).containsExactly("NO_HOLDS_NO_ACCESS", "LOCAL_NO_HOLDS", "NONE");
        assertThat(versions.get(1).getString("source")).isEqualTo("Board resolution 2015-117");
        assertThat(versions.get(0).getString("recordedBy")).isEqualTo("admin");

        // A stale version is refused with what changed.
        HttpResponse<String> stale = api.putJson("/api/v1/admin/jurisdictions/" + id, """
                {"version":1,"name":"%s","level":"COUNTY","stateCode":"CA","detainerPolicy":"NONE"}""".formatted(name), "Authorization", ADMIN);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("detainerPolicy");
    }

    @Test
    void onlyAnAdminEditsAndBadValuesAreRefusedByField() {
        long jurisdiction = create("jurisdictions", """
                {"name":"Campo County %s","level":"COUNTY","stateCode":"TX","detainerPolicy":"NONE"}""".formatted(UUID.randomUUID().toString().substring(0, 5)));
        long facility = create("facilities", """
                {"name":"Campo Jail %s","type":"LOCAL_JAIL","city":"Campo","stateCode":"TX","timeZone":"America/Chicago","jurisdictionId":%d}"""
                .formatted(UUID.randomUUID().toString().substring(0, 5), jurisdiction));
        String body = """
                {"version":0,"name":"Campo Jail","type":"LOCAL_JAIL","operator":"GEO Group","city":"Campo","stateCode":"TX",
                 "timeZone":"America/Chicago","jurisdictionId":%d,"has287g":true,"model287g":"jail enforcement",
                 "signed287g":"2017-02-01","ended287g":"%s","igsa":true,"igsaBeds":%d,"igsaRatePerDay":%s,"igsaTerm":"LONG_TERM"}""";
        assertThat(api.putJson("/api/v1/admin/facilities/" + facility, body.formatted(jurisdiction, "2020-01-01", 120, "85.50"),
                "Authorization", CASEWORKER).statusCode()).isEqualTo(403);

        HttpResponse<String> bad = api.putJson("/api/v1/admin/facilities/" + facility,
                body.formatted(jurisdiction, "2016-01-01", 0, "-3"), "Authorization", ADMIN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"igsaBeds\"", "\"field\":\"igsaRatePerDay\"");
        HttpResponse<String> endsEarly = api.putJson("/api/v1/admin/facilities/" + facility,
                body.formatted(jurisdiction, "2016-01-01", 120, "85.50"), "Authorization", ADMIN);
        assertThat(endsEarly.body()).contains("\"field\":\"ended287g\"");

        assertThat(api.putJson("/api/v1/admin/facilities/" + facility, body.formatted(jurisdiction, "2020-01-01", 120, "85.50"),
                "Authorization", ADMIN).statusCode()).isEqualTo(204);
        String listed = api.get("/api/v1/admin/facilities", "Authorization", CASEWORKER).body();
        assertThat(listed).contains("\"operator\":\"GEO Group\"", "\"igsaBeds\":120", "\"igsaRatePerDay\":85.5", "\"model287g\":\"jail enforcement\"");

        // The list as a workbook: typed cells, yes/no in the reader's language.
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/admin/facilities.xlsx?lang=es", "Authorization", CASEWORKER);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("Centros");
            org.apache.poi.ss.usermodel.Row campo = null;
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Campo Jail")) {
                    campo = row;
                }
            }
            assertThat(campo).isNotNull();
            assertThat(campo.getCell(9).getStringCellValue()).isEqualTo("s\u00ed");
            assertThat(campo.getCell(11).getNumericCellValue()).isEqualTo(120.0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
