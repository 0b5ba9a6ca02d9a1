package org.amparo.it;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list exports to XLSX with exactly the rows and columns the list shows. Identified exports are for
 * supervisors and admins; everyone else gets (and anyone may ask for) a de-identified one with none of the
 * identifying values, stable pseudonyms and age bands.
 */
class CaseExportIT {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void theExportOpensWithPoiWithTheHeaderAndOneRowPerListedCase() throws IOException {
        Http api = Http.api();
        jakarta.json.JsonObject list = Http.json(api.get("/api/v1/cases?status=OPEN&size=1", "Authorization", SUPERVISOR));
        long listed = list.getJsonNumber("total").longValue();
        boolean exact = list.getBoolean("totalExact"); // the list counts to 1,000; the export writes every row
        assertThat(listed).as("demo data has open cases").isPositive();

        HttpResponse<byte[]> export = api.getBytes("/api/v1/cases/export.xlsx?status=OPEN&sort=FAMILY_NAME&asc=true",
                "Authorization", SUPERVISOR);

        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet cases = workbook.getSheet("Cases");
            List<String> header = new ArrayList<>();
            cases.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("Case", "Family name", "Given names", "Date of birth", "A-number", "Facility",
                    "Booking number", "Status", "Step", "Caseworker", "Attorney", "Opened (UTC)", "Enforcement priority",
                    "DACA screen", "Hold expires (facility time)", "Findings", "Status (code)", "Step (code)",
                    "Enforcement priority (code)", "DACA screen (code)", "Findings (codes)");
            if (exact) {
                assertThat((long) cases.getLastRowNum()).as("one row per listed case").isEqualTo(listed);
            } else {
                assertThat((long) cases.getLastRowNum()).as("more rows than the list counts to").isGreaterThan(listed);
            }
            assertThat(cases.getPaneInformation().isFreezePane()).isTrue();

