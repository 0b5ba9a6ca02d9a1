package org.amparo.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker, in a real (headless Debian) Chromium, signs in, opens a case through the PrimeFaces intake form
 * and finds it in the case list by a partial, unaccented spelling of an accented name.
 */
class OpenCaseBrowserIT extends BrowserTest {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void shortcuts() {
        driver = super.browser.driver;
        wait = super.browser.wait;
    }

    @Test
    void aCaseworkerOpensACaseThroughTheFormAndFindsItInTheList() {
        String family = "Demostración" + UUID.randomUUID().toString().substring(0, 6);
        // A person of the test's own: on a server that already has this test's person from an earlier run, the form
        // would first ask whether it is the same person (as it should).
        String digits = Http.newANumberDigits();
        String aNumber = "A-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        super.browser.signInAt("/cases/new.xhtml", "caseworker");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:familyName"))).sendKeys(family);
        driver.findElement(By.id("intake:givenNames")).sendKeys("Begoña");
        driver.findElement(By.id("intake:aNumber")).sendKeys(aNumber);
        // Typing alone chooses nothing (issue 15: type-ahead once saved the wrong jail); the matches show cleanly named.
        driver.findElement(By.id("intake:facilityId_input")).sendKeys("ejemplo ja");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:facilityId_panel"), "Ejemplo County Jail (demo) (CA)"));
        assertThat(driver.findElement(By.id("intake:facilityId_hinput")).getAttribute("value")).as("nothing chosen yet").doesNotMatch("\\d+");
        super.browser.pick("intake:facilityId", "ejemplo ja", "Ejemplo County Jail");
        assertThat(driver.findElement(By.id("intake:facilityId_hinput")).getAttribute("value")).as("picked").matches("\\d+");
        // A date as people write it in English, month first; the calendar has month and year menus.
        driver.findElement(By.id("intake:dateOfBirth_input")).sendKeys("03/14/1988", Keys.TAB);
        browser.click(driver.findElement(By.cssSelector("#intake\\:dateOfBirth button")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake\\:dateOfBirth_panel .ui-datepicker-year")));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(driver.findElement(By.id("intake:dateOfBirth_input")).getAttribute("value")).isEqualTo("03/14/1988");
        driver.findElement(By.id("intake:open")).click();

        // The new case's file opens, ready for the criminal history and ICE requests.
        wait.until(ExpectedConditions.urlContains("/cases/file.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "opened"));

        driver.get(Http.BASE + "/cases/list.xhtml");
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases:search")));
        search.sendKeys(family.toUpperCase().replace("Ó", "O").substring(0, family.length() - 2));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), family));
        assertThat(driver.findElement(By.id("cases:table")).getText())
                .contains(family + ", Begoña")
                .contains(aNumber)
                .contains("Intake")
                .contains("Ejemplo County Jail");
    }

    @Test
    void invalidIntakeShowsTheFieldsToFixAndKeepsWhatWasTyped() {
        super.browser.signInAt("/cases/new.xhtml", "caseworker");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:givenNames"))).sendKeys("Tomás");
        driver.findElement(By.id("intake:aNumber")).sendKeys("A-12");
        // A facility typed but never picked is not chosen: the picker empties when left.
        driver.findElement(By.id("intake:facilityId_input")).sendKeys("adams county");
        driver.findElement(By.id("intake:givenNames")).click();
        driver.findElement(By.id("intake:open")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake"), "is not an A-number"));
        String form = driver.findElement(By.id("intake")).getText();
        assertThat(form).contains("Family name: is required").contains("Facility: is required");
        // One message per error: beside its field, not again at the top.
        assertThat(form.split("Facility: is required", -1)).as("said once").hasSize(2);
        assertThat(driver.findElements(By.cssSelector(".ui-growl-item"))).as("no repeat in the growl").isEmpty();
        assertThat(driver.findElement(By.id("intake:facilityId_input")).getAttribute("value")).as("typed, never picked").isEmpty();

        // A date that is not one gets a message naming the field and the form to write it in, with the form's other
        // refusals, not alone (JSF refuses a value it cannot read before the page hears of the rest: two rounds).
        driver.findElement(By.id("intake:dateOfBirth_input")).sendKeys("next tuesday", Keys.TAB);
        driver.findElement(By.id("intake:open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake"), "Date of birth: is not a date: write it as MM/DD/YYYY"));
        assertThat(driver.findElement(By.id("intake")).getText())
                .contains("Family name: is required").contains("Facility: is required").contains("is not an A-number");
        assertThat(driver.findElement(By.id("intake:givenNames")).getAttribute("value")).isEqualTo("Tomás");
        assertThat(driver.getCurrentUrl()).contains("/cases/new.xhtml");

        // Saved as a draft so, the rest is kept and the date said to be left out.
        driver.findElement(By.id("intake:saveDraft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Draft saved, without what must be corrected first: Date of birth."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drafts:draftTable"), "Tomás"));
        assertThat(driver.findElement(By.id("intake:leftOut")).getText()).isEqualTo("Left out until corrected: Date of birth.");
        // Continued on another visit, the draft says so again: the date is still to be asked for.
        driver.get(Http.BASE + "/cases/new.xhtml");
        WebElement draft = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='drafts:draftTable_data']/tr[contains(., 'Tomás')]")));
        assertThat(draft.getText()).as("which page it was begun on").contains("A new case");
        super.browser.click(draft.findElement(By.xpath(".//button[contains(., 'Continue')]")));
        wait.until(ExpectedConditions.attributeToBe(By.id("intake:givenNames"), "value", "Tomás"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:leftOut"), "Left out until corrected: Date of birth."));
        assertThat(driver.findElement(By.id("intake:dateOfBirth_input")).getAttribute("value")).isEmpty();
        // the empty field says so beside itself, and has the focus: the form is below the drafts, not at Continue
        assertThat(driver.findElement(By.cssSelector(".field:has([id='intake:dateOfBirth']) .ui-message-warn")).getText())
                .startsWith("Date of birth: not in the draft");
        wait.until(d -> "intake:dateOfBirth_input".equals(d.switchTo().activeElement().getAttribute("id")));

        // The caller does not know it: once said, the note and the words beside the field go, and the draft forgets it.
        assertThat(driver.findElement(By.id("intake:notKnown")).getText()).isEqualTo("Not known: stop asking for Date of birth");
        super.browser.click(driver.findElement(By.id("intake:notKnown")));
        wait.until(d -> d.findElement(By.id("intake:leftOut")).getText().isEmpty());
        wait.until(d -> d.findElements(By.cssSelector(".field:has([id='intake:dateOfBirth']) .ui-message-warn")).isEmpty());
        assertThat(driver.findElements(By.id("intake:notKnown"))).isEmpty();
        driver.get(Http.BASE + "/cases/new.xhtml");
        super.browser.click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='drafts:draftTable_data']/tr[contains(., 'Tomás')]//button[contains(., 'Continue')]"))));
        wait.until(ExpectedConditions.attributeToBe(By.id("intake:givenNames"), "value", "Tomás"));
        assertThat(driver.findElement(By.id("intake:leftOut")).getText()).as("not asked for again").isEmpty();

        // A birth in the future is refused in plain words, not the component's "Validation Error:".
        org.openqa.selenium.WebElement born = driver.findElement(By.id("intake:dateOfBirth_input"));
        born.clear();
        born.sendKeys(java.time.LocalDate.now().plusYears(1).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.TAB);
        driver.findElement(By.id("intake:open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake"), "Date of birth: cannot be later than"));
        assertThat(driver.findElement(By.id("intake")).getText()).doesNotContain("Validation Error");
    }
}
