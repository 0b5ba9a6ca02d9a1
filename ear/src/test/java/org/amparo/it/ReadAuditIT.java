package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a case leaves a trace: each way of reading it (its summary, its file, its history, a document, its
 * export, a search by its A-number, the duplicate check) is one audit record with the reader and the case, and an
 * identifier searched for is kept only as its keyed fingerprint. Supervisors read the trail; nobody else does.
 */
class ReadAuditIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    @Test
    void everyReadOfACaseIsOneAuditRecordWithTheReaderAndNoIdentifierInClear() {
        String digits = Http.newANumberDigits();
        String family = "Lectura" + digits.substring(3);
        HttpResponse<String> opened = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"Eva","dateOfBirth":"1990-01-02","aNumber":"%s","facilityId":1}"""
                .formatted(family, digits), "Authorization", CASEWORKER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = Http.json(opened).getJsonNumber("id").longValue();
        byte[] pdf = "%PDF-1.4\nscan\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        long document = Http.json(api.postBytes("/api/v1/cases/" + id + "/documents?fileName=scan.pdf", pdf, "application/pdf",
                "Authorization", CASEWORKER)).getJsonNumber("id").longValue();

        assertThat(api.get("/api/v1/cases/" + id, "Authorization", ATTORNEY).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + id + "/file", "Authorization", ATTORNEY).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + id + "/changes", "Authorization", ATTORNEY).statusCode()).isEqualTo(200);
        assertThat(api.getBytes("/api/v1/cases/" + id + "/documents/" + document, "Authorization", ATTORNEY).statusCode()).isEqualTo(200);
        assertThat(api.getBytes("/api/v1/cases/" + id + "/file.xlsx", "Authorization", ATTORNEY).statusCode()).isEqualTo(200);

        List<String> reads = actions("user=attorney&caseId=" + id);
        assertThat(reads).containsExactlyInAnyOrder("case.viewed", "case.file.viewed", "case.history.viewed",
                "case.document.viewed", "case.file.exported");

        String searched = "A-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        assertThat(api.get("/api/v1/cases?search=" + searched, "Authorization", SUPERVISOR).body()).contains(family);
        assertThat(api.postJson("/api/v1/cases/duplicates", """
                {"familyName":"%s","dateOfBirth":"1990-01-02","aNumber":"%s","facilityId":1}""".formatted(family, digits),
                "Authorization", SUPERVISOR).body()).contains(family);
        HttpResponse<String> trail = api.get("/api/v1/audit?user=supervisor&size=20", "Authorization", SUPERVISOR);
        List<JsonObject> rows = Http.json(trail).getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("action")).contains("cases.searched.identifier", "case.duplicateCheck");
        assertThat(trail.body()).doesNotContain(digits).doesNotContain(family);

        assertThat(api.get("/api/v1/audit", "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", "Authorization", ATTORNEY).statusCode()).isEqualTo(403);
        assertThat(api.getBytes("/api/v1/audit/export.xlsx?caseId=" + id, "Authorization", SUPERVISOR).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit/unusual", "Authorization", SUPERVISOR).statusCode()).isEqualTo(200);
    }

    private List<String> actions(String query) {
        HttpResponse<String> page = api.get("/api/v1/audit?size=100&" + query, "Authorization", SUPERVISOR);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getString("action")).toList();
    }
}
