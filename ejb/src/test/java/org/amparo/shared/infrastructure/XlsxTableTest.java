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
}
