package org.amparo.it;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screening panel of the case file in a real browser: priority, DACA and SCAAP with reasons, each hold's expiry
 * in the facility's time with a live countdown (red under 12 hours and once passed), the findings, the disclaimer,
 * and the same in Spanish. The demo data's cases are screened when they are written.
 */
class ScreeningPanelBrowserIT extends BrowserTest {

    private final Http api = Http.api();

    /** The cases the user who will open one may see (other suites' cases may sit where that user has no access). */
    private List<JsonObject> cases(String query, String user) {
        return Http.json(api.get("/api/v1/cases?size=500&" + query, "Authorization", basic(user, Http.DEMO_PASSWORD)))
                .getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    @Test
    void aHoldPastExpiryShowsRedWithTheFindingAndTheDisclaimer() {
        JsonObject held = cases("finding=HELD_PAST_EXPIRY&status=OPEN", "caseworker").stream().findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a case held past expiry"));
        browser.signInAt("/cases/file.xhtml?id=" + held.getJsonNumber("id").longValue(), "caseworker");

        WebElement panel = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".amparo-screening")));
        assertThat(panel.findElement(By.id("disclaimer")).getText()).isEqualTo("A screening for an attorney's review, not legal advice.");
        assertThat(panel.getText()).contains("Enforcement priority").contains("DACA (2012 guidelines)").contains("SCAAP")
                .contains("Held past expiry");
        WebElement countdown = panel.findElement(By.cssSelector(".hold-countdown.hold-passed"));
        browser.wait.until(d -> countdown.getText().startsWith("Expired"));
        assertThat(countdown.getAttribute("class")).contains("hold-urgent");
        assertThat(countdown.getCssValue("background-color")).isEqualTo("rgba(198, 40, 40, 1)");
    }

    @Test
    void aHoldFarFromExpiryCountsDownCalmlyInTheFacilitysTime() {
        Instant calm = Instant.now().plus(Duration.ofHours(13));
        JsonObject upcoming = cases("status=OPEN&sort=HOLD_EXPIRES_AT&asc=false", "caseworker").stream()
                .filter(c -> c.containsKey("holdExpiresAt") && Instant.parse(c.getString("holdExpiresAt")).isAfter(calm))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has holds expiring in days"));
        browser.signInAt("/cases/file.xhtml?id=" + upcoming.getJsonNumber("id").longValue(), "caseworker");

        WebElement countdown = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hold-countdown")));
        browser.wait.until(d -> countdown.getText().endsWith("left"));
        assertThat(countdown.getAttribute("class")).doesNotContain("hold-urgent");
        String zone = upcoming.getString("facilityTimeZone");
        assertThat(browser.driver.findElement(By.cssSelector(".amparo-hold")).getText()).contains("(" + zone + ")");
    }

    @Test
    void theSpanishLocaleShowsTheScreeningInSpanish() {
        long id = cases("finding=POLICY_CONFLICT", "attorney").get(0).getJsonNumber("id").longValue();
        browser.signInAt("/cases/file.xhtml?id=" + id, "attorney");
        browser.speak("en"); // the language is remembered per user: start from English whatever an earlier run left
        try {
            browser.speak("es");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".amparo-screening"), "Evaluación"));
            WebElement panel = browser.driver.findElement(By.cssSelector(".amparo-screening"));
            assertThat(panel.getText()).contains("Prioridad de deportación").contains("Contra la política local")
                    .contains("no asesoría legal").contains("la cárcel cumplió una retención");
        } finally {
            browser.speak("en");
        }
    }

    @Test
    void theCaseListFiltersByFindingAndOpensTheCaseFile() {
        browser.signInAt("/cases/list.xhtml", "supervisor");
        // (The demo cases are of this year: under EO-2025-01-20 none is a non-priority target; policy conflicts remain.)
        browser.choose("cases:table:findingFilter", "Policy conflict");
        // On the PostgreSQL pass the list holds every suite's cases: give the filtered table time to be drawn again.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#cases\\:table_data tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("Policy conflict"));
        });
        long expected = Http.json(api.get("/api/v1/cases?size=1&finding=POLICY_CONFLICT", "Authorization", basic("supervisor", Http.DEMO_PASSWORD)))
                .getJsonNumber("total").longValue();
        assertThat(browser.driver.findElements(By.cssSelector("#cases\\:table_data tr"))).hasSize((int) Math.min(25, expected));

        browser.driver.findElement(By.cssSelector("#cases\\:table_data tr a")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".amparo-screening")));
        assertThat(browser.driver.findElement(By.cssSelector(".amparo-screening")).getText()).contains("Policy conflict")
                .contains("Judged as of").contains("EO-2025-01-20").contains("priority offers this person no protection");
    }
}
