package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy map (issue 15 item 5) in a real (headless Debian) Chromium, with no tile server: the address people are
 * told ({@code /amparo/map}) opens it, the demo counties are drawn in their policy's colour, the demo city is a marker,
 * the legend and the table say the same in words, and a click on a county opens its jurisdiction page.
 */
class MapBrowserIT extends BrowserTest {

    @Test
    void theDemoJurisdictionsAreColouredByPolicyAndAClickOnACountyOpensItsPage() {
        WebDriver driver = browser.driver;
        try {
            browser.signInAt("/map", "supervisor");
            browser.wait.until(ExpectedConditions.urlContains("/map.xhtml"));
            browser.wait.until(d -> {
                String drawn = d.findElement(By.id("policyMap")).getAttribute("data-drawn");
                return drawn != null && !drawn.isEmpty();
            });
            assertThat(driver.findElement(By.id("policyMap")).getAttribute("data-drawn")).as("the map was drawn").isNotEqualTo("failed");
            assertThat(driver.findElements(By.cssSelector("#policyMap path.amparo-map-county")).size())
                    .as("every county of the boundary files").isGreaterThan(3000);
            assertThat(driver.findElements(By.cssSelector("#policyMap path[d='null']")))
                    .as("a place the projection does not draw is left off, not drawn with no shape").isEmpty();

            WebElement ejemplo = driver.findElement(By.cssSelector("#policyMap a[data-fips='06029'] path"));
            assertThat(ejemplo.getAttribute("class")).contains("amparo-policy-LOCAL_NO_HOLDS");
            assertThat(fill(ejemplo)).as("local policy against holds").isEqualTo("rgb(127, 191, 123)");
            WebElement muestra = driver.findElement(By.cssSelector("#policyMap a[data-fips='48141'] path"));
            assertThat(fill(muestra)).as("no policy").isEqualTo("rgb(189, 189, 189)");
            WebElement prueba = driver.findElement(By.cssSelector("#policyMap a[data-fips='1714000'] circle"));
            assertThat(prueba.getAttribute("class")).as("a city is a marker").contains("amparo-policy-NO_HOLDS_NO_ACCESS_NO_NOTIFICATION");
            assertThat(driver.findElement(By.cssSelector("#policyMap a[data-fips='06029']")).getAttribute("aria-label"))
                    .contains("Ejemplo County (demo)", "Local policy against holds");

            String legend = driver.findElement(By.cssSelector(".amparo-legend")).getText();
            assertThat(legend).contains("No policy against holds", "State law or policy against holds", "Local policy against holds",
                    "State law requires honoring detainers");
            String table = driver.findElement(By.id("mapTableForm:mapTable")).getText();
            assertThat(table).contains("Ejemplo County (demo)", "06029", "Local policy against holds", "Prueba City (demo)");

            browser.click(ejemplo);
            browser.wait.until(ExpectedConditions.urlContains("/jurisdictions/view.xhtml"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jurisdictionName"), "Ejemplo County (demo)"));
            assertThat(driver.findElement(By.id("policy")).getText()).contains("Local policy against holds");
            assertThat(driver.findElement(By.id("facilities")).getText()).contains("Ejemplo County Jail (demo)");
            assertThat(driver.findElement(By.id("openCount")).getText()).matches("(?s).*\\d+.*");

            // A layer in the period: the same page with the figures, chosen with the form.
            driver.get(Http.BASE + "/map.xhtml?layer=heldPastExpiry");
            browser.wait.until(d -> d.findElement(By.id("policyMap")).getAttribute("data-drawn") != null);
            assertThat(driver.findElement(By.id("mapTableForm:mapTable")).getText()).contains("Cases held past expiry");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("policy-map");
            throw e;
        }
    }

    private String fill(WebElement shape) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return getComputedStyle(arguments[0]).fill;", shape);
    }
}
