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

/** The case list exports to XLSX with exactly the rows and columns the list shows; only supervisors and admins may. */
class CaseExportIT {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void theExportOpensWithPoiWithTheHeaderAndOneRowPerListedCase() throws IOException {
        Http api = Http.api();
        long listed = Http.json(api.get("/api/v1/cases?status=OPEN&size=1", "Authorization", SUPERVISOR))
                .getJsonNumber("total").longValue();
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
                    "DACA screen", "Hold expires (facility time)", "Findings");
            assertThat(cases.getLastRowNum()).isEqualTo(listed);
            assertThat(cases.getPaneInformation().isFreezePane()).isTrue();

            Row first = cases.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("OPEN");
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
            assertThat(names).containsExactlyElementsOf(shown);

            Sheet about = workbook.getSheet("About");
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("supervisor");
        }
    }

    @Test
    void aCaseworkerMayNotMakeAnIdentifiedExport() {
        HttpResponse<byte[]> export = Http.api().getBytes("/api/v1/cases/export.xlsx",
                "Authorization", basic("caseworker", Http.DEMO_PASSWORD));

        assertThat(export.statusCode()).isEqualTo(403);
    }
}
