package org.amparo.monitoring.infrastructure;

import org.amparo.imports.infrastructure.UnreadableFileException;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A money spreadsheet as organisations keep it: a title above the header, Spanish headings, "N/A", dollar signs and
 * thousands separators, "FY'24" for a year. Each value read as meant, and what cannot be read is a problem named by its
 * cell, never a guess.
 */
class MoneySheetTest {

    private static byte[] workbook(Object[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Dinero");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof String s && s.startsWith("=")) {
                        row.createCell(c).setCellFormula(s.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as a spreadsheet saves them: with their values
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsSpanishHeadingsBelowATitleWithNotAvailableAndDollarText() throws Exception {
        byte[] file = workbook(new Object[][]{
                {"Condado Ejemplo: dinero de la cárcel"},
                {},
                {"Centro", "Año fiscal", "SCAAP recibido", "Camas IGSA", "Tarifa IGSA por cama y día", "Costo por cama y día",
                        "Días-cama para ICE", "Fuente"},
                {"Ejemplo County Jail", 2025, "$412,000.50", 40, 89.5, "N/A", 18250, "Presupuesto del condado"},
                {"", "FY'24", "n/a", null, null, 142, null, null},
        });
        MoneySheet.Read read = MoneySheet.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(2);
        MoneySheet.Row jail = read.rows().get(0);
        assertThat(jail.number()).isEqualTo(4);
        assertThat(jail.facility()).isEqualTo("Ejemplo County Jail");
        assertThat(jail.fiscalYear()).isEqualTo(2025);
        assertThat(jail.figures().get(MoneySheet.SCAAP)).isEqualByComparingTo("412000.50");
        assertThat(jail.figures().get(MoneySheet.BEDS)).isEqualByComparingTo(BigDecimal.valueOf(40));
        assertThat(jail.figures().get(MoneySheet.RATE)).isEqualByComparingTo("89.5");
        assertThat(jail.figures()).as("N/A is empty").doesNotContainKey(MoneySheet.BED_COST);
        assertThat(jail.source()).isEqualTo("Presupuesto del condado");
        MoneySheet.Row together = read.rows().get(1);
        assertThat(together.facility()).as("no facility: the jails together").isEmpty();
        assertThat(together.fiscalYear()).isEqualTo(2024);
        assertThat(together.figures().get(MoneySheet.BED_COST)).isEqualByComparingTo("142");
        assertThat(together.cells().get(MoneySheet.BED_COST)).isEqualTo("F5");
    }

    @Test
    void aCellThatIsNotANumberOrIsAFormulaIsAProblemOfItsCell() throws Exception {
        byte[] file = workbook(new Object[][]{
                {"Facility", "Fiscal year", "Jail budget", "IGSA money paid"},
                {"Jail", 2025, "about a million", "=2*3"},
                {"Jail", "next year", 1000, null},
                {"Jail", null, 1000, null},
        });
        MoneySheet.Read read = MoneySheet.read(file);
        assertThat(read.problems()).extracting(p -> p.cell() + " " + p.key()).containsExactly(
                "C2 amparo.import.notANumber", "D2 amparo.import.formula", "B3 amparo.import.notANumber", "B4 amparo.validation.required");
    }

    @Test
    void spanishThousandsAndJavaNumberSuffixesAreProblemsNotGuesses() throws Exception {
        byte[] file = workbook(new Object[][]{
                {"Facility", "Fiscal year", "SCAAP received", "Jail budget", "Other costs"},
                {"Jail", "FY'99", "412.000", "1.250.000,50", "12d"},
                {"Jail", "FY'24", "412,000", "1250000.50", "0x1p3"},
        });
        MoneySheet.Read read = MoneySheet.read(file);
        assertThat(read.problems()).extracting(p -> p.cell() + " " + p.key()).containsExactly(
                "C2 amparo.import.money.dottedThousands", "D2 amparo.import.money.dottedThousands", "E2 amparo.import.notANumber",
                "E3 amparo.import.notANumber");
        assertThat(read.rows().get(0).fiscalYear()).as("FY'99").isEqualTo(1999);
        assertThat(read.rows().get(1).fiscalYear()).isEqualTo(2024);
        assertThat(read.rows().get(1).figures().get(MoneySheet.SCAAP)).as("US thousands").isEqualByComparingTo("412000");
        assertThat(read.rows().get(1).figures().get(MoneySheet.BUDGET)).isEqualByComparingTo("1250000.50");
    }

    @Test
    void aSheetWithoutAYearAndAFigureIsNotAMoneySheet() throws Exception {
        byte[] file = workbook(new Object[][]{{"Name", "A-Number"}, {"x", "A123456789"}});
        assertThatThrownBy(() -> MoneySheet.read(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.key()).isEqualTo("amparo.import.noHeader"));
        byte[] yearOnly = workbook(new Object[][]{{"Fiscal year", "Comment"}, {2024, "x"}});
        assertThatThrownBy(() -> MoneySheet.read(yearOnly)).isInstanceOf(UnreadableFileException.class);
    }
}
