package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.ThreadLocalRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator makes a team and gives it a member on the teams page, in a real browser: the team's panel with its
 * members and jurisdictions is drawn (PrimeFaces 15 refused the checkbox grid it had, so every Manage and every new
 * team ended on the error page, the new team saved all the same), and what is ticked is saved.
 */
class TeamsBrowserIT extends BrowserTest {

    @Test
    void anAdministratorMakesATeamAndGivesItAMemberOnThePage() {
        String name = "Equipo " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        browser.signInAt("/admin/teams.xhtml", "admin");
        browser.type("newTeam:name", name);
        browser.click(browser.driver.findElement(By.id("newTeam:create")));

        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team:members")));
        assertThat(browser.driver.findElement(By.cssSelector("#team h2")).getText()).isEqualTo(name);
        browser.click(browser.driver.findElement(By.xpath(
                "//*[@id='team:members']//label[contains(normalize-space(.), '(supervisor)')]")));
        browser.click(browser.driver.findElement(By.id("team:save")));
        browser.awaitStill();

        String teams = Http.api().get("/api/v1/admin/teams", "Authorization", basic("admin", Http.DEMO_PASSWORD)).body();
        jakarta.json.JsonObject team = jakarta.json.Json.createReader(new java.io.StringReader(teams)).readArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(t -> name.equals(t.getString("name")))
                .findFirst().orElseThrow();
        assertThat(team.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).as("the member ticked was saved").containsExactly("supervisor");
        assertThat(browser.driver.getPageSource()).doesNotContain("incident");
    }
}
