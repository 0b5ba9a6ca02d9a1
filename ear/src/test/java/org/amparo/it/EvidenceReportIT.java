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

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A jurisdiction's evidence report (issue 14): the workbook a campaign takes to a meeting. A case whose hold request
 * targets a non-priority is counted by its facility, year and finding in words, its ICE document by month and form,
 * the checklist says the practice is observed with the case as evidence, the authorities are listed; every count of
 * one person reads "fewer than 5", and nothing in the whole workbook names the person, gives their date of birth,
 * their booking number, the case's number or a note written about them. Staff may download it; every download is
 * audited. A total over a hidden count reads as the least the other parts show; a period narrows the report.
 */
class EvidenceReportIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String ATTORNEY = basic("attorney", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    private static long jurisdiction;
    private static long caseId;
    private static String tag;

    @BeforeAll
    static void aJurisdictionWithACaseAndItsSheriff() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdiction = TestJurisdictions.county("Informe County " + tag + " (test)");
        long facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Informe Jail %s (test)","type":"LOCAL_JAIL","city":"Informe","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Zubizarreta%s","givenNames":"Esperanza","dateOfBirth":"1979-04-05","bookingNumber":"BK-%s","facilityId":%d}"""
                .formatted(tag, tag, facility), "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        created(api.postJson("/api/v1/cases/" + caseId + "/ice-requests", """
                {"formCode":"I_247D","issuedAt":"2016-03-01T10:00:00","servedOnPerson":true}""", "Authorization", CASEWORKER));
        ChecklistIT.itemOnceIts(jurisdiction, ChecklistIT.NON_PRIORITY, "OBSERVED");
        created(api.postJson("/api/v1/cases/" + caseId + "/notes", """
                {"text":"Marcador%s: her brother's address"}""".formatted(tag), "Authorization", CASEWORKER));
        // Stories that must never leave the case file: told only; consented to but not vetted; vetted but not consented to.
        long told = story(caseId, "HistoriaSinNada" + tag + " she was held for ICE");
        long consented = story(caseId, "HistoriaSinRevisar" + tag + " the deputy called ICE");
        consent(caseId, consented);
        long vetted = story(caseId, "HistoriaSinConsentir" + tag + " nobody told her family");
        breakGlass(caseId);
        vet(caseId, vetted);
        assertThat(told).isNotEqualTo(consented);
        created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/authorities", """
                {"office":"SHERIFF","holderName":"Sheriff Informe %s","selection":"ELECTED","nextElection":"2028-06-06"}""".formatted(tag),
                "Authorization", CASEWORKER));
    }

    @Test
    void theReportShowsTheEvidenceInWordsAndIdentifiesNobody() throws IOException {
        Map<String, List<List<String>>> report = workbook(jurisdiction, "en", STAFF, "");
        assertThat(report.keySet()).containsExactly("Summary", "ICE documents by month", "Findings by facility", "Checklist",
                "Authorities", "Meeting promises", "Campaign outcomes", "Vetted stories", "Jail money", "About");

        List<List<String>> summary = report.get("Summary");
        assertThat(summary).anySatisfy(r -> assertThat(r).containsExactly("Jurisdiction", "Informe County " + tag + " (test)"));
        assertThat(summary).as("one person's count is never shown as its number")
                .anySatisfy(r -> assertThat(r).containsExactly("Cases with the finding: Non-priority target", "fewer than 5"))
                .anySatisfy(r -> assertThat(r).containsExactly("Cases with a finding (open or closed)", "fewer than 5"))
                .anySatisfy(r -> assertThat(r).containsExactly("Open cases", "fewer than 5"))
                .anySatisfy(r -> assertThat(r.get(0)).isEqualTo("ICE documents (detainers and other requests)"));

        assertThat(report.get("ICE documents by month")).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("2016-03");
            assertThat(r.get(1)).as("the form as ICE names it").isEqualTo("I-247D");
            assertThat(r.subList(2, 4)).containsExactly("I_247D", "fewer than 5");
        });
        assertThat(report.get("Findings by facility")).anySatisfy(r -> assertThat(r).containsExactly("Informe Jail " + tag + " (test)",
                String.valueOf(java.time.LocalDate.now().getYear()), "Non-priority target", "NON_PRIORITY_TARGET", "fewer than 5"));

        assertThat(report.get("Checklist")).anySatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("ICE Custody Requests on non-enforcement-priorities");
            assertThat(r.subList(2, 7)).containsExactly("Observed", r.get(3), "fewer than 5", "0", "yes");
        });

        assertThat(report.get("Authorities")).anySatisfy(r -> assertThat(r).startsWith("Sheriff", "", "Sheriff Informe " + tag, "Elected"));

        String all = report.values().stream().flatMap(List::stream).flatMap(List::stream).reduce("", (a, b) -> a + "|" + b + "|");
        assertThat(all).as("nobody identified").doesNotContain("Zubizarreta", "Esperanza", "1979-04-05", "1979", "BK-" + tag,
                        "Marcador" + tag, "HistoriaSinNada" + tag, "HistoriaSinRevisar" + tag, "HistoriaSinConsentir" + tag)
                .doesNotContain("|" + caseId + "|").doesNotContain("|1|", "|2|", "|3|", "|4|");
        assertThat(all).contains("De-identified");

        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.pdf?lang=en", "Authorization", STAFF);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String printed;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            printed = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(printed).as("the PDF says what the workbook says").contains("Evidence report: Informe County " + tag,
                "ICE documents by month", "Cases by finding", "Non-priority target", "fewer than 5",
                "ICE Custody Requests on non-enforcement-priorities", "Sheriff Informe " + tag);
        String bytes = new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String marker : List.of("Zubizarreta", "Esperanza", "1979-04-05", "BK-" + tag, "Marcador" + tag,
                "HistoriaSinNada" + tag, "HistoriaSinRevisar" + tag, "HistoriaSinConsentir" + tag)) {
            assertThat(printed).as("nobody identified in the PDF").doesNotContain(marker);
            assertThat(bytes).doesNotContain(marker);
        }

        String trail = api.get("/api/v1/audit?user=staff&size=20", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("evidence.exported", "format=pdf", "format=xlsx");
    }

    @Test
    void countsOfFiveOrMoreAreExactAndATotalOverAHiddenCountIsTheLeastItCanBe() throws IOException {
        String t = UUID.randomUUID().toString().substring(0, 8);
        long county = TestJurisdictions.county("Cifras County " + t + " (test)");
        long big = facility("Cifras Big Jail " + t, county);
        long small = facility("Cifras Small Jail " + t, county);
        for (int i = 0; i < 6; i++) {
            long id = caseWithANonPriorityDetainer(i < 5 ? big : small, t + i, "2016-0" + (i < 5 ? 3 : 4) + "-01T10:00:00");
            // The big jail hands its five to ICE in March 2016; the small one releases its one.
            HttpResponse<String> ended = api.postJson("/api/v1/cases/" + id + "/events", "{\"type\":\"%s\",\"at\":\"2016-0%d-10T12:00:00\"}"
                    .formatted(i < 5 ? "TRANSFERRED_TO_ICE" : "RELEASED", i < 5 ? 3 : 4), "Authorization", CASEWORKER);
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(202);
        }

        Map<String, List<List<String>>> report = workbook(county, "en", SUPERVISOR, "");
        assertThat(report.get("Findings by facility"))
                .anySatisfy(r -> assertThat(r).containsExactly("Cifras Big Jail " + t + " (test)", r.get(1), "Non-priority target",
                        "NON_PRIORITY_TARGET", "5"))
                .anySatisfy(r -> assertThat(r).containsExactly("Cifras Small Jail " + t + " (test)", r.get(1), "Non-priority target",
                        "NON_PRIORITY_TARGET", "fewer than 5"));
        assertThat(report.get("Summary")).as("6 - 5 would give the small jail's one case away")
                .anySatisfy(r -> assertThat(r).containsExactly("Cases with the finding: Non-priority target", "at least 6"))
                .anySatisfy(r -> assertThat(r).containsExactly("Open cases", "6"))
                .anySatisfy(r -> assertThat(r).containsExactly("Cases the jail handed to ICE (custody ended in a transfer to ICE)", "5"));
        assertThat(report.get("ICE documents by month")).anySatisfy(r -> assertThat(r).containsExactly("2016-03", r.get(1), "I_247D", "5"))
                .anySatisfy(r -> assertThat(r).containsExactly("2016-04", r.get(1), "I_247D", "fewer than 5"));

        Map<String, List<List<String>>> march = workbook(county, "es", SUPERVISOR, "&from=2016-03-15&to=2016-03-20");
        assertThat(march.get("Documentos de ICE por mes")).as("the period: March 2016 only").hasSize(2)
                .anySatisfy(r -> assertThat(r.subList(0, 1)).containsExactly("2016-03"));
        assertThat(march.get("Resumen")).anySatisfy(r -> assertThat(r).as("whole months: a day's cases are never the difference of two reports")
                .containsExactly("Per\u00edodo en meses enteros (casos abiertos, documentos emitidos, custodias terminadas, reportes de hechos)",
                "2016-03-01 \u2013 2016-03-31"));
        assertThat(march.get("Hallazgos por centro")).as("the cases were opened today, outside the period").hasSize(1);
        assertThat(march.get("Resumen")).as("handed to ICE in the period, whenever the case was opened").anySatisfy(r -> assertThat(r)
                .containsExactly("Casos que la c\u00e1rcel entreg\u00f3 a ICE (la custodia termin\u00f3 con un traslado a ICE)", "5"));
        assertThat(workbook(county, "en", SUPERVISOR, "&from=2016-04-01&to=2016-04-30").get("Summary"))
                .anySatisfy(r -> assertThat(r).containsExactly("Cases the jail handed to ICE (custody ended in a transfer to ICE)", "0"));

        HttpResponse<byte[]> backwards = api.getBytes("/api/v1/jurisdictions/" + county + "/evidence.xlsx?from=2016-04-01&to=2016-03-01",
                "Authorization", SUPERVISOR);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(new String(backwards.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("to");
    }

    @Test
    void theReportReadsInSpanishAndAnUnknownJurisdictionIsNotFound() throws IOException {
        Map<String, List<List<String>>> report = workbook(jurisdiction, "es", SUPERVISOR, "");
        assertThat(report.keySet()).contains("Resumen", "Documentos de ICE por mes", "Hallazgos por centro", "Lista de control", "Autoridades");
        assertThat(report.get("Hallazgos por centro").get(1)).contains("menos de 5");
        assertThat(report.get("Lista de control")).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("Observado"));
        assertThat(api.getBytes("/api/v1/jurisdictions/987654321/evidence.xlsx", "Authorization", STAFF).statusCode()).isEqualTo(404);
        assertThat(api.getBytes("/api/v1/jurisdictions/987654321/evidence.pdf", "Authorization", STAFF).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.pdf?lang=es", "Authorization", STAFF);
        String printed;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            printed = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(printed).contains("Informe de pruebas", "Casos por hallazgo", "menos de 5", "Jurisdicci\u00f3n");
        assertThat(api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.xlsx").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAStoryWithConsentAndVettingGoesInShownAsVettedAndAWithdrawalSaysWhereItWentBefore() throws IOException {
        String t = UUID.randomUUID().toString().substring(0, 8);
        long j = TestJurisdictions.county("Relato County " + t + " (test)");
        long jail = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Relato Jail %s (test)","type":"LOCAL_JAIL","city":"Relato","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(t, j), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        long c = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Nombrado%s","givenNames":"Celestina","dateOfBirth":"1977-02-03","bookingNumber":"BR-%s","facilityId":%d}"""
                .formatted(t, t, jail), "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        created(api.postJson("/api/v1/cases/" + c + "/notes", "{\"text\":\"NotaPlantada" + t + "\"}", "Authorization", CASEWORKER));
        breakGlass(c);
        long usable = story(c, "HistoriaUsable" + t + " the jail held me three days for ICE without a judge's warrant.\nMy children did not know.");
        consent(c, usable);
        vet(c, usable);
        long toWithdraw = story(c, "HistoriaRetirada" + t + " they asked where I was born.");
        consent(c, toWithdraw);
        vet(c, toWithdraw);
        long unvetted = story(c, "HistoriaPlantada" + t + " not vetted yet.");
        consent(c, unvetted);
        story(c, "HistoriaCruda" + t + " neither consent nor vetting.");
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + j + "/campaign", "{\"name\":\"Relato out " + t + "\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        created(api.postJson("/api/v1/campaigns/" + campaign + "/notes", """
                {"kind":"OUTCOME","text":"Resultado%s: the board ended the jail's ICE contract","happenedOn":"%s","result":"WON"}"""
                .formatted(t, yesterday), "Authorization", SUPERVISOR));

        List<String> never = List.of("Nombrado" + t, "Celestina", "1977-02-03", "BR-" + t, "NotaPlantada" + t, "HistoriaPlantada" + t,
                "HistoriaCruda" + t, "Resultado" + t, "|" + c + "|");
        Map<String, List<List<String>>> report = workbook(j, "en", STAFF, "");
        assertThat(report.get("Vetted stories")).as("the one free text of a person: a story with consent and vetting, shown as vetted")
                .hasSize(3).anySatisfy(r -> {
                    assertThat(r.get(0)).isEqualTo("Vetted story");
                    assertThat(r.get(1)).startsWith("HistoriaUsable" + t).contains("My children did not know.");
                    assertThat(r.get(2)).isNotBlank();
                }).anySatisfy(r -> assertThat(r.get(1)).startsWith("HistoriaRetirada" + t));
        assertThat(report.get("Campaign outcomes")).as("the day and how it went; the words written for it may name someone")
                .anySatisfy(r -> assertThat(r).containsExactly(yesterday, "Won"));
        String cells = report.values().stream().flatMap(List::stream).flatMap(List::stream).reduce("", (a, b) -> a + "|" + b + "|");
        assertThat(cells).doesNotContain(never);
        String xlsx = unzipped(api.getBytes("/api/v1/jurisdictions/" + j + "/evidence.xlsx?lang=en", "Authorization", STAFF).body());
        assertThat(xlsx).contains("HistoriaUsable" + t).doesNotContain(never.subList(0, never.size() - 1));
        String pdf = pdfText(j, "en");
        assertThat(pdf).contains("Vetted stories", "Vetted story", "HistoriaUsable" + t, "HistoriaRetirada" + t, "Campaign outcomes",
                yesterday + " \u00b7 Won").doesNotContain(never.subList(0, never.size() - 1));
        assertThat(pdfText(j, "es")).contains("Historias revisadas", "Historia revisada", "HistoriaUsable" + t, "Resultados de la campa\u00f1a",
                "Ganado");

        HttpResponse<String> withdrawn = api.delete("/api/v1/cases/" + c + "/stories/" + toWithdraw + "/consent", "Authorization", CASEWORKER);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        var uses = Http.json(withdrawn).getJsonArray("uses");
        assertThat(uses.size()).as("used before: two workbooks and two PDFs").isEqualTo(4);
        assertThat(uses.getJsonObject(0).getString("jurisdiction")).isEqualTo("Relato County " + t + " (test)");
        assertThat(uses.stream().map(u -> u.asJsonObject().getString("format")).toList()).contains("XLSX", "PDF");
        assertThat(Http.json(withdrawn).getString("status")).isEqualTo("CONSENT_WITHDRAWN");
        var listed = Http.jsonArray(api.get("/api/v1/cases/" + c + "/stories", "Authorization", CASEWORKER));
        assertThat(listed.stream().map(v -> v.asJsonObject()).filter(v -> v.getJsonNumber("id").longValue() == toWithdraw)
                .findFirst().orElseThrow().getJsonArray("uses")).hasSize(4);
        assertThat(listed.stream().map(v -> v.asJsonObject()).filter(v -> v.getJsonNumber("id").longValue() == usable)
                .findFirst().orElseThrow().getJsonArray("uses")).as("the usable story went into the same four").hasSize(4);

        Map<String, List<List<String>>> after = workbook(j, "en", STAFF, "");
        assertThat(after.get("Vetted stories")).as("withdrawn: in nothing generated from now on").hasSize(2)
                .noneSatisfy(r -> assertThat(r.get(1)).contains("HistoriaRetirada" + t));
        assertThat(pdfText(j, "en")).contains("HistoriaUsable" + t).doesNotContain("HistoriaRetirada" + t);
        assertThat(workbook(j, "en", STAFF, "&from=2016-03-01&to=2016-03-31").get("Vetted stories"))
                .as("the case was opened today: outside the period").hasSize(1);

        String trail = api.get("/api/v1/audit?user=staff&size=20", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("evidence.exported", "stories=[" + usable);
        assertThat(trail).doesNotContain("HistoriaUsable" + t);
    }

    private static String pdfText(long j, String lang) throws IOException {
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/jurisdictions/" + j + "/evidence.pdf?lang=" + lang, "Authorization", STAFF);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /** Every part of a workbook, unpacked, as text: what a reader of its bytes would find. */
    private static String unzipped(byte[] xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("evidence", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    try (var in = zip.getInputStream(entries.nextElement())) {
                        all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return all.toString();
    }

    static long story(long caseId, String text) {
        return Http.json(created(api.postJson("/api/v1/cases/" + caseId + "/stories", """
                {"title":"Titulo plantado","text":"%s"}""".formatted(text.replace("\n", "\\n")), "Authorization", CASEWORKER)))
                .getJsonNumber("id").longValue();
    }

    static void consent(long caseId, long story) {
        HttpResponse<String> r = api.putJson("/api/v1/cases/" + caseId + "/stories/" + story + "/consent", """
                {"scope":"EVIDENCE_REPORTS","consentedOn":"%s","version":%d}""".formatted(java.time.LocalDate.now().minusDays(2),
                version(caseId, story)), "Authorization", CASEWORKER);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    static void vet(long caseId, long story) {
        HttpResponse<String> r = api.putJson("/api/v1/cases/" + caseId + "/stories/" + story + "/vetting", """
                {"vettedOn":"%s","riskNote":"Nothing that identifies her","version":%d}""".formatted(java.time.LocalDate.now().minusDays(1),
                version(caseId, story)), "Authorization", ATTORNEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** The story's version as the caseworker reads it: consent and vetting are given to the text as read. */
    private static int version(long caseId, long story) {
        HttpResponse<String> r = api.get("/api/v1/cases/" + caseId + "/stories", "Authorization", CASEWORKER);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.jsonArray(r).stream().map(v -> v.asJsonObject()).filter(v -> v.getJsonNumber("id").longValue() == story)
                .findFirst().orElseThrow().getInt("version");
    }

    /** The demo attorney works no test jurisdiction's cases: they open this one, with a reason, to vet its stories. */
    static void breakGlass(long caseId) {
        HttpResponse<String> r = api.postJson("/api/v1/cases/" + caseId + "/access",
                "{\"reason\":\"Vetting the case's stories for the campaign\"}", "Authorization", ATTORNEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static long facility(String name, long county) {
        return Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"%s (test)","type":"LOCAL_JAIL","city":"Cifras","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(name, county), "Authorization", ADMIN))).getJsonNumber("id").longValue();
    }

    private static long caseWithANonPriorityDetainer(long facility, String t, String issuedAt) {
        long id = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Cifra%s","givenNames":"Ana","dateOfBirth":"1980-01-02","bookingNumber":"BC-%s","facilityId":%d}"""
                .formatted(t, t, facility), "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        created(api.postJson("/api/v1/cases/" + id + "/ice-requests", """
                {"formCode":"I_247D","issuedAt":"%s","servedOnPerson":true}""".formatted(issuedAt), "Authorization", CASEWORKER));
        return id;
    }

    /** Every sheet's rows as text, header first. */
    static Map<String, List<List<String>>> workbook(long id, String lang, String who, String period) throws IOException {
        HttpResponse<byte[]> answer = api.getBytes("/api/v1/jurisdictions/" + id + "/evidence.xlsx?lang=" + lang + period,
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
}
