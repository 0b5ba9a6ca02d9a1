package org.amparo.it;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jurisdiction's evidence report (issue 14): the workbook a campaign takes to a meeting. A case whose hold request
 * targets a non-priority shows up as "Person 1" with the finding in words, the checklist says the practice is observed
 * with one case as evidence, the authorities are listed; and nothing in the whole workbook names the person, gives
 * their date of birth, their booking number or the case's number. Staff may download it; every download is audited.
 */
class EvidenceReportIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    private static long jurisdiction;
    private static long caseId;
    private static String tag;

    @BeforeAll
    static void aJurisdictionWithACaseAndItsSheriff() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdiction = Http.json(created(api.postJson("/api/v1/admin/jurisdictions", """
                {"name":"Informe County %s (test)","level":"COUNTY","stateCode":"NM","detainerPolicy":"NONE"}""".formatted(tag),
                "Authorization", ADMIN))).getJsonNumber("id").longValue();
        long facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Informe Jail %s (test)","type":"LOCAL_JAIL","city":"Informe","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Zubizarreta%s","givenNames":"Esperanza","dateOfBirth":"1979-04-05","bookingNumber":"BK-%s","facilityId":%d}"""
                .formatted(tag, tag, facility), "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        created(api.postJson("/api/v1/cases/" + caseId + "/ice-requests", """
                {"formCode":"I_247D","issuedAt":"2016-03-01T10:00:00","servedOnPerson":true}""", "Authorization", CASEWORKER));
        created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/authorities", """
                {"office":"SHERIFF","holderName":"Sheriff Informe %s","selection":"ELECTED","nextElection":"2028-06-06"}""".formatted(tag),
                "Authorization", CASEWORKER));
    }

    @Test
    void theReportShowsTheEvidenceInWordsAndIdentifiesNobody() throws IOException {
        Map<String, List<List<String>>> report = workbook("en", STAFF);
        assertThat(report.keySet()).containsExactly("Summary", "Checklist", "Cases (de-identified)", "Authorities", "Meeting promises", "About");

        assertThat(report.get("Summary")).anySatisfy(r -> assertThat(r).containsExactly("Jurisdiction", "Informe County " + tag + " (test)"));
        assertThat(report.get("Summary")).anySatisfy(r -> assertThat(r.get(0)).startsWith("Cases with the finding:")
                .contains("Non-priority target"));

        assertThat(report.get("Checklist")).anySatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("ICE Custody Requests on non-enforcement-priorities");
            assertThat(r.subList(2, 7)).containsExactly("Observed", r.get(3), "1", "0", "yes");
        });

        List<List<String>> cases = report.get("Cases (de-identified)");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(1).get(0)).isEqualTo("Person 1");
        assertThat(cases.get(1).get(1)).isEqualTo("Informe Jail " + tag + " (test)");
        assertThat(cases.get(1).get(2)).as("one case in its month at that jail: the year only").matches("\\d{4}");
        assertThat(cases.get(1).get(7)).contains("NON_PRIORITY_TARGET");

        assertThat(report.get("Authorities")).anySatisfy(r -> assertThat(r).startsWith("Sheriff", "", "Sheriff Informe " + tag, "Elected"));

        String all = report.values().stream().flatMap(List::stream).flatMap(List::stream).reduce("", (a, b) -> a + "|" + b + "|");
        assertThat(all).as("nobody identified").doesNotContain("Zubizarreta", "Esperanza", "1979-04-05", "1979", "BK-" + tag)
                .doesNotContain("|" + caseId + "|");
        assertThat(all).contains("De-identified");

        String trail = api.get("/api/v1/audit?user=staff&size=20", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("evidence.exported");
    }

    @Test
    void theReportReadsInSpanishAndAnUnknownJurisdictionIsNotFound() throws IOException {
        Map<String, List<List<String>>> report = workbook("es", SUPERVISOR);
        assertThat(report.keySet()).contains("Resumen", "Lista de control", "Casos (sin identificar)", "Autoridades");
        assertThat(report.get("Casos (sin identificar)").get(1).get(0)).isEqualTo("Persona 1");
        assertThat(report.get("Lista de control")).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("Observado"));
        assertThat(api.getBytes("/api/v1/jurisdictions/987654321/evidence.xlsx", "Authorization", STAFF).statusCode()).isEqualTo(404);
        assertThat(api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.xlsx").statusCode()).isEqualTo(401);
    }

    /** Every sheet's rows as text, header first. */
    private static Map<String, List<List<String>>> workbook(String lang, String who) throws IOException {
        HttpResponse<byte[]> answer = api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.xlsx?lang=" + lang,
                "Authorization", who);
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
