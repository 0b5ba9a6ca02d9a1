package org.amparo.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dashboard page in a real browser: charts drawn, a step's cases listed on click, staff shown counts only. */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void aSupervisorSeesHoldsChartsAndTheCasesOfAStep() {
        browser.signInAt("/dashboard/index.xhtml", "supervisor");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpiPast")));
        assertThat(browser.driver.findElement(By.id("kpiPast")).getText()).matches("\\d+ past expiry, still held");
        assertThat(browser.driver.findElements(By.cssSelector("#dash\\:pipelineChart canvas"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#dash\\:outcomesChart canvas"))).hasSize(1);
        assertThat(browser.driver.findElement(By.id("dash:holds")).getText()).contains("Demo");

        WebElement firstStep = browser.driver.findElement(By.cssSelector("#dash\\:pipeline_data tr a"));
        String step = firstStep.getText();
        browser.click(firstStep);
        browser.wait.until(d -> !d.findElement(By.id("dash:stepCases")).getText().contains("Choose a step"));
        assertThat(browser.driver.findElements(By.cssSelector("#dash\\:stepCases_data tr a"))).as(step).isNotEmpty();
    }

    @Test
    void staffSeeTheCountsButNoPerson() {
        browser.signInAt("/dashboard/index.xhtml", "staff");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpiPast")));
        assertThat(browser.driver.findElements(By.id("dash:holds"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("dash:unassigned"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("dash:stepCases"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#dash a[href*='cases/file']"))).as("no case to open").isEmpty();
        assertThat(browser.driver.findElements(By.xpath("//th[normalize-space()='Person']"))).as("no person column").isEmpty();
        // The one case-level export staff may take is de-identified; taking it keeps them on the dashboard.
        browser.click(browser.driver.findElement(By.id("dash:deidentifiedCases")));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpiPast")));
        assertThat(browser.driver.getCurrentUrl()).contains("/dashboard/index.xhtml");
        assertThat(browser.driver.getPageSource()).doesNotContain("incident");
    }
}
