package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a jurisdiction's authorities on its page (issue 14 item 1), as a caseworker does it in a real Chromium:
 * an appointed county executive given an election date is refused with the message at the date, nothing saved; without
 * the date it is added and listed in words; edited from the row, the change shows; removed after the confirmation, it
 * is gone.
 */
class AuthoritiesBrowserIT extends BrowserTest {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);

    private long id;

    @Test
    void aCaseworkerAddsEditsAndRemovesAnAuthorityFromTheJurisdictionsPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var created = Http.api().postJson("/api/v1/admin/jurisdictions", """
                {"name":"Pagina County %s (test)","level":"COUNTY","stateCode":"NM","detainerPolicy":"NONE"}""".formatted(tag),
                "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        id = Http.json(created).getJsonNumber("id").longValue();
        String holder = "Executive Pagina " + tag;
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + id, "caseworker");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("authorityForm")));
            assertThat(browser.driver.findElement(By.id("authoritiesList:authorityTable")).getText()).contains("No authority recorded yet.");

            browser.choose("authorityForm:authorityOffice", "County executive");
            type("authorityForm:authorityHolder", holder);
            browser.click(browser.driver.findElement(By.cssSelector("label[for='authorityForm:authoritySelection:1']")));
            type("authorityForm:authorityNextElection", "2028-11-07");
            type("authorityForm:authorityEmail", "executive@example.org");
            browser.click(browser.driver.findElement(By.id("authorityForm:saveAuthority")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorityForm"),
                    "Date of the next election: is only for an elected office"));
            assertThat(authorities()).as("nothing saved").doesNotContain(holder);

            WebElement date = browser.driver.findElement(By.id("authorityForm:authorityNextElection"));
            date.clear();
            browser.click(browser.driver.findElement(By.id("authorityForm:saveAuthority")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authoritiesList:authorityTable"), holder));
            String row = browser.driver.findElement(By.id("authoritiesList:authorityTable")).getText();
            assertThat(row).contains("County executive", "Appointed", "executive@example.org");
            assertThat(authorities()).contains(holder, "APPOINTED");

            browser.click(browser.driver.findElement(By.id("authoritiesList:authorityTable:0:editAuthority")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorityFormTitle"), "Edit an authority"));
            assertThat(browser.driver.findElement(By.id("authorityForm:authorityHolder")).getAttribute("value")).isEqualTo(holder);
            type("authorityForm:authorityHolder", holder + " Jr.");
            browser.click(browser.driver.findElement(By.id("authorityForm:saveAuthority")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authoritiesList:authorityTable"), holder + " Jr."));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorityFormTitle"), "Record an authority"));

            browser.click(browser.driver.findElement(By.id("authoritiesList:authorityTable:0:removeAuthority")));
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authoritiesList:authorityTable"),
                    "No authority recorded yet."));
            assertThat(authorities()).doesNotContain(holder);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("authorities");
            throw e;
        }
    }

    private void type(String inputId, String text) {
        WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        input.clear();
        input.sendKeys(text);
    }

    /** The jurisdiction's authorities as the API answers them (as staff). */
    private String authorities() {
        return Http.api().get("/api/v1/jurisdictions/" + id + "/authorities", "Authorization", STAFF).body();
    }
}
