package org.amparo.shared.infrastructure;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports open cleanly: typed cells, a frozen bold header, an About sheet, and text that is never run as a formula. */
class XlsxTableTest {

    record Row(String text, LocalDate date, int number) {
    }

    @Test
    void cellsAreTypedAndFormulaLookingTextStaysInertText() throws Exception {
        XlsxTable<Row> table = new XlsxTable<>("Rows", List.of(
                new XlsxTable.Column<>("Text", 20, Row::text),
                new XlsxTable.Column<>("Date", 12, Row::date),
                new XlsxTable.Column<>("Number", 8, Row::number)));
        Map<String, String> about = new LinkedHashMap<>();
        about.put("By", "tester");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = table.write(List.of(
                new Row("=HYPERLINK(\"http://evil\")", LocalDate.of(2015, 5, 22), 3),
                new Row("plain", null, 0),
                new Row("-1+2", null, 1),
                new Row("@SUM(A1)", null, 2),
                new Row("\tTAB", null, 2)), about, out);

        assertThat(written).isEqualTo(5);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("Rows");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2015, 5, 22));
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            for (int r = 3; r <= 5; r++) {
                assertThat(sheet.getRow(r).getCell(0).getCellStyle().getQuotePrefixed()).as("row %d", r).isTrue();
            }
            assertThat(wb.getSheet("About").getRow(0).getCell(1).getStringCellValue()).isEqualTo("tester");
            assertThat(wb.getSheet("About").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5);
        }
    }

    record Event(String what, java.time.Instant at, Boolean done) {
    }

    /**
     * An export takes its rows' values on the thread that reads them and writes them on another: the values taken first
     * and written after are the same cells as a row written whole, an instant a UTC date and time, yes and no in words.
     */
    @Test
    void valuesTakenBeforehandWriteTheSameCellsAsTheRowItself() throws Exception {
        XlsxTable<Event> table = new XlsxTable<>("Events", List.of(
                new XlsxTable.Column<>("What", 20, Event::what),
                new XlsxTable.Column<>("At", 18, Event::at),
                new XlsxTable.Column<>("Done", 6, Event::done)), "sí", "no");
        Event event = new Event("=1+1", java.time.Instant.parse("2026-12-03T04:05:00Z"), true);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ByteArrayOutputStream taken = new ByteArrayOutputStream();
        try (XlsxTable<Event>.Writer writer = table.open()) {
            writer.add(event);
            writer.finish(Map.of(), whole);
        }
        Object[] values = table.values(event);
        try (XlsxTable<Event>.Writer writer = table.open()) {
            writer.addValues(values);
            writer.finish(Map.of(), taken);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.addValues(new Object[] {"one"}))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(values).containsExactly("=1+1", java.time.LocalDateTime.of(2026, 12, 3, 4, 5), "sí");
        for (ByteArrayOutputStream out : List.of(whole, taken)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                var row = wb.getSheet("Events").getRow(1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
                assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 3, 4, 5));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("sí");
            }
        }
    }
}
