package org.amparo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where the keyboard's focus goes after a request (focus.js), as a person working by keyboard finds it: PrimeFaces
 * disables the button that sent a request and draws forms and dialogs anew, and the focus fell to the top of the page
 * after every refused form, save and closed dialog (a walk-through found it on every page). And what a filter did to a
 * table is read out (a11y.js), as someone who cannot see the table would otherwise not learn it.
 */
class KeyboardFocusBrowserIT extends BrowserTest {

    private final Http api = Http.api();

    private String focused() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                var a = document.activeElement;
                return !a || a === document.body ? 'the page' : (a.id || a.className || a.tagName)""");
    }

    /** The focused element's text, or its id. */
    private String focusedText() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                var a = document.activeElement;
                return !a || a === document.body ? 'the page' : (a.textContent.trim() || a.id)""");
    }

    @Test
    void theCaseFilesTabsAreOneStopOfTheTabKeyAndTheArrowsMoveAmongThem() {
        // PrimeFaces made each of the eight tabs a stop of its own before the first field of the chosen one.
        long id = Http.openCase("Pestaña" + java.util.UUID.randomUUID().toString().substring(0, 5), "Ana");
        browser.signInAt("/cases/file.xhtml?id=" + id, "caseworker");
        WebElement chosen = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#tabs\\:personTab']")));
        browser.wait.until(d -> "-1".equals(d.findElement(By.cssSelector("a[href='#tabs\\:immigrationTab']")).getAttribute("tabindex")));
        assertThat(chosen.getAttribute("tabindex")).isEqualTo("0");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", chosen);
        assertThat(focusedText()).isEqualTo("Person");

        // Tab goes into the chosen tab's panel, not to the next tab
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.TAB).perform();
        browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!document.activeElement.closest('[id=\"tabs:personTab\"]')"));

        // back into the list, and along it by arrow; Enter chooses, and the list's one stop follows the choice
        new org.openqa.selenium.interactions.Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        browser.wait.until(d -> "Person".equals(focusedText()));
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
        browser.wait.until(d -> "Immigration".equals(focusedText()));
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:immigrationTab")));
        browser.wait.until(d -> "0".equals(d.findElement(By.cssSelector("a[href='#tabs\\:immigrationTab']")).getAttribute("tabindex")));
        assertThat(browser.driver.findElement(By.cssSelector("a[href='#tabs\\:personTab']")).getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void aRefusedFormPutsTheFocusOnItsFirstRefusedField() {
        browser.signInAt("/cases/new.xhtml", "caseworker");
        WebElement open = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("intake:open")));
        open.sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake"), "Family name: is required"));
        browser.wait.until(d -> "intake:familyName".equals(focused()));
    }

    @Test
    void aStepDialogGivesTheFocusToTheFieldItRefusedAndBackToItsOpenerWhenClosed() {
        long id = CaseWorkflowIT.openCase(api, "1991-09-09");
        LocalDateTime now = LocalDateTime.now(CaseWorkflowIT.FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.CASEWORKER, id, "INTAKE", """
                {"immigrationStatus":"UNDOCUMENTED","detainerForm":"I_247A","detainerIssuedAt":"%s"}""".formatted(now.minusHours(2)));
        browser.signInAt("/cases/file.xhtml?id=" + id, "caseworker");
        WebElement complete = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#caseTasks .task-complete")));
        String opener = complete.getAttribute("id");
        complete.sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step:holdRelease_input")));

        // Completed without the release the jail confirms: the focus goes to that field, marked invalid.
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("step:completeStep"))).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "is required"));
        browser.wait.until(d -> "step:holdRelease_input".equals(focused()));
        assertThat(browser.driver.findElement(By.id("step:holdRelease_input")).getAttribute("aria-invalid")).isEqualTo("true");

        // Closed with Escape: the focus is back on the button that opened it, not at the top of the page.
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialog")));
        browser.wait.until(d -> opener.equals(focused()));
    }

    @Test
    void aSearchedListReadsOutHowManyCasesItHolds() {
        browser.signInAt("/cases/list.xhtml", "supervisor");
        WebElement search = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases:search")));
        search.sendKeys("zzqx");
        browser.wait.until(d -> "No cases match.".equals(d.findElement(By.id("amparoAnnounce")).getAttribute("textContent")));
        assertThat(browser.driver.findElement(By.id("amparoAnnounce")).getAttribute("role")).isEqualTo("status");
    }

    @Test
    void aSavedNoteLeavesTheFocusOnTheButtonThatSavedIt() {
        long id = CaseWorkflowIT.openCase(api, "1991-09-09");
        browser.signInAt("/cases/file.xhtml?id=" + id, "caseworker");
        browser.openTab("tabs:notesTab");
        browser.type("tabs:notes:text", "Called the family back");
        browser.driver.findElement(By.id("tabs:notes:addNote")).sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:notes"), "Called the family back"));
        browser.wait.until(d -> "tabs:notes:addNote".equals(focused()));
    }
}
