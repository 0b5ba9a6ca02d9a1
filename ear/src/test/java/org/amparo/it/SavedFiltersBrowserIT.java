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
 * (the step of the inbox's first task) again; deleting it from the page removes it.
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
    void aSavedCaseListFilterAppliedSaysWhatItShowsAndShowEverythingRemovesIt() {
        String name = "Open cases " + System.nanoTime() % 100000;
        var saved = Http.api().postJson("/api/v1/me/filters", """
                {"page":"CASES","name":"%s","criteria":{"status":"OPEN"}}""".formatted(name), "Authorization", SUPERVISOR);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long id = Http.json(saved).getJsonNumber("id").longValue();
        try {
            browser.signInAt("/cases/list.xhtml", "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:table")));
            browser.choose("savedFilters:chosen", name);
            browser.click(browser.driver.findElement(By.id("savedFilters:apply")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedFilters:appliedSummary"), "Open"));
            assertThat(browser.driver.findElements(By.id("errorMessage"))).as("no error page").isEmpty();

            browser.click(browser.driver.findElement(By.id("savedFilters:clear")));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("savedFilters:appliedSummary")));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("saved-case-filter");
            throw e;
        } finally {
            Http.api().delete("/api/v1/me/filters/" + id, "Authorization", SUPERVISOR);
        }
    }

    private List<String> steps() {
        return browser.driver.findElements(By.cssSelector("#tasks\\:table .task-step")).stream().map(WebElement::getText).toList();
    }
}
