package org.amparo.imports;

import org.amparo.imports.domain.FileDate;
import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.IceFacilityList;
import org.amparo.imports.infrastructure.IceFiles;
import org.amparo.imports.infrastructure.ImportNote;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.reference.domain.IceListing;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layouts ../shared/data has no sample of, made here as ICE publishes them: a legacy .xls facility listing with
 * a prose legend above the table, detention-location codes and per-diem text; columns in another order on a renamed
 * sheet; "N/A" in number columns; a 287(g) list that repeats a row.
 */
class IceLayoutsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static byte[] workbook(Workbook wb, String sheetName, List<List<Object>> rows) throws Exception {
        Sheet sheet = wb.createSheet(sheetName);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i);
            List<Object> cells = rows.get(i);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    @Test
    void aLegacyXlsListingWithALegendDetentionLocationCodesAndPerDiemText() throws Exception {
        byte[] xls = workbook(new HSSFWorkbook(), "Sheet1", List.of(
                List.of("ICE Detention Facilities"),
                List.of("This list shows every facility ICE used in FY2017. DETLOC is ICE's code for a detention location; "
                        + "the per diem rate is as the contract words it."),
                List.of("Type Detailed: CDF = contract detention facility, IGSA = inter-governmental service agreement."),
                List.of("DETLOC", "Name", "Address", "City", "County", "State", "Zip", "AOR", "Type", "Type Detailed",
                        "FY17 ADP", "Guaranteed Minimum", "Per Diem Rate Detailed"),
                List.of("STWRTGA", "STEWART DETENTION CENTER", "146 CCA ROAD", "LUMPKIN", "STEWART", "GA", 31815, "ATL",
                        "IGSA", "DIGSA", 1790.5, 1600, "$62.03 / day"),
                List.of("BROWARD", "BROWARD TRANSITIONAL CENTER", "3900 N. POWERLINE ROAD", "POMPANO BEACH", "BROWARD", "FL",
                        33073, "MIA", "CDF", "CDF", "N/A", "N/A", "$73.51 first 700 beds; $56.16 after"),
                List.of("ELIZANJ", "ELIZABETH CONTRACT DETENTION FACILITY", "625 EVANS STREET", "ELIZABETH", "UNION", "NJ",
                        7201, "NEW", "CDF", "CDF", 290, "-", "")));
        var file = IceFiles.read(IceFiles.Family.ICE_FACILITIES, "facilityList.xls", xls, 1000, TODAY);
        var parsed = file.facilities();
        assertThat(file.problems()).isEmpty();
        assertThat(parsed.layout()).isEqualTo(IceFacilityList.Layout.FACILITY_LISTING);
        assertThat(file.headerRow()).isEqualTo(4);
        assertThat(parsed.facts()).contains(IceListing.Fact.DETENTION_LOCATION, IceListing.Fact.PER_DIEM,
                IceListing.Fact.AVERAGE_DAILY_POPULATION, IceListing.Fact.GUARANTEED_MINIMUM);
        assertThat(parsed.rows()).hasSize(3);
        var stewart = parsed.rows().get(0);
        assertThat(stewart.detentionLocation()).isEqualTo("STWRTGA");
        assertThat(stewart.typeDetailed()).isEqualTo("DIGSA");
        assertThat(stewart.averageDailyPopulation()).isEqualTo(1790.5);
        assertThat(stewart.perDiem()).isEqualTo("$62.03 / day");
        var broward = parsed.rows().get(1);
        assertThat(broward.averageDailyPopulation()).isNull();
        assertThat(broward.guaranteedMinimum()).isNull();
        assertThat(parsed.rows().get(2).zip()).isEqualTo("07201");
        assertThat(parsed.notes()).extracting(ImportNote::key).contains("amparo.import.note.notAvailable");
        // the fiscal year of the legend dates it: 30 September 2017
        assertThat(file.date().source()).isEqualTo(FileDate.Source.FISCAL_YEAR_IN_TITLE);
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2017, 9, 30));
    }

    @Test
    void statisticsWithColumnsReorderedOnARenamedSheetAndNaInNumberColumns() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook(), "Hoja 1", List.of(
                List.of("ICE FACILITIES DATA, FY19"),
                List.of("Guaranteed Minimum", "Level D", "Level C", "Level B", "Level A", "Type Detailed", "AOR", "Zip",
                        "State", "City", "Address", "Name"),
                List.of("#N/A", "NA", 1, 2, 3, "IGSA", "ATL", "31815", "GA", "LUMPKIN", "146 CCA ROAD", "STEWART DETENTION CENTER"),
                List.of(500, 0, 0, 0, "n/a", "CDF", "SND", "92154", "CA", "SAN DIEGO", "7488 CALZADA", "OTAY MESA")));
        var file = IceFiles.read(IceFiles.Family.ICE_FACILITIES, "stats.xlsx", xlsx, 1000, TODAY);
        assertThat(file.problems()).isEmpty();
        assertThat(file.facilities().layout()).isEqualTo(IceFacilityList.Layout.DETENTION_STATISTICS);
        var stewart = file.facilities().rows().get(0);
        assertThat(stewart.name()).isEqualTo("STEWART DETENTION CENTER");
        assertThat(stewart.guaranteedMinimum()).isNull();
        assertThat(stewart.averageDailyPopulation()).isEqualTo(6.0);
        assertThat(file.facilities().rows().get(1).guaranteedMinimum()).isEqualTo(500);
        assertThat(file.notes()).extracting(ImportNote::key).containsOnly("amparo.import.note.notAvailable");
        assertThat(file.notes()).hasSize(3);
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2019, 9, 30));
    }

    @Test
    void a287gListThatRepeatsARowMergesItWithANoteAndADisagreeingRepeatIsAProblem() throws Exception {
        List<Object> header = List.of("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "SUPPORT TYPE", "SIGNED", "MOA");
        List<Object> row = List.of("TEXAS", "Bee County Sheriff's Office", "County", "Task Force Model", "3/4/2025", "link pending");
        byte[] xlsx = workbook(new XSSFWorkbook(), "Sheet1", List.of(header, row, row,
                List.of("TEXAS", "BEE COUNTY SHERIFF'S OFFICE ", "County", "Task Force Model", "N/A", "link"),
                List.of("TEXAS", "Bee County Sheriff's Office", "County", "Jail Enforcement Model", "3/4/2025", "link")));
        var file = IceFiles.read(IceFiles.Family.ICE_287G, "participatingAgencies03102025am.xlsx", xlsx, 1000, TODAY);
        assertThat(file.agreements().rows()).hasSize(2);
        assertThat(file.notes()).extracting(ImportNote::key).contains("amparo.import.note.merged", "amparo.import.note.notAvailable");
        assertThat(file.problems()).extracting(ImportProblem::key).containsExactly("amparo.import.duplicate");
        assertThat(file.problems().get(0).row()).isEqualTo(4);
        assertThat(file.problems().get(0).detail()).isEqualTo("2");
    }

    @Test
    void aPendingListIsToldApartByItsHeadings() throws Exception {
        byte[] xlsx = workbook(new XSSFWorkbook(), "Pending", List.of(
                List.of("287(g) pending agencies"),
                List.of("COUNTY", "SUPPORT TYPE", "TYPE", "LAW ENFORCEMENT AGENCY", "STATE", "Agency Validation"),
                List.of("Bee County", "Task Force Model", "County", "Bee County Sheriff's Office", "TEXAS", "ok")));
        var file = IceFiles.read(IceFiles.Family.ICE_287G, "pending.xlsx", xlsx, 1000, TODAY);
        assertThat(file.agreements().layout()).isEqualTo(Ice287gList.Layout.PENDING);
        assertThat(file.agreements().rows()).singleElement().satisfies(r -> assertThat(r.county()).isEqualTo("Bee County"));
    }
}
