package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker, in Chromium, uploads a hotline sheet, is told by name what is missing when no column holds the name,
 * maps the one column Amparo did not recognise, previews the import with its row problem, and imports it without the
 * bad row while the progress bar runs.
 */
class CaseImportBrowserIT extends BrowserTest {

    @Test
    void aCaseworkerMapsPreviewsAndImportsAHotlineSheet() throws Exception {
        String t = java.util.concurrent.ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Path sheet = Files.createTempFile("hotline-", ".csv");
        Files.writeString(sheet, """
                Inmate Name,DOB,Jail Name,Caller,Relationship
                "Navarro%1$s, Inés",4/5/1993,Ejemplo County Jail,Marta Navarro,madre
                "Ortiz%1$s, Raúl",2/30/1990,Ejemplo County Jail,Luis Ortiz,hermano
                "Paz%1$s, Lía",6/7/1995,Ejemplo County Jail,,
                """.formatted(t), StandardCharsets.UTF_8);
        try {
            browser.signInAt("/cases/import.xhtml", "caseworker");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")))
                    .sendKeys(sheet.toAbsolutePath().toString());
            browser.driver.findElement(By.id("rosterForm:readColumns")).click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rosterForm:columns")));
            assertThat(browser.driver.findElement(By.id("rosterForm:columns")).getText())
                    .contains("Inmate Name", "Navarro" + t + ", Inés", "Jail Name");
            browser.choose("rosterForm:columns:0:field", "\u2014 not imported");
            browser.driver.findElement(By.id("rosterForm:preview")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rosterForm"),
                    "Column mapping: maps no column to the name"));

            browser.choose("rosterForm:columns:0:field", "Full name");
            browser.choose("rosterForm:columns:2:field", "Facility");
            browser.driver.findElement(By.id("rosterForm:preview")).click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rosterForm:problems")));
            assertThat(browser.driver.findElement(By.id("counts")).getText()).contains("New cases");
            assertThat(browser.driver.findElement(By.id("rosterForm:problems")).getText()).contains("B3", "is not a date", "2/30/1990");
            browser.driver.findElement(By.cssSelector("#rosterForm\\:skipBadRows .ui-chkbox-box")).click();
            browser.driver.findElement(By.id("rosterForm:commit")).click();

            browser.wait.withTimeout(Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("rosterForm:toCases")));
            assertThat(browser.driver.findElement(By.id("rosterForm")).getText()).contains("Imported");
        } finally {
            Files.deleteIfExists(sheet);
        }
        List<JsonObject> rows = java.util.stream.Stream.of("navarro" + t, "ortiz" + t, "paz" + t)
                .flatMap(name -> Http.json(Http.api().get("/api/v1/cases?search=" + name + "&sort=ID&asc=true",
                        "Authorization", Http.basic("caseworker", Http.DEMO_PASSWORD))).getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                .sorted(java.util.Comparator.comparingLong(r -> r.getJsonNumber("id").longValue())).toList();
        assertThat(rows).extracting(r -> r.getString("familyName")).containsExactly("Navarro" + t, "Paz" + t);
        assertThat(rows.get(0).getString("facilityName")).startsWith("Ejemplo County Jail");
    }
}
