package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file's Stories tab in headless Chromium, worked as its people work it: a caseworker records what the person
 * told and the person's consent; the attorney opens the story to vet it, but the caseworker changes the text meanwhile,
 * so the attorney's vetting is refused with the conflict in words and the story stays unvetted; opened again, the new
 * text is vetted and the story reads as usable. Each state reads in words in the story's row.
 */
class StoriesBrowserIT extends BrowserTest {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    /** Typed as ISO dates, which the date pickers read in either language. */
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Http api = Http.api();

    @Test
    void aCaseworkerRecordsAStoryAndConsentAndTheAttorneyVetsOnlyTheTextTheyRead() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> opened = api.postJson("/api/v1/cases",
                "{\"familyName\":\"Relato" + tag + "\",\"givenNames\":\"Rosa\",\"facilityId\":1}", "Authorization", CASEWORKER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = Http.json(opened).getJsonNumber("id").longValue();
        String page = "/cases/file.xhtml?id=" + caseId;
        String title = "At the jail " + tag;
        WebDriver driver = browser.driver;
        WebDriverWait wait = browser.wait;
        try {
            browser.signInAt(page, "caseworker");
            browser.openTab("tabs:storiesTab");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:storyNew:title"))).sendKeys(title);
            driver.findElement(By.id("tabs:storyNew:text")).sendKeys("They kept me two days past my release for ICE. " + tag);
            browser.click(driver.findElement(By.id("tabs:storyNew:recordStory")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:storyList"), title));
            assertThat(driver.findElement(By.id("tabs:storyList")).getText())
                    .contains("Not usable in reports: needs consent and an attorney's vetting", "Not vetted by an attorney yet.")
                    .doesNotContain("NEEDS_CONSENT_AND_VETTING");

            openStory(browser, title);
            browser.choose("tabs:storyWork:scope", "Evidence reports only");
            driver.findElement(By.id("tabs:storyWork:consentedOn_input")).sendKeys(LocalDate.now().minusDays(1).format(PICKER), Keys.TAB);
            browser.click(driver.findElement(By.id("tabs:storyWork:giveConsent")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:storyList"), "Consent given on"));
            assertThat(driver.findElement(By.id("tabs:storyList")).getText())
                    .contains("Evidence reports only, without a name", "Not usable in reports: needs an attorney's vetting");

            try (Browser attorney = Browser.open()) {
                try {
                    vetTheTextAsItNowStands(attorney, page, caseId, title, tag);
                } catch (RuntimeException | AssertionError e) {
                    attorney.screenshot("stories-tab-attorney");
                    throw e;
                }
            }
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("stories-tab");
            throw e;
        }
    }

    /**
     * The attorney opens the story; the caseworker changes its text meanwhile; the attorney's vetting of what they read is
     * refused with the conflict in words, and opened again, the text as it now stands is vetted.
     */
    private void vetTheTextAsItNowStands(Browser attorney, String page, long caseId, String title, String tag) {
        attorney.signInAt(page, "attorney");
        attorney.openTab("tabs:storiesTab");
        openStory(attorney, title);
        attorney.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:storyWork:vettedOn_input")))
                .sendKeys(LocalDate.now().format(PICKER), Keys.TAB);
        attorney.driver.findElement(By.id("tabs:storyWork:riskNote")).sendKeys("Nothing that identifies her");

        // Meanwhile the caseworker changes the text the attorney has open.
        JsonObject story = Http.jsonArray(api.get("/api/v1/cases/" + caseId + "/stories", "Authorization", CASEWORKER))
                .getJsonObject(0);
        HttpResponse<String> edited = api.putJson("/api/v1/cases/" + caseId + "/stories/" + story.getJsonNumber("id"),
                """
                {"title":"%s","text":"They kept me three days past my release for ICE. %s","version":%d}"""
                        .formatted(title, tag, story.getInt("version")), "Authorization", CASEWORKER);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        attorney.click(attorney.driver.findElement(By.id("tabs:storyWork:vetStory")));
        attorney.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Someone changed this story since you opened it"));
        attorney.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:storyList"), "three days"));
        assertThat(attorney.driver.findElement(By.id("tabs:storyList")).getText()).as("the vetting of the old text approved nothing")
                .contains("Not usable in reports: needs an attorney's vetting").doesNotContain("Vetted by");

        // Opened again, the text as it now stands is vetted.
        openStory(attorney, title);
        attorney.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:storyWork:vettedOn_input")))
                .sendKeys(LocalDate.now().format(PICKER), Keys.TAB);
        attorney.click(attorney.driver.findElement(By.id("tabs:storyWork:vetStory")));
        attorney.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:storyList"), "Vetted by attorney on"));
        assertThat(attorney.driver.findElement(By.id("tabs:storyList")).getText()).contains("Usable within its consent")
                .doesNotContain("USABLE");
    }

    /** Clicks the story's Open button, named for screen readers after its title, and waits for its forms. */
    private static void openStory(Browser b, String title) {
        java.util.List<org.openqa.selenium.WebElement> shown = b.driver.findElements(By.id("tabs:storyWork"));
        b.click(b.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#tabs\\:storyList button[aria-label='Open the story " + title + "']"))));
        if (!shown.isEmpty()) {
            b.wait.until(ExpectedConditions.stalenessOf(shown.get(0))); // drawn again for the story opened
        }
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:storyWork")));
    }
}
