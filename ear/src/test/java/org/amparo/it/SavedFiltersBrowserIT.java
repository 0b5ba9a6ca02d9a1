package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved filter in use (issue 21): a supervisor saves the inbox's step filter from the page under a name, it is
 * kept on the server (the API lists it), and later applying it from "My saved filters" narrows the inbox to that step
 * (the step of the inbox's first task) again; deleting it from the page removes it. On the case list a saved filter's
 * values are the columns' own filters: their drop-downs show them, and changing or clearing one changes the list.
 */
class SavedFiltersBrowserIT extends BrowserTest {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void aFilterSavedFromTheInboxIsKeptAndAppliedAgainFromTheList() {
        String name = "One step " + System.nanoTime() % 100000;
        try {
            browser.signInAt("/tasks/inbox.xhtml", "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:table")));
            browser.wait.until(d -> !steps().isEmpty());
            String step = steps().get(0);
            browser.choose("tasks:stepFilter", step);
            browser.wait.until(d -> steps().stream().allMatch(step::equals));

            WebElement field = browser.driver.findElement(By.id("savedFilters:name"));
            field.sendKeys(name);
            browser.click(browser.driver.findElement(By.id("savedFilters:save")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedFilters:chosen_label"), name));
            String listed = Http.api().get("/api/v1/me/filters?page=TASKS", "Authorization", SUPERVISOR).body();
            assertThat(listed).contains(name, "\"step\":\"");

            // Another visit: every step again, then the saved filter from the list.
            browser.driver.get(Http.BASE + "/tasks/inbox.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:table")));
            browser.choose("savedFilters:chosen", name);
            browser.click(browser.driver.findElement(By.id("savedFilters:apply")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:stepFilter_label"), step));
            browser.wait.until(d -> !steps().isEmpty() && steps().stream().allMatch(step::equals));

            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("savedFilters:delete"))));
            browser.wait.until(d -> !Http.api().get("/api/v1/me/filters?page=TASKS", "Authorization", SUPERVISOR).body().contains(name));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("saved-filters");
            throw e;
        }
    }

    @Test
    void aSavedCaseListFilterShowsItsValuesInTheColumnDropDownsWhichThenFilterTheList() {
        String name = "Open conflicts " + System.nanoTime() % 100000;
        String narrower = "Open only " + System.nanoTime() % 100000;
        var saved = Http.api().postJson("/api/v1/me/filters", """
                {"page":"CASES","name":"%s","criteria":{"status":"OPEN","finding":"POLICY_CONFLICT"}}""".formatted(name),
                "Authorization", SUPERVISOR);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long id = Http.json(saved).getJsonNumber("id").longValue();
        String both = total("status=OPEN&finding=POLICY_CONFLICT");
        String open = total("status=OPEN");
        String all = total("");
        assertThat(both).as("the demo data has open policy conflicts, and other open cases").isNotEqualTo(open);
        try {
            browser.signInAt("/cases/list.xhtml", "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:table")));
            browser.wait.until(d -> all.equals(shownTotal()));
            browser.choose("savedFilters:chosen", name);
            browser.click(browser.driver.findElement(By.id("savedFilters:apply")));

            // The column drop-downs say what the list is narrowed by, and the list is narrowed by exactly that. Up to a
            // minute for the first answer: late in the PostgreSQL pass this apply once took over 20 s (not yet explained;
            // issue 20's note), and a slow answer is not what this test is about.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(60)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table:findingFilter_label"), "Policy conflict"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table:statusFilter_label"), "Open"));
            assertThat(browser.driver.findElement(By.id("cases:table:priorityFilter_label")).getText()).isEqualTo("All");
            browser.wait.until(d -> both.equals(shownTotal()));
            assertThat(browser.driver.findElements(By.id("errorMessage"))).as("no error page").isEmpty();

            // One criterion taken off from its column: the other one stays, and the list follows.
            browser.choose("cases:table:findingFilter", "All");
            browser.wait.until(d -> open.equals(shownTotal()));
            assertThat(browser.driver.findElement(By.id("cases:table:statusFilter_label")).getText()).isEqualTo("Open");

            // Saving now keeps what the list shows: the status, no finding.
            browser.driver.findElement(By.id("savedFilters:name")).sendKeys(narrower);
            browser.click(browser.driver.findElement(By.id("savedFilters:save")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedFilters:chosen_label"), narrower));
            var listed = Http.api().get("/api/v1/me/filters?page=CASES", "Authorization", SUPERVISOR);
            assertThat(Http.json(listed).getJsonArray("filters").stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(f -> narrower.equals(f.getString("name"))).map(f -> f.getJsonObject("criteria").toString()).toList())
                    .as(listed.body()).containsExactly("{\"status\":\"OPEN\"}");

            // Show everything: every drop-down back to All, every case listed.
            browser.choose("savedFilters:chosen", name);
            browser.click(browser.driver.findElement(By.id("savedFilters:apply")));
            browser.wait.until(d -> both.equals(shownTotal()));
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("savedFilters:clear"))));
            browser.wait.until(d -> all.equals(shownTotal()));
            assertThat(browser.driver.findElement(By.id("cases:table:statusFilter_label")).getText()).isEqualTo("All");
            assertThat(browser.driver.findElement(By.id("cases:table:findingFilter_label")).getText()).isEqualTo("All");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("saved-case-filter");
            throw e;
        } finally {
            Http.api().delete("/api/v1/me/filters/" + id, "Authorization", SUPERVISOR);
            Http.json(Http.api().get("/api/v1/me/filters?page=CASES", "Authorization", SUPERVISOR)).getJsonArray("filters").stream()
                    .map(jakarta.json.JsonValue::asJsonObject).filter(f -> narrower.equals(f.getString("name")))
                    .forEach(f -> Http.api().delete("/api/v1/me/filters/" + f.getJsonNumber("id").longValue(), "Authorization", SUPERVISOR));
        }
    }

    /** How many cases the API lists for the supervisor under these criteria, as the list's page report words it. */
    private static String total(String query) {
        var page = Http.json(Http.api().get("/api/v1/cases?size=1&" + query, "Authorization", SUPERVISOR));
        return (page.getBoolean("totalExact", true) ? "" : "more than ") + page.getJsonNumber("total").longValue();
    }

    /** The total the case list's page report shows ("1–25 of 37", "… of more than 1000: …"), or null while it has none. */
    private String shownTotal() {
        List<WebElement> report = browser.driver.findElements(By.cssSelector("#cases\\:table .ui-paginator-current"));
        if (report.isEmpty()) {
            return null;
        }
        var match = java.util.regex.Pattern.compile(" of (more than )?([\\d,]+)").matcher(report.get(0).getText());
        return match.find() ? (match.group(1) == null ? "" : match.group(1)) + match.group(2).replace(",", "") : null;
    }

    private List<String> steps() {
        return browser.driver.findElements(By.cssSelector("#tasks\\:table .task-step")).stream().map(WebElement::getText).toList();
    }
}
