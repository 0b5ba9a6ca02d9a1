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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Every enum whose values a person may meet in an export. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            org.amparo.cases.domain.CaseStatus.class, org.amparo.cases.domain.CaseOutcome.class,
            org.amparo.rules.detainer.Finding.class, org.amparo.cases.domain.CustodyEnd.class,
            org.amparo.cases.domain.BailStatus.class, org.amparo.rules.detainer.Interference.class,
            org.amparo.rules.priority.EnforcementPriority.class, org.amparo.rules.relief.DacaResult.class,
            org.amparo.people.domain.ImmigrationStatus.class, org.amparo.people.domain.OffenseLevel.class,
            org.amparo.people.domain.OffenseCategory.class, org.amparo.people.domain.Disposition.class,
            org.amparo.people.domain.FamilyRelation.class, org.amparo.people.domain.Citizenship.class,
            org.amparo.people.domain.Education.class, org.amparo.process.CaseStep.class,
            org.amparo.hotline.domain.CallKind.class, org.amparo.hotline.domain.CallOutcome.class,
            org.amparo.hotline.domain.Verification.class, org.amparo.hotline.domain.IceActivity.class,
            org.amparo.reference.domain.DetainerPolicy.class, org.amparo.reference.domain.FacilityType.class);
    /** The case process's user tasks, by their BPMN ids. */
    private static final List<String> BPMN_IDS = List.of("attorneyReferral", "attorneyResponse", "attorneyReview",
            "campaignApproval", "holdEscalation", "iceHoldCheck", "iceHoldRecheck", "unlawfulDetention");
    /** Names that are also ordinary words or abbreviations people write (e.g. "ICE", "DACA"). */
    private static final Set<String> ALSO_WORDS = Set.of("ICE", "DACA", "SCAAP", "OTHER", "UNKNOWN", "NONE");

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void noExportShowsACodeOutsideItsCodeColumns(String lang) throws IOException {
        Set<String> codes = new LinkedHashSet<>(BPMN_IDS);
        for (Class<? extends Enum<?>> e : ENUMS) {
            Arrays.stream(e.getEnumConstants()).map(Enum::name)
                    .filter(n -> n.length() > 2 && !ALSO_WORDS.contains(n)).forEach(codes::add);
        }
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
        for (String table : List.of("holds", "pipeline", "overdue", "unassigned", "caseload", "outcomes",
                "detainers-by-month", "detainers-by-facility", "findings")) {
            exports.put("dashboard " + table, "/api/v1/dashboard/" + table + ".xlsx?lang=" + lang);
        }

        List<String> problems = new ArrayList<>();
        for (var export : exports.entrySet()) {
            HttpResponse<byte[]> response = api.getBytes(export.getValue(), "Authorization", SUPERVISOR);
            assertThat(response.statusCode()).as(export.getKey() + " " + export.getValue()).isEqualTo(200);
            problems.addAll(codesIn(export.getKey(), response.body(), codes));
        }
        assertThat(problems).as("codes where words belong (" + lang + ")").isEmpty();
    }

    /** "export / sheet / column: CODE in 'cell'", at most three per column. */
    private static List<String> codesIn(String export, byte[] xlsx, Set<String> codes) throws IOException {
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
                        Matcher token = TOKEN.matcher(text);
                        while (token.find()) {
                            if (codes.contains(token.group()) && perColumn.merge(cell.getColumnIndex(), 1, Integer::sum) <= 3) {
                                found.add(export + " / " + sheet.getSheetName() + " / " + name + ": " + token.group() + " in '"
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
