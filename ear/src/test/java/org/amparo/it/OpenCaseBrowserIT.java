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
        super.browser.signInAt("/cases/new.xhtml", "caseworker");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:familyName"))).sendKeys(family);
        driver.findElement(By.id("intake:givenNames")).sendKeys("Begoña");
        driver.findElement(By.id("intake:aNumber")).sendKeys("A-099-887-766");
        super.browser.choose("intake:facilityId", "Ejemplo County Jail");
        driver.findElement(By.id("intake:dateOfBirth_input")).sendKeys("1988-03-14", Keys.TAB);
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
                .contains("A-099-887-766")
                .contains("Intake");
    }

    @Test
    void invalidIntakeShowsTheFieldsToFixAndKeepsWhatWasTyped() {
        super.browser.signInAt("/cases/new.xhtml", "caseworker");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:givenNames"))).sendKeys("Tomás");
        driver.findElement(By.id("intake:aNumber")).sendKeys("A-12");
        driver.findElement(By.id("intake:open")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake"), "is not an A-number"));
        String form = driver.findElement(By.id("intake")).getText();
        assertThat(form).contains("Family name: is required").contains("Facility: is required");
        assertThat(driver.findElement(By.id("intake:givenNames")).getAttribute("value")).isEqualTo("Tomás");
        assertThat(driver.getCurrentUrl()).contains("/cases/new.xhtml");
    }
}
