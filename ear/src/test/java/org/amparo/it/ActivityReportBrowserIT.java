package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's report walk in a real (headless Debian) Chromium: a caseworker files a raid report with the people
 * taken, verifies it saying how, and opens a case from one of its people, landing on the new case file.
 */
class ActivityReportBrowserIT extends BrowserTest {

    @Test
    void aCaseworkerFilesARaidReportVerifiesItAndOpensACaseFromOneOfItsPeople() {
        WebDriver driver = browser.driver;
        WebDriverWait wait = browser.wait;
        String family = "Redadaweb" + UUID.randomUUID().toString().substring(0, 6);
        try {
            browser.signInAt("/hotline/reports.xhtml", "caseworker");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:place"))).sendKeys("Lavado de autos, Calle 5");
            browser.pick("reportForm:jurisdictionId", "ejemplo", "Ejemplo County");
            browser.click(driver.findElement(By.cssSelector("label[for='reportForm:iceActivities:0']")));
            browser.click(driver.findElement(By.cssSelector("label[for='reportForm:agencies:3']")));
            driver.findElement(By.id("reportForm:people")).sendKeys(family + ", Mario");
            browser.click(driver.findElement(By.id("reportForm:fileReport")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:reports"), family));

            WebElement row = driver.findElement(By.xpath("//tbody[@id='listForm:reports_data']/tr[contains(., '" + family + "')]"));
            assertThat(row.getText()).contains("Raid", "ICE", "Not verified yet", "Current alert");
            browser.click(row.findElement(By.xpath(".//button[contains(@id, ':verify')]")));
            browser.type("verifyForm:method", "Rapid responder on site");
            browser.click(driver.findElement(By.id("verifyForm:saveVerification")));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("verifyDialog")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:reports"), "Rapid responder on site"));

            row = driver.findElement(By.xpath("//tbody[@id='listForm:reports_data']/tr[contains(., '" + family + "')]"));
            assertThat(row.getText()).contains("Verified");
            browser.click(row.findElement(By.xpath(".//button[contains(@id, ':openCase')]")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openForm:facilityId_input")));
            browser.pick("openForm:facilityId", "ejemplo jail", "Ejemplo County Jail");
            browser.click(driver.findElement(By.id("openForm:confirmOpenCase")));
            wait.until(ExpectedConditions.urlContains("/cases/file.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), family));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("activity-report");
            throw e;
        }
    }
}