            Row first = cases.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Open");
            assertThat(first.getCell(16).getStringCellValue()).isEqualTo("OPEN");
            assertThat(first.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(11))).isTrue();
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= cases.getLastRowNum(); r++) {
                names.add(cases.getRow(r).getCell(1).getStringCellValue());
            }
            // the same order as the list the user sees (the database's collation decides both)
            List<String> shown = Http.json(api.get("/api/v1/cases?status=OPEN&sort=FAMILY_NAME&asc=true&size=500",
                    "Authorization", SUPERVISOR)).getJsonArray("rows").stream()
                    .map(r -> r.asJsonObject().getString("familyName")).toList();
            // (the list gives at most one page of 500: the export starts with it, in the same order)
            assertThat(names.subList(0, Math.min(names.size(), shown.size()))).containsExactlyElementsOf(shown);

            Sheet about = workbook.getSheet("About");
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("supervisor");
        }
    }

    @Test
    void aCaseworkerMayNotMakeAnIdentifiedExport() {
        HttpResponse<byte[]> export = Http.api().getBytes("/api/v1/cases/export.xlsx?mode=full",
                "Authorization", basic("caseworker", Http.DEMO_PASSWORD));

        assertThat(export.statusCode()).isEqualTo(403);
    }

    @Test
    void staffGetADeidentifiedExportWithNoneOfTheIdentifyingValuesAndStablePseudonyms() throws IOException {
        String family = "Identificable" + java.util.UUID.randomUUID().toString().substring(0, 5);
        Http api = Http.api();
        HttpResponse<String> created = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"Zoila","dateOfBirth":"1990-05-01","aNumber":"A-055-444-333","facilityId":1,
                 "bookingNumber":"BK-%s"}""".formatted(family, family), "Authorization", basic("caseworker", Http.DEMO_PASSWORD));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();

        String staff = basic("staff", Http.DEMO_PASSWORD);
        assertThat(api.getBytes("/api/v1/cases/export.xlsx?mode=full", "Authorization", staff).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> first = api.getBytes("/api/v1/cases/export.xlsx?sort=ID", "Authorization", staff);
        HttpResponse<byte[]> second = api.getBytes("/api/v1/cases/export.xlsx?sort=ID", "Authorization", staff);
        assertThat(first.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        String pseudonymOfNewest;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(first.body()))) {
            Sheet cases = workbook.getSheet("Cases");
            cases.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            for (Row row : cases) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
            pseudonymOfNewest = cases.getRow(1).getCell(0).getStringCellValue();
            assertThat(workbook.getSheet("About").getRow(3).getCell(1).getStringCellValue()).startsWith("De-identified");
        }
        assertThat(header).containsExactly("Case (pseudonym)", "Person (pseudonym)", "Age band", "Facility", "Status", "Step",
                "Opened on (UTC)", "Enforcement priority", "DACA screen", "Hold expires (facility time)", "Findings", "Status (code)",
                "Step (code)", "Enforcement priority (code)", "DACA screen (code)", "Findings (codes)");
        assertThat(String.join("|", cells)).doesNotContain(family, "Zoila", "055444333", "A-055-444-333", "BK-", "1990-05-01",
                "caseworker");
        assertThat(cells).contains("35-44");
        assertThat(pseudonymOfNewest).matches("C-[A-Z0-9]{10}").doesNotContain(String.valueOf(id));
        try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(second.body()))) {
            assertThat(again.getSheet("Cases").getRow(1).getCell(0).getStringCellValue()).isEqualTo(pseudonymOfNewest);
        }
    }

    /**
     * The test server reads and writes exports 50 rows at a time (the demo's 300 cases are several batches): each row of
     * a de-identified export is written on another thread than it is read on, with its person looked up in its own
     * batch. Row for row against the identified export of the same cases in the same order, a person pseudonym never
     * stands for two people, and the cases both exports show agree.
     */
    @Test
    void aDeidentifiedExportOfManyBatchesGivesEachRowItsOwnPersonsPseudonym() throws IOException {
        Http api = Http.api();
        List<List<String>> full = rows(api.getBytes("/api/v1/cases/export.xlsx?mode=full&sort=ID&asc=true",
                "Authorization", SUPERVISOR));
        List<List<String>> deidentified = rows(api.getBytes("/api/v1/cases/export.xlsx?mode=deidentified&sort=ID&asc=true",
                "Authorization", SUPERVISOR));

        assertThat(full.size()).as("more rows than three batches of the test server's 50").isGreaterThan(150);
        assertThat(deidentified).hasSameSizeAs(full);
        java.util.Map<String, String> personOfPseudonym = new java.util.HashMap<>();
        java.util.Set<String> cases = new java.util.HashSet<>();
        for (int i = 0; i < full.size(); i++) {
            List<String> named = full.get(i);
            List<String> row = deidentified.get(i);
            // family name, given names, date of birth and A-number: who the person is, as far as the sheet says
            String person = String.join("|", named.subList(1, 5));
            String pseudonym = row.get(1);
            assertThat(row.get(0)).as("row %d's case pseudonym", i + 1).matches("C-[A-Z0-9]{10}");
            assertThat(pseudonym).as("row %d's person pseudonym", i + 1).matches("P-[A-Z0-9]{10}");
            assertThat(cases.add(row.get(0))).as("row %d's case pseudonym is its own", i + 1).isTrue();
            assertThat(personOfPseudonym.computeIfAbsent(pseudonym, p -> person)).as("row %d: one pseudonym, one person", i + 1)
                    .isEqualTo(person);
            // the columns both exports have agree row for row: the facility and status of the same case
            assertThat(row.get(3)).as("row %d's facility", i + 1).isEqualTo(named.get(5));
            assertThat(row.get(4)).as("row %d's status", i + 1).isEqualTo(named.get(7));
        }
    }

    /** The Cases sheet's rows below the header, each cell as text. */
    private static List<List<String>> rows(HttpResponse<byte[]> export) throws IOException {
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet cases = workbook.getSheet("Cases");
            int width = cases.getRow(0).getLastCellNum();
            for (int r = 1; r <= cases.getLastRowNum(); r++) {
                Row row = cases.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aWholeCaseFileExportsAsOneWorkbookWithASheetPerPartAndOnlyTheNotesTheReaderMaySee() throws IOException {
        Http api = Http.api();
        String caseworker = basic("caseworker", Http.DEMO_PASSWORD);
        String attorney = basic("attorney", Http.DEMO_PASSWORD);
        long id = Http.openCase("Libro" + java.util.UUID.randomUUID().toString().substring(0, 5), "Noé");
        api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"2018-02-01","level":"MISDEMEANOR","category":"THEFT","disposition":"CONVICTED","dispositionDate":"2018-03-01",
                 "sentenceDays":10,"sentenceSuspended":true}""", "Authorization", caseworker);
        api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"=HYPERLINK(\\\"http://x\\\")\"}", "Authorization", caseworker);
        api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"attorney only\",\"privileged\":true}", "Authorization", attorney);

        HttpResponse<byte[]> forCaseworker = api.getBytes("/api/v1/cases/" + id + "/file.xlsx", "Authorization", caseworker);
        assertThat(forCaseworker.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(forCaseworker.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Person", "Family", "Immigration", "Immigration history", "Criminal history",
                    "Custody", "ICE requests", "Notes", "Documents", "History", "About");
            assertThat(workbook.getSheet("Person").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Noé");
            Row charge = workbook.getSheet("Criminal history").getRow(1);
            assertThat(DateUtil.isCellDateFormatted(charge.getCell(0))).isTrue();
            assertThat(charge.getCell(7).getNumericCellValue()).isEqualTo(10.0);
            assertThat(charge.getCell(8).getStringCellValue()).isEqualTo("yes");
            Sheet notes = workbook.getSheet("Notes");
            assertThat(notes.getLastRowNum()).isEqualTo(1);
            var formula = notes.getRow(1).getCell(3);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("History").getLastRowNum()).isPositive();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                api.getBytes("/api/v1/cases/" + id + "/file.xlsx", "Authorization", attorney).body()))) {
            assertThat(workbook.getSheet("Notes").getLastRowNum()).isEqualTo(2);
        }
        assertThat(api.getBytes("/api/v1/cases/" + id + "/file.xlsx", "Authorization", basic("staff", Http.DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aBackgroundExportReportsProgressAndIsDownloadedOnceByItsOwnerOnly() throws Exception {
        Http api = Http.api();
        jakarta.json.JsonObject list = Http.json(api.get("/api/v1/cases?size=1", "Authorization", SUPERVISOR));
        long listed = list.getJsonNumber("total").longValue();
        HttpResponse<String> started = api.postJson("/api/v1/exports/cases?mode=full", "", "Authorization", SUPERVISOR);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.json(started).getString("id");
        long expected = Http.json(started).getJsonNumber("rowsExpected").longValue();
        if (list.getBoolean("totalExact")) {
            assertThat(expected).as("every case the list counts").isEqualTo(listed);
        } else {
            assertThat(expected).as("more than the list counts to").isGreaterThan(listed);
        }

        String state = "RUNNING";
        for (int i = 0; i < 120 && "RUNNING".equals(state); i++) {
            Thread.sleep(250);
            state = Http.json(api.get("/api/v1/exports/" + id, "Authorization", SUPERVISOR)).getString("state");
        }
        assertThat(state).isEqualTo("READY");
        assertThat(api.get("/api/v1/exports/" + id, "Authorization", basic("admin", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> file = api.getBytes("/api/v1/exports/" + id + "/download", "Authorization", SUPERVISOR);
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat((long) workbook.getSheet("Cases").getLastRowNum()).as("every row the job expected").isEqualTo(expected);
        }
        assertThat(api.getBytes("/api/v1/exports/" + id + "/download", "Authorization", SUPERVISOR).statusCode()).isEqualTo(404);
        assertThat(api.postJson("/api/v1/exports/cases?mode=full", "", "Authorization", basic("staff", Http.DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theIceRequestsOfTheListedCasesExportWithTheirFormsAndAnswersIdentifiedOnlyForSupervisors() throws IOException {
        String family = "Orden" + java.util.concurrent.ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        long id = Http.openCase(family, "Inés");
        String caseworker = basic("caseworker", Http.DEMO_PASSWORD);
        Http api = Http.api();
        assertThat(api.postJson("/api/v1/cases/" + id + "/ice-requests", """
                {"formCode":"I_247A","issuedAt":"2026-11-20T10:00:00","honored":true,"notifiedIce":false,"interference":["BAIL_DENIED_FOR_STATUS"]}""",
                "Authorization", caseworker).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> full = api.getBytes("/api/v1/cases/ice-requests.xlsx?search=" + family, "Authorization", SUPERVISOR);
        assertThat(full.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(full.body()))) {
            Sheet sheet = workbook.getSheet("ICE requests");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith("Case", "Family name", "Given names", "A-number", "Facility", "Jurisdiction", "Form",
                    "Issued (facility time)", "Served on the person", "Honored by the jail", "Jail notified ICE", "Lifted");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(id);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(family);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("I-247A");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(7))).isTrue();
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("yes");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("no");
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("Bail denied or raised because of status");
            assertThat(header).endsWith("Form (code)", "Interference (codes)", "Status (code)", "Findings (codes)");
            assertThat(row.getCell(header.indexOf("Form (code)")).getStringCellValue()).isEqualTo("I_247A");
            assertThat(row.getCell(header.indexOf("Interference (codes)")).getStringCellValue()).isEqualTo("BAIL_DENIED_FOR_STATUS");
        }

        assertThat(api.getBytes("/api/v1/cases/ice-requests.xlsx?mode=full&search=" + family, "Authorization", caseworker)
                .statusCode()).isEqualTo(403);
        HttpResponse<byte[]> spanish = api.getBytes("/api/v1/cases/ice-requests.xlsx?lang=es&search=" + family, "Authorization", caseworker);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(spanish.body()))) {
            Sheet sheet = workbook.getSheet("Solicitudes de ICE");
            List<String> cells = new ArrayList<>();
            sheet.forEach(r -> r.forEach(cell -> cells.add(cell.toString())));
            assertThat(cells).contains("Caso (seudónimo)", "I-247A", "I_247A", "sí").doesNotContain(family, "Inés", String.valueOf(id));
        }
    }

    @Test
    void theTaskInboxExportsTheSameTasksDeidentifiedForCaseworkersAndNamedForSupervisors() throws IOException {
        String caseworker = basic("caseworker", Http.DEMO_PASSWORD);
        Http api = Http.api();
        int inbox = Http.jsonArray(api.get("/api/v1/tasks", "Authorization", caseworker)).size();
        assertThat(inbox).as("demo data gives the caseworker tasks").isPositive();

        HttpResponse<byte[]> mine = api.getBytes("/api/v1/tasks/export.xlsx", "Authorization", caseworker);
        assertThat(mine.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mine.body()))) {
            Sheet sheet = workbook.getSheet("Tasks");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("Task", "Case (pseudonym)", "Enforcement priority", "Hold expires (facility time)",
                    "Created (UTC)", "Due (UTC)", "Overdue", "Claimed", "Queue", "Step (code)", "Enforcement priority (code)");
            assertThat(sheet.getLastRowNum()).isEqualTo(inbox);
        }
        assertThat(api.getBytes("/api/v1/tasks/export.xlsx?mode=full", "Authorization", caseworker).statusCode()).isEqualTo(403);

        HttpResponse<byte[]> named = api.getBytes("/api/v1/tasks/export.xlsx", "Authorization", SUPERVISOR);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(named.body()))) {
            List<String> header = new ArrayList<>();
            workbook.getSheet("Tasks").getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).contains("Person", "Assigned to");
        }
    }

    @Test
    void aDeidentifiedExportIgnoresAnIdentifyingSearchAndSort() throws IOException {
        Http api = Http.api();
        String staff = basic("staff", Http.DEMO_PASSWORD);
        // The first demo A-number: an identifying search that would single one person out.
        HttpResponse<byte[]> searched = api.getBytes("/api/v1/cases/export.xlsx?search=A-999-000-299&sort=FAMILY_NAME&asc=true",
                "Authorization", staff);
        HttpResponse<byte[]> everything = api.getBytes("/api/v1/cases/export.xlsx?sort=ID", "Authorization", staff);
        assertThat(searched.statusCode()).isEqualTo(200);
        try (XSSFWorkbook bySearch = new XSSFWorkbook(new ByteArrayInputStream(searched.body()));
             XSSFWorkbook all = new XSSFWorkbook(new ByteArrayInputStream(everything.body()))) {
            Sheet rows = bySearch.getSheet("Cases");
            assertThat(rows.getLastRowNum()).as("the search is not applied").isEqualTo(all.getSheet("Cases").getLastRowNum())
                    .isGreaterThan(1);
            assertThat(rows.getRow(1).getCell(0).getStringCellValue()).as("ordered as without the name sort")
                    .isEqualTo(all.getSheet("Cases").getRow(1).getCell(0).getStringCellValue());
        }
    }
}
