package org.amparo.it;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff download a jurisdiction's evidence report from its page (issue 14), in a real Chromium: a period that ends
 * before it starts is refused with the message at its end and nothing is downloaded; a period of the demo county's
 * cases gives the workbook, whose summary names the period and whose sheets are the report's, and the PDF.
 */
class EvidenceBrowserIT extends BrowserTest {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void staffDownloadTheEvidenceReportForAPeriod() throws IOException {
        long ejemplo = Http.json(Http.api().get("/api/v1/map/jurisdictions", "Authorization", SUPERVISOR)).getJsonObject("jurisdictions")
                .getJsonObject("06029").getJsonNumber("id").longValue();
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + ejemplo, "staff");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidenceForm")));
            String lastYear = String.valueOf(java.time.LocalDate.now().getYear() - 1);
            type("evidenceForm:evidenceFrom", lastYear + "-06-01");
            type("evidenceForm:evidenceTo", lastYear + "-01-31");
            browser.click(browser.driver.findElement(By.id("evidenceForm:evidenceReport")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidenceForm"),
                    "To: must not be before the start of the period"));
            assertThat(Files.exists(browser.downloads.resolve("evidence-" + ejemplo + ".xlsx"))).as("nothing downloaded").isFalse();

            type("evidenceForm:evidenceTo", lastYear + "-12-31");
            browser.click(browser.driver.findElement(By.id("evidenceForm:evidenceReport")));
            Path report = browser.downloaded("evidence-" + ejemplo + ".xlsx");
            List<String> sheets = new ArrayList<>();
            String summary;
            try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                wb.forEach(sheet -> sheets.add(sheet.getSheetName()));
                StringBuilder text = new StringBuilder();
                DataFormatter format = new DataFormatter();
                wb.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|')));
                summary = text.toString();
            }
            assertThat(sheets).startsWith("Summary", "ICE documents by month", "Findings by facility", "Checklist");
            assertThat(summary).contains(lastYear + "-06-01 \u2013 " + lastYear + "-12-31", "Counts of people");

            browser.click(browser.driver.findElement(By.id("evidenceForm:evidencePdf")));
            Path pdf = browser.downloaded("evidence-" + ejemplo + ".pdf");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Evidence report",
                        lastYear + "-06-01", "Cases by finding");
            }
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("evidence");
            throw e;
        }
    }

    private void type(String inputId, String text) {
        WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        input.clear();
        input.sendKeys(text);
    }
}
