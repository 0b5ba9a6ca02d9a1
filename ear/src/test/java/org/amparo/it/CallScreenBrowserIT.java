package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's call, in a real (headless Debian) Chromium, from the keyboard: the person, the facility picked by
 * typing, the booking number, the scheduled release, an I-247A served today and one conviction, in fewer than 25 key
 * presses besides the typing, ending on the case file with the case screened and the hold's countdown shown. Half-way
 * the session is lost (every cookie deleted): after signing in again the draft is there to resume, with what was
 * typed.
 */
class CallScreenBrowserIT extends BrowserTest {

    /** Key presses that are not typing: Tab, arrows, Enter, Space. */
    private int presses;

    @Test
    void aWholeCallFromTheKeyboardSurvivesALostSessionAndEndsOnTheScreenedCaseWithItsCountdown() {
        WebDriver driver = browser.driver;
        WebDriverWait wait = browser.wait;
        String family = "Llamada" + UUID.randomUUID().toString().substring(0, 6);
        // Born before any demo person, so the duplicate check has nobody to offer (other tests use other names).
        String born = String.format("03/%02d/1951", 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(28));
        String release = LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) + " 18:00";
        try {
            browser.signInAt("/hotline/call.xhtml", "caseworker");
            WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.id("call:familyName")));
            first.click();
            type(family);
            press(Keys.TAB);
            type("José Ramón");
            press(Keys.TAB);
            type(born);
            press(Keys.TAB);
            press(Keys.TAB); // no A-number known
            type("ejemplo county ja");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#call\\:facility_panel li")));
            press(Keys.ARROW_DOWN);
            press(Keys.ENTER);
            wait.until(ExpectedConditions.attributeContains(By.id("call:facility_input"), "value", "Ejemplo County Jail"));
            press(Keys.TAB);
            type("BK-" + family);
            press(Keys.TAB);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"), "Draft saved"));
            // "Draft saved" may be the facility's saving: the booking number's, sent as it was left, is waited for too
            browser.awaitStill();

            // The session is lost half-way: the draft is kept, and resumes after signing in again.
            resumeAfterALostSession(family, "call:familyName", family);
            assertThat(driver.findElement(By.id("call:bookingNumber")).getAttribute("value")).isEqualTo("BK-" + family);
            assertThat(driver.findElement(By.id("call:dateOfBirth")).getAttribute("value")).isEqualTo(born);
            assertThat(driver.findElement(By.id("call:facility_input")).getAttribute("value")).startsWith("Ejemplo County Jail");

            driver.findElement(By.id("call:scheduledReleaseAt")).click();
            type(release);
            press(Keys.TAB);
            type("I-247A");
            press(Keys.TAB);
            press(Keys.TAB); // issued: empty means now
            type("Yes"); // served on the person: yes, no or not known, a menu as the document's
            press(Keys.TAB);
            type("DUI second offense");
            press(Keys.TAB);
            type("Misd");
            press(Keys.TAB);
            press(Keys.SPACE); // convicted
            press(Keys.TAB);
            type("06/01/2020");
            press(Keys.ENTER);
            // Should the duplicate check still find someone, the volunteer confirms a new person (a click, not a key).
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/cases/file.xhtml")
                    || !d.findElements(By.id("call:newPerson")).isEmpty());
            if (!driver.getCurrentUrl().contains("/cases/file.xhtml")) {
                browser.click(driver.findElement(By.id("call:newPerson")));
            }

            wait.until(ExpectedConditions.urlContains("/cases/file.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hold-countdown")));
            wait.until(d -> !d.findElement(By.cssSelector(".hold-countdown")).getText().isBlank());
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains(family, "I-247A");
            assertThat(presses).as("key presses besides the typing, before and after the lost session").isLessThan(25);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("call-screen");
            throw e;
        }
    }

    @Test
    void aCallerWhoKnowsNoChargeAndNotWhetherTheHoldWasServedStillGetsTheCaseOpenedWithNoFindingMadeUp() {
        WebDriver driver = browser.driver;
        String family = callFor("Sincargo");
        try {
            browser.pick("call:facility", "ejemplo county ja", "Ejemplo County Jail");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("call:iceFormCode"))).selectByValue("I_247A");
            // the charge line the screen starts with stays empty; served on the person stays "Unknown"
            browser.click(driver.findElement(By.id("call:openCase")));
            new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/cases/file.xhtml")
                    || !d.findElements(By.id("call:newPerson")).isEmpty());
            if (!driver.getCurrentUrl().contains("/cases/file.xhtml")) {
                browser.click(driver.findElement(By.id("call:newPerson")));
            }
            browser.wait.until(ExpectedConditions.urlContains("/cases/file.xhtml"));
            long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            String supervisor = Http.basic("supervisor", Http.DEMO_PASSWORD);
            assertThat(Http.api().get("/api/v1/cases/" + id + "/file", "Authorization", supervisor).body()).contains(family, "I_247A");
            jakarta.json.JsonObject summary = Http.json(Http.api().get("/api/v1/cases/" + id, "Authorization", supervisor));
            assertThat(summary.getJsonArray("findings").toString())
                    .as("not knowing is not \"never received a copy\"").doesNotContain("NO_NOTICE_TO_PERSON");
            assertThat(Http.api().get("/api/v1/hotline/calls", "Authorization", Http.basic("caseworker", Http.DEMO_PASSWORD)).body())
                    .as("the call is in the hotline's log, with the case it opened")
                    .contains("\"caseId\":" + id).contains("PERSON_DETAINED");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("call-screen-unknowns");
            throw e;
        }
    }

    @Test
    void aCallWithSeveralMistakesIsRefusedWithAllOfThemAtOnceEachByItsField() {
        // A walk found them one kind a time: the ICE document's date first, the person's and facility's on the next try.
        WebDriver driver = browser.driver;
        browser.signInAt("/hotline/call.xhtml", "caseworker");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("call:iceFormCode"))).selectByValue("I_247A");
        browser.type("call:iceIssuedAt", java.time.LocalDate.now().plusYears(2) + " 10:00");
        driver.findElement(By.cssSelector("input[id$=':0:description']")).sendKeys("Shoplifting"); // no level chosen
        browser.click(driver.findElement(By.id("call:openCase")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call"), "Family name: is required"));
        String form = driver.findElement(By.id("call")).getText();
        assertThat(form).contains("Facility: is required").contains("Issued (date and time): ");
        // each by its own field: the facility's beside its picker, not floating over the page
        assertThat(driver.findElement(By.cssSelector("[id='call:facility'] ~ .ui-message-error, .field:has([id='call:facility']) .ui-message-error"))
                .getText()).contains("Facility: is required");
        // a charge line's refusal sits beside that line's own Level, not in a message that goes after six seconds
        // (nor beside "Add a line"), and the drop-down is edged in red and marked invalid for a screen reader
        WebElement level = driver.findElement(By.id("call:charges:0:level"));
        assertThat(driver.findElement(By.cssSelector("[id='call:charges:0:level'] ~ .ui-message-error")).getText())
                .contains("Level").contains("line 1");
        assertThat(level.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(level.getCssValue("border-top-color")).isEqualTo("rgba(244, 67, 54, 1)");
        assertThat(driver.findElements(By.cssSelector("[id='call:chargeLines'] ~ .ui-message-error"))).isEmpty();
    }

    @Test
    void aDateThatCannotBeReadLeavesOnlyItselfOutOfTheDraftAndIsRefusedWithTheRestOfTheCall() {
        // JSF refused the whole screen for one unreadable date: the draft saved at every change kept nothing typed
        // after it while its note still said "saved", and the call's other mistakes came at the next try.
        WebDriver driver = browser.driver;
        String family = callFor("Ilegible");
        try {
            browser.type("call:dateOfBirth", "03/04/1950");
            driver.findElement(By.id("call:aNumber")).click(); // leaves the date: the draft is saved with it
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"), "Draft saved"));
            browser.awaitStill();
            browser.type("call:dateOfBirth", "02/31/1990"); // corrected into no such day
            browser.type("call:bookingNumber", "BK-" + family);
            driver.findElement(By.id("call:callerName")).click(); // leaves the booking number: its change is saved
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"),
                    "Left out until corrected: Date of birth."));
            browser.awaitStill();
            // and beside the field itself, not only in the note at the top of the screen (a screen away on a phone)
            assertThat(driver.findElement(By.cssSelector(".field:has([id='call:dateOfBirth']) .ui-message-error")).getText())
                    .contains("February 1990 has no day 31");
            assertThat(driver.findElement(By.id("call:dateOfBirth")).getAttribute("value")).as("as typed").isEqualTo("02/31/1990");

            // The draft has what was typed after the date, and not the date it replaced.
            resumeAfterALostSession(family, "call:bookingNumber", "BK-" + family);
            assertThat(driver.findElement(By.id("call:dateOfBirth")).getAttribute("value")).as("left out, not the earlier one").isEmpty();
            assertThat(driver.findElement(By.id("call:saved")).getText()).as("said again: the date is still to be asked for")
                    .isEqualTo("Left out until corrected: Date of birth.");
            // and beside the empty field itself, where the focus now is
            assertThat(focused()).isEqualTo("call:dateOfBirth");
            assertThat(driver.findElement(By.cssSelector(".field:has([id='call:dateOfBirth']) .ui-message-warn")).getText())
                    .startsWith("Date of birth: not in the draft");
            // another change saved, a charge line's date that is none: the birth date, still not given, is still said
            // to be left out, with the line's; both are said again at the next resume
            browser.type("call:callerName", "Marta");
            browser.type("call:charges:0:on", "13/45/2019");
            driver.findElement(By.id("call:callerContact")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"),
                    "Left out until corrected: Date of birth, Date of charge 1."));
            browser.awaitStill();
            resumeAfterALostSession(family, "call:callerName", "Marta");
            assertThat(driver.findElement(By.id("call:saved")).getText()).isEqualTo("Left out until corrected: Date of birth, Date of charge 1.");
            assertThat(focused()).as("the first in the page's order").isEqualTo("call:dateOfBirth");
            // the birth date given now: the words beside it go, and the note and the line's words stay for what is not
            browser.type("call:dateOfBirth", "03/04/1950");
            driver.findElement(By.id("call:callerContact")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"),
                    "Left out until corrected: Date of charge 1."));
            browser.wait.until(d -> d.findElements(By.cssSelector(".field:has([id='call:dateOfBirth']) .ui-message-warn")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".field:has([id='call:charges:0:on']) .ui-message-warn")).getText())
                    .startsWith("Date of charge 1: not in the draft");
            browser.click(driver.findElement(By.id("call:addCharge"))); // the lines drawn anew keep saying so
            browser.wait.until(d -> d.findElements(By.cssSelector("input[id$=':1:description']")).size() == 1);
            assertThat(driver.findElement(By.cssSelector(".field:has([id='call:charges:0:on']) .ui-message-warn")).getText())
                    .startsWith("Date of charge 1: not in the draft");

            // Opening with the date still wrong: its refusal comes with the missing facility's, each by its field.
            browser.type("call:dateOfBirth", "02/31/1990");
            browser.click(driver.findElement(By.id("call:openCase")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call"), "Facility: is required"));
            assertThat(driver.findElement(By.cssSelector(".field:has([id='call:dateOfBirth']) .ui-message-error")).getText())
                    .as("which part is wrong, not only that it is no date").startsWith("Date of birth: February 1990 has no day 31");
            assertThat(driver.getCurrentUrl()).contains("/hotline/call.xhtml");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("call-screen-unread");
            throw e;
        }
    }

    @Test
    void aCallsDraftContinuedOnTheNewCasePageStillSaysWhatTheCallLeftOut() {
        // The new-case page lists the call's drafts too, and has no charge lines: saved there, the call's draft kept
        // its charges but forgot that a line's date was left out.
        WebDriver driver = browser.driver;
        String family = callFor("Cruce");
        try {
            browser.type("call:charges:0:on", "13/45/2019");
            driver.findElement(By.id("call:callerName")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"),
                    "Left out until corrected: Date of charge 1."));
            browser.awaitStill();

            driver.get(Http.BASE + "/cases/new.xhtml");
            WebElement draft = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tbody[@id='drafts:draftTable_data']/tr[contains(., '" + family + "')]")));
            assertThat(draft.getText()).as("the new-case page says it was begun as a call").contains("A hotline call");
            browser.click(draft.findElement(By.xpath(".//button[contains(., 'Continue')]")));
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("intake:familyName"), "value", family));
            browser.type("intake:callerName", "Rosa");
            browser.click(driver.findElement(By.id("intake:saveDraft")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Draft saved"));

            resumeAfterALostSession(family, "call:callerName", "Rosa");
            assertThat(driver.findElement(By.id("call:saved")).getText()).isEqualTo("Left out until corrected: Date of charge 1.");
            assertThat(focused()).isEqualTo("call:charges:0:on");

            assertThat(driver.findElement(By.cssSelector(".field:has([id='call:charges:0:on']) .ui-message-warn")).getText())
                    .startsWith("Date of charge 1: not in the draft");

            // The caller does not know when: once said, the screen stops asking, beside the line too, and so does the draft.
            WebElement notKnown = driver.findElement(By.id("call:notKnown"));
            assertThat(notKnown.getText()).isEqualTo("Not known: stop asking for Date of charge 1");
            browser.click(notKnown);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:saved"), "Draft saved"));
            assertThat(driver.findElement(By.id("call:saved")).getText()).doesNotContain("Left out");
            browser.wait.until(d -> d.findElements(By.cssSelector(".field:has([id='call:charges:0:on']) .ui-message-warn")).isEmpty());
            resumeAfterALostSession(family, "call:callerName", "Rosa");
            assertThat(driver.findElement(By.id("call:saved")).getText()).as("not asked for again").isEmpty();

            // The call page throws a draft away too, its own included: the note of what it left out goes with it.
            WebElement row = driver.findElement(By.xpath("//tbody[@id='callDrafts:draftTable_data']/tr[contains(., '" + family + "')]"));
            browser.click(row.findElement(By.xpath(".//button[contains(@id, ':discard')]")));
            browser.wait.until(d -> d.findElements(By.xpath("//tbody[@id='callDrafts:draftTable_data']/tr[contains(., '"
                    + family + "')]")).isEmpty());
            browser.wait.until(d -> d.findElement(By.id("call:familyName")).getAttribute("value").isEmpty());
            assertThat(driver.findElement(By.id("call:callerName")).getAttribute("value"))
                    .as("the screen is a new call's: what it held is not saved again as a new draft").isEmpty();
            assertThat(driver.findElement(By.id("call:saved")).getText()).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("call-screen-crossed");
            throw e;
        }
    }

    /** A new call, signed in as a volunteer: its family name typed, made unique from {@code prefix}, and returned. */
    private String callFor(String prefix) {
        String family = prefix + UUID.randomUUID().toString().substring(0, 6);
        browser.signInAt("/hotline/call.xhtml", "caseworker");
        browser.type("call:familyName", family);
        return family;
    }

    /** The session is lost: signed in again, the volunteer resumes the caller's draft, and its field shows its value. */
    private void resumeAfterALostSession(String family, String field, String value) {
        browser.driver.manage().deleteAllCookies();
        browser.signInAt("/hotline/call.xhtml", "caseworker");
        WebElement draft = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='callDrafts:draftTable_data']/tr[contains(., '" + family + "')]")));
        assertThat(draft.getText()).as("which page the draft was begun on").contains("A hotline call");
        browser.click(draft.findElement(By.xpath(".//button[contains(@id, ':resume')]")));
        browser.wait.until(ExpectedConditions.attributeToBe(By.id(field), "value", value));
        // the focus goes to the form (to what needs asking again, else its first field), not left on Continue above it
        browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!document.activeElement.closest('#call') && document.activeElement.tagName === 'INPUT'")));
    }

    /** The id of the element that has the focus. */
    private String focused() {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }

    private void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    private void press(Keys key) {
        presses++;
        new Actions(browser.driver).sendKeys(key).perform();
    }
}
