package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting with law enforcement recorded from a jurisdiction's page (issue 14 item 5), as a supervisor does it in a
 * real Chromium after the meeting: the day and the sheriff met, who came, a question of the toolkit's bank with the
 * answer, and a promise already past its day, which the page marks overdue until it is recorded kept.
 */
class MeetingBrowserIT extends BrowserTest {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void aSupervisorRecordsAMeetingWithAPromiseAndMarksItKept() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var created = Http.api().postJson("/api/v1/admin/jurisdictions", """
                {"name":"Pagina Reunion %s (test)","level":"COUNTY","stateCode":"NM","detainerPolicy":"NONE"}""".formatted(tag),
                "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();
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
}
