package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign from a jurisdiction's page (issue 14 item 3), as a supervisor runs it in a real Chromium: starts it by
 * name, adds the toolkit's "End 287(g) agreements", records it raised; the table says so in words, with the day. Then
 * closes it, partly won: the page lists it among the earlier campaigns and offers to start the next.
 */
class CampaignBrowserIT extends BrowserTest {

    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);

    @Test
    void aSupervisorStartsACampaignAddsAnAskAndRecordsItRaised() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = TestJurisdictions.county("Pagina Campana " + tag + " (test)");
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + id, "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaignStartForm")));
            // Refused (no name), the page is drawn at the jurisdiction's own address: it lost ?id=, so a reload or a
            // link of it named no jurisdiction.
            org.openqa.selenium.WebElement page = browser.driver.findElement(By.tagName("html"));
            browser.click(browser.driver.findElement(By.id("campaignStartForm:startCampaign")));
            browser.wait.until(ExpectedConditions.stalenessOf(page));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".field:has([id='campaignStartForm:campaignName']) .ui-message-error")));
            assertThat(browser.driver.getCurrentUrl()).contains("id=" + id);
            browser.driver.findElement(By.id("campaignStartForm:campaignName")).sendKeys("ICE out " + tag);
            browser.click(browser.driver.findElement(By.id("campaignStartForm:startCampaign")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaignTitle"), "ICE out " + tag));

            browser.choose("campaignAskForm:askSample", "End 287(g)");
            browser.click(browser.driver.findElement(By.id("campaignAskForm:addAsk")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("askTable"), "End 287(g) agreements."));
            assertThat(browser.driver.findElement(By.id("askTable")).getText()).contains("Not yet raised");

            browser.choose("campaignProgressForm:askChoice", "End 287(g)");
            browser.click(browser.driver.findElement(By.cssSelector("label[for='campaignProgressForm:askStatus:1']")));
            browser.click(browser.driver.findElement(By.id("campaignProgressForm:saveAskProgress")));
            // Saved when the ask no longer reads "Not yet raised" (the table's own headings say "Raised" all along).
            browser.wait.until(d -> !d.findElement(By.id("askTable")).getText().contains("Not yet raised"));
            assertThat(browser.driver.findElement(By.id("askTable")).getText()).contains("Raised");
            String plan = Http.api().get("/api/v1/jurisdictions/" + id + "/campaign", "Authorization", STAFF).body();
            assertThat(plan).contains("\"status\":\"RAISED\"", "\"raisedOn\":\"");

            browser.click(browser.driver.findElement(By.cssSelector("label[for='campaignCloseForm:closeResult:1']")));
            browser.click(browser.driver.findElement(By.id("campaignCloseForm:closeCampaign")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("earlierCampaigns"), "ICE out " + tag));
            assertThat(browser.driver.findElement(By.id("earlierCampaigns")).getText()).contains("Partly won");
            assertThat(browser.driver.findElement(By.id("noCampaign")).getText()).isEqualTo("No campaign runs here now.");
            assertThat(browser.driver.findElements(By.id("campaignStartForm"))).as("the next campaign may start").hasSize(1);
            assertThat(Http.api().get("/api/v1/jurisdictions/" + id + "/campaign", "Authorization", STAFF).body())
                    .contains("\"result\":\"PARTLY_WON\"");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("campaign");
            throw e;
        }
    }
}
