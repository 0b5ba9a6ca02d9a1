package org.amparo.it;

import org.junit.jupiter.api.AfterEach;
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
class OpenCaseBrowserIT {

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        session = Browser.open();
        browser = session.driver;
        wait = session.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aCaseworkerOpensACaseThroughTheFormAndFindsItInTheList() {
        String family = "Demostración" + UUID.randomUUID().toString().substring(0, 6);
        session.signInAt("/cases/new.xhtml", "caseworker");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:familyName"))).sendKeys(family);
        browser.findElement(By.id("intake:givenNames")).sendKeys("Begoña");
        browser.findElement(By.id("intake:aNumber")).sendKeys("A-099-887-766");
        browser.findElement(By.id("intake:facilityId")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#intake\\:facilityId_items li[data-label^='Ejemplo County Jail']"))).click();
        browser.findElement(By.id("intake:dateOfBirth_input")).sendKeys("1988-03-14", Keys.TAB);
        browser.findElement(By.id("intake:open")).click();

        wait.until(ExpectedConditions.urlContains("/cases/list.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "opened"));

        WebElement search = browser.findElement(By.id("cases:search"));
        search.sendKeys(family.toUpperCase().replace("Ó", "O").substring(0, family.length() - 2));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), family));
        assertThat(browser.findElement(By.id("cases:table")).getText())
                .contains(family + ", Begoña")
                .contains("A-099-887-766")
                .contains("Intake");
    }

    @Test
    void invalidIntakeShowsTheFieldsToFixAndKeepsWhatWasTyped() {
        session.signInAt("/cases/new.xhtml", "caseworker");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:givenNames"))).sendKeys("Tomás");
        browser.findElement(By.id("intake:aNumber")).sendKeys("A-12");
        browser.findElement(By.id("intake:open")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake"), "is not an A-number"));
        String form = browser.findElement(By.id("intake")).getText();
        assertThat(form).contains("Family name: is required").contains("Facility: is required");
        assertThat(browser.findElement(By.id("intake:givenNames")).getAttribute("value")).isEqualTo("Tomás");
        assertThat(browser.getCurrentUrl()).contains("/cases/new.xhtml");
    }
}
