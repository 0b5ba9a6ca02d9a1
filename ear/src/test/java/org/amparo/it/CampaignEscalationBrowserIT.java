package org.amparo.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.CaseWorkflowIT.ATTORNEY;
import static org.amparo.it.CaseWorkflowIT.CASEWORKER;
import static org.amparo.it.CaseWorkflowIT.SUPERVISOR;
import static org.amparo.it.CaseWorkflowIT.completeOk;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case escalated to a campaign (issue 14, "Done when"), as a supervisor decides it in a real Chromium. Two cases of a
 * jail in a jurisdiction that has no campaign yet reach "Campaign escalation" (the attorney recommended one). The
 * supervisor approves the first in the task inbox, found by the step filter and the case's id: the jurisdiction's page
 * now shows its campaign, citing that case, de-identified because the person did not consent to be named. The
 * supervisor approves the second, whose person consented, from the open tasks of its case file: the same campaign cites
 * two cases, only one of them de-identified. The campaign's page shows counts only, never who the people are.
 */
class CampaignEscalationBrowserIT extends BrowserTest {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    @Test
    void aSupervisorApprovesEscalationsAndTheCasesJurisdictionGetsItsCampaignCitingThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String jurisdictionName = "Escalada County " + tag + " (test)";
        long jurisdiction = TestJurisdictions.county(jurisdictionName);
        long facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Escalada Jail %s (test)","type":"LOCAL_JAIL","city":"Escalada","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        long unnamed = escalatedCase(facility, tag, false);
        long named = escalatedCase(facility, tag, true);
        assertThat(campaignOf(jurisdiction).containsKey("campaignId")).as("no campaign before the escalation").isFalse();

        try {
            // In the inbox: the step filter keeps the escalations only, the case's id finds the one.
            browser.signInAt("/tasks/inbox.xhtml", "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:table")));
            WebElement before = browser.driver.findElement(By.cssSelector("#tasks\\:table_data tr"));
            browser.choose("tasks:stepFilter", "Campaign escalation");
            browser.wait.until(ExpectedConditions.stalenessOf(before));
            WebElement row = rowOfCase(unnamed);
            assertThat(row.getText()).contains("Campaign escalation", "Noemí Escalada" + tag);
            browser.click(row.findElement(By.cssSelector(".task-complete")));
            approveInTheDialog();

            browser.driver.get(Http.BASE + "/jurisdictions/view.xhtml?id=" + jurisdiction);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaignTitle"), jurisdictionName));
            assertThat(browser.driver.findElements(By.id("noCampaign"))).as("the page no longer says there is none").isEmpty();
            assertThat(browser.driver.findElement(By.id("campaignBody")).getText())
                    .contains("Cases cited: 1, of which 1 only de-identified (no consent to be named).");

            // On the case file: its open tasks hold the escalation, completed in the same dialog.
            browser.driver.get(Http.BASE + "/cases/file.xhtml?id=" + named);
            WebElement tasks = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTasks:openTasks")));
            assertThat(tasks.getText()).contains("Campaign escalation");
            browser.click(tasks.findElement(By.cssSelector(".task-complete")));
            approveInTheDialog();

            browser.driver.get(Http.BASE + "/jurisdictions/view.xhtml?id=" + jurisdiction);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaignTitle"), jurisdictionName));
            String campaignBody = browser.driver.findElement(By.id("campaignBody")).getText();
            assertThat(campaignBody).contains("Cases cited: 2, of which 1 only de-identified (no consent to be named).")
                    .as("the campaign names no one").doesNotContain("Escalada" + tag);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("campaign-escalation");
            throw e;
        }

        JsonObject campaign = campaignOf(jurisdiction);
        assertThat(campaign.containsKey("campaignId")).as(campaign.toString()).isTrue();
        assertThat(campaign.getString("name")).as("named after its jurisdiction, once").isEqualTo(jurisdictionName);
        assertThat(campaign.getString("startedBy")).as("started by the supervisor who approved").isEqualTo("supervisor");
        assertThat(api.get("/api/v1/audit?user=supervisor&size=100", "Authorization", SUPERVISOR).body())
                .contains("campaign.started");
        assertThat(campaign.getInt("citedCases")).isEqualTo(2);
        assertThat(campaign.getInt("citedDeidentified")).as("only the one who consented is named").isEqualTo(1);
        assertThat(active(unnamed)).as("approved, the case goes on to its closure").contains("closure").doesNotContain("campaignApproval");
        assertThat(active(named)).contains("closure").doesNotContain("campaignApproval");
    }

    /**
     * A case of that jail, its person consenting to be named or not, taken through the API to "Campaign escalation":
     * intake, an attorney assigned who accepts it and, in the review, recommends a campaign.
     */
    private long escalatedCase(long facility, String tag, boolean consents) {
        long id = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Escalada%s","givenNames":"Noemí","dateOfBirth":"1990-02-03","facilityId":%d}""".formatted(tag, facility),
                "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        completeOk(api, CASEWORKER, id, "INTAKE", "{\"immigrationStatus\":\"UNDOCUMENTED\",\"consentToPublicize\":" + consents + "}");
        completeOk(api, SUPERVISOR, id, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        completeOk(api, ATTORNEY, id, "ATTORNEY_RESPONSE", "{\"accept\":true}");
        completeOk(api, ATTORNEY, id, "ATTORNEY_REVIEW", "{\"recommendCampaign\":true}");
        assertThat(active(id)).contains("campaignApproval");
        return id;
    }

    /** Whether this test has tried Complete with no answer yet (once a test is enough). */
    private boolean refusedBesideOnce;

    /** The open step dialog: "Approve", then Complete; done when the dialog closes on "Task completed". */
    private void approveInTheDialog() {
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialog")));
        browser.wait.until(ExpectedConditions.textToBePresentInElement(dialog, "Campaign escalation"));
        if (!refusedBesideOnce) { // Complete with no answer: refused beside the question, not only in the list above it
            refusedBesideOnce = true;
            browser.click(browser.driver.findElement(By.id("step:completeStep")));
            assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".field:has([id='step:approve']) .ui-message-error"))).getText()).isNotBlank();
            // the question is named by its words, required said as such, not by a "*" read out as "star"
            WebElement question = browser.driver.findElement(By.cssSelector("[id='step:approve'][role=radiogroup], [id='step:approve'] [role=radiogroup]"));
            assertThat(question.getAccessibleName()).isEqualTo("Decision");
            assertThat(question.getAttribute("aria-required")).isEqualTo("true");
        }
        browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='step:approve:0']"))));
        browser.click(browser.driver.findElement(By.id("step:completeStep")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Task completed"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialog")));
    }

    /** The inbox row of the case's task, found by typing the case's id in the id column's filter. */
    private WebElement rowOfCase(long id) {
        browser.driver.findElement(By.id("tasks:table:colCase:filter")).sendKeys(String.valueOf(id));
        browser.wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#tasks\\:table_data tr"));
            return rows.size() == 1 && !rows.get(0).findElements(By.linkText(String.valueOf(id))).isEmpty();
        });
        return browser.driver.findElement(By.cssSelector("#tasks\\:table_data tr"));
    }

    private JsonObject campaignOf(long jurisdiction) {
        HttpResponse<String> plan = api.get("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "Authorization", SUPERVISOR);
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        return Http.json(plan);
    }

    private List<String> active(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId + "/process", "Authorization", SUPERVISOR))
                .getJsonArray("active").getValuesAs(JsonString::getString);
    }
}
