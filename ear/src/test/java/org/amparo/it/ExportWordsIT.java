package org.amparo.it;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words, not codes, in every export (issue 21): each workbook people download, in English and in Spanish, is read cell
 * by cell, and no cell outside a code column ("… (code)", "… (código)") holds an enum's name or a step's BPMN id. The
 * code columns hold the codes, for programs; the export-import round trip keeps working through them
 * ({@code CaseImportIT}).
 */
class ExportWordsIT {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void noExportShowsACodeOutsideItsCodeColumns(String lang) throws IOException {
        Http api = Http.api();
        long caseId = Http.json(api.get("/api/v1/cases?size=1&sort=HOLD_EXPIRES_AT&asc=false", "Authorization", SUPERVISOR))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> exports = new java.util.LinkedHashMap<>();
        exports.put("cases (identified)", "/api/v1/cases/export.xlsx?mode=full&lang=" + lang);
        exports.put("cases (de-identified)", "/api/v1/cases/export.xlsx?mode=deidentified&lang=" + lang);
        exports.put("ICE requests", "/api/v1/cases/ice-requests.xlsx?lang=" + lang);
        exports.put("task inbox", "/api/v1/tasks/export.xlsx?lang=" + lang);
        exports.put("case file", "/api/v1/cases/" + caseId + "/file.xlsx?lang=" + lang);
        exports.put("audit trail", "/api/v1/audit/export.xlsx?from=" + java.time.LocalDate.now().minusDays(1) + "&lang=" + lang);
        long ejemplo = Http.json(api.get("/api/v1/map/jurisdictions", "Authorization", SUPERVISOR)).getJsonObject("jurisdictions")
                .getJsonObject("06029").getJsonNumber("id").longValue();
        exports.put("evidence report", "/api/v1/jurisdictions/" + ejemplo + "/evidence.xlsx?lang=" + lang);
        for (String table : List.of("holds", "pipeline", "overdue", "unassigned", "caseload", "outcomes",
                "detainers-by-month", "detainers-by-facility", "findings")) {
            exports.put("dashboard " + table, "/api/v1/dashboard/" + table + ".xlsx?lang=" + lang);
        }

        List<String> problems = new ArrayList<>();
        for (var export : exports.entrySet()) {
            HttpResponse<byte[]> response = api.getBytes(export.getValue(), "Authorization", SUPERVISOR);
            assertThat(response.statusCode()).as(export.getKey() + " " + export.getValue()).isEqualTo(200);
            problems.addAll(codesIn(export.getKey(), response.body()));
        }
        assertThat(problems).as("codes where words belong (" + lang + ")").isEmpty();
    }

    /** "export / sheet / column: CODE in 'cell'", at most three per column. */
    private static List<String> codesIn(String export, byte[] xlsx) throws IOException {
        List<String> found = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                if (header == null) {
                    continue;
                }
                Map<Integer, String> headers = new HashMap<>();
                header.forEach(c -> headers.put(c.getColumnIndex(), formatter.formatCellValue(c)));
                Map<Integer, Integer> perColumn = new HashMap<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String name = headers.getOrDefault(cell.getColumnIndex(), "");
                        if (isCodeColumn(name)) {
                            continue;
                        }
                        String text = formatter.formatCellValue(cell);
                        for (String code : CodeNames.in(text)) {
                            if (perColumn.merge(cell.getColumnIndex(), 1, Integer::sum) <= 3) {
                                found.add(export + " / " + sheet.getSheetName() + " / " + name + ": " + code + " in '"
                                        + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'");
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** "Status (code)", "Findings (codes)", "When (UTC, code)", "Paso (código)": a column kept for programs. */
    private static boolean isCodeColumn(String header) {
        return Stream.of("code)", "codes)", "código)", "códigos)").anyMatch(header::contains);
    }
}
