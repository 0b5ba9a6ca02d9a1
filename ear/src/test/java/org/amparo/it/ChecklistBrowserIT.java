package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker attaches one of their cases as evidence to a practice of the monitoring checklist on a jurisdiction's page
 * (issue 14, "Done when"), in a real Chromium: the practice then reads Observed, with the day, the source and a link to
 * the case, and the API says the same, set by the caseworker.
 */
class ChecklistBrowserIT extends BrowserTest {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String PRACTICE = "ice-interviews-in-jail";

    @Test
    void aCaseworkerAttachesACaseAsEvidenceToAPractice() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Http api = Http.api();
        long jurisdiction = TestJurisdictions.county("Prueba County " + tag + " (test)");
        long facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"Prueba Jail %s (test)","type":"LOCAL_JAIL","city":"Prueba","stateCode":"NM","timeZone":"America/Denver","jurisdictionId":%d}"""
                .formatted(tag, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
        long caseId = Http.json(created(api.postJson("/api/v1/cases", """
                {"familyName":"Prueba%s","givenNames":"Lucía","dateOfBirth":"1988-05-06","facilityId":%d}""".formatted(tag, facility),
                "Authorization", CASEWORKER))).getJsonNumber("id").longValue();
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + jurisdiction, "caseworker");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checklistForm")));
            browser.choose("checklistForm:checklistItem", "Local jail: information sharing with ICE \u00b7 Allowing ICE to interview");
            browser.click(browser.driver.findElement(By.cssSelector("label[for='checklistForm:checklistState:0']")));
            java.time.LocalDate observed = java.time.LocalDate.now().minusDays(30);
            String observedOn = observed.toString(); // typed as ISO, which every language's date field reads
            browser.driver.findElement(By.id("checklistForm:checklistObservedOn")).sendKeys(observedOn);
            browser.driver.findElement(By.id("checklistForm:checklistSource")).sendKeys("Visit to the jail " + tag);
            browser.driver.findElement(By.id("checklistForm:checklistCaseIds")).sendKeys(String.valueOf(caseId));
            browser.click(browser.driver.findElement(By.id("checklistForm:saveChecklistItem")));

            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistTables"), "Visit to the jail " + tag));
            WebElement link = browser.driver.findElement(By.xpath("//*[@id='checklistTables']//a[normalize-space()='Case " + caseId + "']"));
            assertThat(link.getAttribute("href")).contains("/cases/file.xhtml?id=" + caseId);
            WebElement row = link.findElement(By.xpath("ancestor::tr[1]"));
            assertThat(row.getText()).contains("Allowing ICE to interview or screen immigrants inside the jail", "Observed",
                    observed.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")), "Visit to the jail " + tag);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("checklist");
            throw e;
        }

        HttpResponse<String> checklist = api.get("/api/v1/jurisdictions/" + jurisdiction + "/checklist", "Authorization", SUPERVISOR);
        JsonObject item = Http.json(checklist).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("key").equals(PRACTICE)).findFirst().orElseThrow();
        assertThat(item.getString("state")).isEqualTo("OBSERVED");
        assertThat(item.getString("setBy")).isEqualTo("caseworker");
        assertThat(item.getJsonArray("caseIds").getJsonNumber(0).longValue()).isEqualTo(caseId);
    }
}
