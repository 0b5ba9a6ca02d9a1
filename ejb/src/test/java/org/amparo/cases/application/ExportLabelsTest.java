package org.amparo.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.cases.domain.CaseStatus;
import org.amparo.process.CaseStep;
import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.relief.DacaResult;
import org.amparo.shared.domain.LabelsTest;
import org.amparo.shared.infrastructure.XlsxTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The case list's and the inbox's exports, in English and Spanish: their label columns hold no enum name and no BPMN
 * id, and their code columns hold the codes programs read.
 */
public class ExportLabelsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** The BPMN's activity and flow ids that are unmistakably ids (camelCase), as the workflows module deploys them. */
    static Set<String> bpmnIds() throws IOException {
        String xml = Files.readString(Path.of("../workflows/src/main/resources/processes/case.bpmn20.xml"));
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("\\bid=\"([a-z]+[A-Z][A-Za-z]*)\"").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<CaseSummary> everyCode() {
        List<CaseSummary> rows = new ArrayList<>();
        long id = 1;
        for (CaseStep step : CaseStep.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                EnforcementPriority priority = EnforcementPriority.values()[(int) (id % EnforcementPriority.values().length)];
                DacaResult daca = DacaResult.values()[(int) (id % DacaResult.values().length)];
                rows.add(new CaseSummary(id, "Ejemplo", "Ana", LocalDate.of(1990, 5, 1), "A-999-000-00" + (id % 10), 1L,
                        "Ejemplo County Jail (demo)", "BK-" + id, status, step, "caseworker", "attorney",
                        Instant.parse("2026-09-02T15:16:00Z"), "p" + id, priority, daca, Instant.parse("2026-11-30T06:00:00Z"),
                        "America/Chicago", List.of(Finding.values()[(int) (id % Finding.values().length)],
                        Finding.values()[(int) ((id + 5) % Finding.values().length)])));
                id++;
            }
        }
        return rows;
    }

    public static Map<String, List<String>> columns(byte[] xlsx, String sheetName) throws IOException {
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(sheetName);
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            names.forEach(n -> columns.put(n, new ArrayList<>()));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < names.size(); c++) {
                    Cell cell = row.getCell(c);
                    columns.get(names.get(c)).add(cell == null ? "" : cell.toString());
                }
            }
        }
        return columns;
    }

    /** Fails naming the column and the code if a label column holds an enum name or a BPMN id. */
    public static void assertNoCodesInLabelColumns(Map<String, List<String>> columns, String what) throws IOException {
        Set<String> codes = new TreeSet<>(LabelsTest.codeNames());
        codes.removeIf(c -> !LabelsTest.isCode(c));
        Set<String> ids = bpmnIds();
        assertThat(ids).contains("attorneyResponse", "iceHoldCheck");
        int labelColumns = 0;
        for (Map.Entry<String, List<String>> column : columns.entrySet()) {
            if (column.getKey().contains("(code") || column.getKey().contains("(código")) {
                continue;
            }
            labelColumns++;
            for (String cell : column.getValue()) {
                for (String word : cell.split("[^A-Za-z0-9_]+")) {
                    assertThat(codes).as(what + ", column " + column.getKey() + ": " + cell).doesNotContain(word);
                    assertThat(ids).as(what + ", column " + column.getKey() + ": " + cell).doesNotContain(word);
                }
            }
        }
        assertThat(labelColumns).isPositive();
    }

    @Test
    void theCaseListExportWritesLabelsAndKeepsTheCodesInTheirOwnColumns() throws IOException {
        List<CaseSummary> rows = everyCode();
        for (Locale language : LANGUAGES) {
            ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", language);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxTable<>(l.getString("cases.sheet"), CaseExport.columns(l, language)).write(rows, Map.of("x", "y"), out);
            Map<String, List<String>> columns = columns(out.toByteArray(), l.getString("cases.sheet"));
            assertNoCodesInLabelColumns(columns, "case list in " + language);
            assertThat(columns.get(l.getString("code.step"))).contains("ATTORNEY_RESPONSE", "HELD_PAST_EXPIRY");
            assertThat(columns.get(l.getString("code.status"))).contains("OPEN", "CLOSED");
            assertThat(columns.get(l.getString("case.workflowStep")))
                    .contains(language.getLanguage().equals("es") ? "Admisión" : "Intake");
        }
    }
}
