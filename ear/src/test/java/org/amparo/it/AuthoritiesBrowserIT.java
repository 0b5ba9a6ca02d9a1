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
 * is gone. A save after someone else changed the authority, or a year's figures, keeps what each of the two changed.
 */
class AuthoritiesBrowserIT extends BrowserTest {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);

    private long id;

    @Test
    void aCaseworkerAddsEditsAndRemovesAnAuthorityFromTheJurisdictionsPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        id = TestJurisdictions.county("Pagina County " + tag + " (test)");
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

    @Test
    void aSaveAfterSomeoneElseChangedTheAuthorityKeepsBothChanges() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        id = TestJurisdictions.county("Conflicto County " + tag + " (test)");
        var added = Http.api().postJson("/api/v1/jurisdictions/" + id + "/authorities", """
                {"office":"SHERIFF","holderName":"Sheriff %s","selection":"ELECTED","phone":"505-555-0100"}""".formatted(tag),
                "Authorization", ADMIN);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long authorityId = Http.json(added).getJsonNumber("id").longValue();
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + id, "caseworker");
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.id("authoritiesList:authorityTable:0:editAuthority"))));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorityFormTitle"), "Edit an authority"));

            // Meanwhile someone else gives the office a new phone number.
            var changed = Http.api().putJson("/api/v1/jurisdictions/" + id + "/authorities/" + authorityId, """
                    {"version":0,"office":"SHERIFF","holderName":"Sheriff %s","selection":"ELECTED","phone":"505-555-0199"}"""
                    .formatted(tag), "Authorization", ADMIN);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

            type("authorityForm:authorityHolder", "Sheriff " + tag + " Jr.");
            browser.click(browser.driver.findElement(By.id("authorityForm:saveAuthority")));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("authorityForm:conflict")));
            assertThat(browser.driver.findElement(By.id("authorityForm:conflict")).getText())
                    .as("what the other person changed, in the form's words").contains("Office phone: «505-555-0100» → «505-555-0199»");
            assertThat(authorities()).as("nothing saved").doesNotContain(" Jr.");
            assertThat(browser.driver.findElement(By.id("authorityForm:authorityHolder")).getAttribute("value"))
                    .as("what this user typed stays").isEqualTo("Sheriff " + tag + " Jr.");
            assertThat(browser.driver.findElement(By.id("authorityForm:authorityPhone")).getAttribute("value"))
                    .as("the field this user left alone takes the other person's value").isEqualTo("505-555-0199");

            browser.click(browser.driver.findElement(By.id("authorityForm:saveAuthority")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authoritiesList:authorityTable"), " Jr."));
            assertThat(authorities()).as("saving again kept both changes").contains("Sheriff " + tag + " Jr.", "505-555-0199");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("authorities-conflict");
            throw e;
        }
    }

    @Test
    void aSaveOfAYearsFiguresAfterSomeoneElseChangedThemKeepsBothChanges() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        id = TestJurisdictions.county("Dinero County " + tag + " (test)");
        var recorded = Http.api().putJson("/api/v1/jurisdictions/" + id + "/money/2024", """
                {"scaapReceived":100000,"jailBudget":5000000,"source":"BJA SCAAP awards FY2024"}""", "Authorization", ADMIN);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        try {
            browser.signInAt("/jurisdictions/view.xhtml?id=" + id, "caseworker");
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='moneyList:moneyYears'] button[aria-label^='Edit the figures of 2024']"))));
            browser.wait.until(d -> "100000.00".equals(amount(d.findElement(By.id("moneyForm:moneyScaap_input")))));

            // Meanwhile someone else corrects the jail's budget.
            var changed = Http.api().putJson("/api/v1/jurisdictions/" + id + "/money/2024", """
                    {"version":0,"scaapReceived":100000,"jailBudget":5200000,"source":"BJA SCAAP awards FY2024"}""",
                    "Authorization", ADMIN);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

            type("moneyForm:moneySource", "BJA SCAAP awards FY2024, table 3");
            browser.click(browser.driver.findElement(By.id("moneyForm:saveMoney")));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("moneyForm:conflict")));
            assertThat(browser.driver.findElement(By.id("moneyForm:conflict")).getText())
                    .contains("Jail budget (USD): «5,000,000.00» → «5,200,000.00»").doesNotContain("Changed at");
            assertThat(money()).as("nothing saved").doesNotContain("table 3");
            assertThat(amount(browser.driver.findElement(By.id("moneyForm:moneyBudget_input"))))
                    .as("the field this user left alone takes the other person's figure").isEqualTo("5200000.00");

            browser.click(browser.driver.findElement(By.id("moneyForm:saveMoney")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moneyList:moneyYears"), "table 3"));
            assertThat(money()).as("saving again kept both changes").contains("table 3", "5200000");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("money-conflict");
            throw e;
        }
    }

    /** An amount field's figure without its dollar sign and thousands' commas. */
    private static String amount(WebElement input) {
        return input.getAttribute("value").replaceAll("[^0-9.]", "");
    }

    /** The jurisdiction's money as the API answers it. */
    private String money() {
        return Http.api().get("/api/v1/jurisdictions/" + id + "/money", "Authorization", STAFF).body();
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
