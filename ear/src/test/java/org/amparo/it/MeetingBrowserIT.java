package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting with law enforcement recorded from a jurisdiction's page (issue 14 item 5), as a supervisor does it in a
 * real Chromium after the meeting: the day and the sheriff met, who came, a question of the toolkit's bank with the
 * answer, and a promise already past its day, which the page marks overdue until it is recorded kept. And the promise
 * as the supervisors' work: recorded on the page, it is a "Follow up a promise" task on their inbox, in words, overdue,
 * linked to the jurisdiction's meetings; marking it kept there settles the promise the meeting shows.
 */
class MeetingBrowserIT extends BrowserTest {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void aSupervisorRecordsAMeetingWithAPromiseAndMarksItKept() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = TestJurisdictions.county("Pagina Reunion " + tag + " (test)");
        assertThat(Http.api().postJson("/api/v1/jurisdictions/" + id + "/authorities",
                "{\"office\":\"SHERIFF\",\"holderName\":\"Sheriff Lee " + tag + "\"}", "Authorization", SUPERVISOR).statusCode()).isEqualTo(201);
        var campaign = Http.api().postJson("/api/v1/jurisdictions/" + id + "/campaign", "{\"name\":\"ICE out " + tag + "\"}",
                "Authorization", SUPERVISOR);
        assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(201);
        long campaignId = Http.json(campaign).getJsonNumber("campaignId").longValue();
        LocalDate held = LocalDate.now().minusDays(21);
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + id, "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetingForm")));
            browser.driver.findElement(By.id("meetingForm:meetingHeldOn")).sendKeys(held.toString());
            browser.choose("meetingForm:meetingAuthority", "Sheriff · Sheriff Lee " + tag);
            browser.click(browser.driver.findElement(By.id("meetingForm:recordMeeting")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetingPartsForm")));

            browser.driver.findElement(By.id("meetingPartsForm:attendeeName")).sendKeys("Rosa " + tag);
            browser.choose("meetingPartsForm:attendeeRole", "Facilitator");
            browser.click(browser.driver.findElement(By.id("meetingPartsForm:addAttendee")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingsBody"), "Rosa " + tag + " (Facilitator)"));

            browser.choose("meetingPartsForm:answerQuestion", "How often are ICE agents at the jail?");
            browser.driver.findElement(By.id("meetingPartsForm:answerText")).sendKeys("Every weekday");
            browser.click(browser.driver.findElement(By.id("meetingPartsForm:addAnswer")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingsBody"), "Every weekday"));

            browser.choose("meetingPartsForm:promiseKind", "Data on ICE detainers");
            browser.driver.findElement(By.id("meetingPartsForm:promiseDue")).sendKeys(held.plusDays(7).toString());
            browser.click(browser.driver.findElement(By.id("meetingPartsForm:addPromise")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingsBody"), "Overdue"));

            browser.choose("promiseForm:promiseChoice", "Data on ICE detainers");
            browser.click(browser.driver.findElement(By.cssSelector("label[for='promiseForm:promiseState:1']")));
            browser.click(browser.driver.findElement(By.id("promiseForm:settlePromise")));
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingsBody"), "Overdue")));
            assertThat(browser.driver.findElement(By.id("meetingsBody")).getText()).contains("Kept");
            String meetings = Http.api().get("/api/v1/campaigns/" + campaignId + "/meetings", "Authorization", SUPERVISOR).body();
            assertThat(meetings).contains("\"state\":\"KEPT\"", "\"heldOn\":\"" + held + "\"", "\"question\":\"ICE_AT_JAIL\"");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("meeting");
            throw e;
        }
    }

    @Test
    void aPromiseMadeAtAMeetingIsATaskOnTheSupervisorsInboxThatSettlesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = TestJurisdictions.county("Pagina Promesa " + tag + " (test)");
        assertThat(Http.api().postJson("/api/v1/jurisdictions/" + id + "/authorities",
                "{\"office\":\"SHERIFF\",\"holderName\":\"Sheriff Ruiz " + tag + "\"}", "Authorization", SUPERVISOR).statusCode()).isEqualTo(201);
        String campaignName = "ICE out " + tag;
        var campaign = Http.api().postJson("/api/v1/jurisdictions/" + id + "/campaign", "{\"name\":\"" + campaignName + "\"}",
                "Authorization", SUPERVISOR);
        assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(201);
        long campaignId = Http.json(campaign).getJsonNumber("campaignId").longValue();
        // Held long ago: its promise is long overdue, so early among the supervisors' overdue tasks.
        LocalDate held = LocalDate.now().minusYears(2);
        String promised = "Detainers received " + tag;
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + id, "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetingForm")));
            browser.driver.findElement(By.id("meetingForm:meetingHeldOn")).sendKeys(held.toString());
            browser.choose("meetingForm:meetingAuthority", "Sheriff · Sheriff Ruiz " + tag);
            browser.click(browser.driver.findElement(By.id("meetingForm:recordMeeting")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetingPartsForm")));
            browser.choose("meetingPartsForm:promiseKind", "Data on ICE detainers");
            browser.driver.findElement(By.id("meetingPartsForm:promiseWhat")).sendKeys(promised);
            browser.driver.findElement(By.id("meetingPartsForm:promiseDue")).sendKeys(held.plusDays(10).toString());
            browser.click(browser.driver.findElement(By.id("meetingPartsForm:addPromise")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingsBody"), promised));

            // The inbox: the step menu's "Campaign tasks" narrows it to the campaigns' work; the promise's row is found by
            // its words, page by page (the campaign's overdue next meeting is a task of the same campaign too).
            browser.driver.get(Http.BASE + "/tasks/inbox.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:table")));
            WebElement before = browser.driver.findElement(By.cssSelector("#tasks\\:table_data tr"));
            browser.choose("tasks:stepFilter", "Campaign tasks (steps, promises, meetings)");
            browser.wait.until(ExpectedConditions.stalenessOf(before));
            WebElement row = campaignTaskRow(promised).orElseThrow(() -> new AssertionError(
                    "no task \"" + promised + "\" on the supervisor's inbox, filtered to the campaign tasks"));
            assertThat(row.findElement(By.cssSelector(".task-campaign")).getText())
                    .isEqualTo("Follow up a promise: " + promised + " \u2014 " + campaignName);
            assertThat(row.getText()).contains("overdue", "Unclaimed");
            WebElement link = row.findElement(By.cssSelector("a.task-campaign-link"));
            assertThat(link.getText()).isEqualTo("Campaign plan");
            assertThat(link.getAttribute("href")).contains("/jurisdictions/view.xhtml?id=" + id).endsWith("#meetings");

            browser.click(row.findElement(By.xpath(".//button[normalize-space(.)='Kept']")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Task completed"));
            browser.wait.until(ExpectedConditions.stalenessOf(row));
            assertThat(campaignTaskRow(promised)).as("the settled promise leaves the inbox").isEmpty();

            browser.driver.get(Http.BASE + "/jurisdictions/view.xhtml?id=" + id + "#meetings");
            WebElement promises = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#meetingsBody .promiseTable")));
            assertThat(promises.getText()).contains(promised, "Kept").doesNotContain("Overdue", "Not yet kept");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("meeting-promise-task");
            throw e;
        }
        String meetings = Http.api().get("/api/v1/campaigns/" + campaignId + "/meetings", "Authorization", SUPERVISOR).body();
        assertThat(meetings).contains("\"what\":\"" + promised + "\"", "\"state\":\"KEPT\"");
    }

    /**
     * The inbox row of the campaign task whose words contain these, looked for on every page of the table (25 rows a
     * page) from the first; empty when no page has one. Leaves the table on the page it was found on.
     */
    private Optional<WebElement> campaignTaskRow(String words) {
        By first = By.cssSelector("#tasks\\:table .ui-paginator-first");
        if (!browser.driver.findElements(first).isEmpty()
                && !browser.driver.findElement(first).getAttribute("class").contains("ui-state-disabled")) {
            turnPage(first);
        }
        By row = By.xpath("//*[@id='tasks:table_data']/tr[.//*[contains(@class,'task-campaign') and contains(., \"" + words + "\")]]");
        By next = By.cssSelector("#tasks\\:table .ui-paginator-next");
        while (true) {
            List<WebElement> found = browser.driver.findElements(row);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
            if (browser.driver.findElements(next).isEmpty()
                    || browser.driver.findElement(next).getAttribute("class").contains("ui-state-disabled")) {
                return Optional.empty();
            }
            turnPage(next);
        }
    }

    /** Clicks a paginator link and waits until the table shows the rows of the page it turned to. */
    private void turnPage(By link) {
        WebElement shown = browser.driver.findElement(By.cssSelector("#tasks\\:table_data tr"));
        browser.click(browser.driver.findElement(link));
        browser.wait.until(ExpectedConditions.stalenessOf(shown));
    }
}
