package org.amparo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The task inbox and the process view in a real browser: a caseworker completes intake with its form in a dialog
 * (a missing fact keeps the dialog open and names the field), the menu counts the inbox, and the case file draws the
 * deployed BPMN with the current step marked, beside the step history (on a phone large enough to read, in a frame
 * that scrolls sideways, scrolled to the current step).
 */
class WorkflowBrowserIT extends BrowserTest {

    private final Http api = Http.api();

    @Test
    void aCaseworkerCompletesIntakeInTheInboxDialog() {
        long id = CaseWorkflowIT.openCase(api, "1991-09-09");
        browser.signInAt("/tasks/inbox.xhtml", "caseworker");
        WebElement menu = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu:menuTasks")));
        assertThat(menu.getText()).matches(".*\\(\\d+\\).*");

        WebElement row = rowOfCase(id);
        assertThat(row.getText()).contains("Intake").contains("Noemí Ensayo");
        row.findElement(By.cssSelector(".task-complete")).click();
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialog")));
        browser.wait.until(ExpectedConditions.textToBePresentInElement(dialog, "Intake"));

        browser.click(dialog.findElement(By.id("step:completeStep")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "screening needs it"));
        assertThat(browser.driver.findElement(By.id("step")).getText()).contains("Immigration status: is required");
        assertThat(active(id)).containsExactly("intake");

        browser.choose("step:immigrationStatus", "Undocumented");
        browser.click(browser.driver.findElement(By.id("step:completeStep")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Task completed"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialog")));
        assertThat(active(id)).contains("attorneyReferral");
    }

    @Test
    void theCaseFileDrawsTheDeployedProcessWithTheCurrentStepAndTheHistory() {
        long id = CaseWorkflowIT.openCase(api, "1991-09-09");
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.CASEWORKER, id, "INTAKE", "{\"immigrationStatus\":\"UNDOCUMENTED\"}");
        browser.signInAt("/cases/file.xhtml?id=" + id, "supervisor");

        WebElement canvas = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bpmnCanvas")));
        browser.wait.until(ExpectedConditions.attributeToBe(canvas, "data-rendered", "true"));
        List<WebElement> current = canvas.findElements(By.cssSelector("[data-element-id='attorneyReferral'].bpmn-active"));
        assertThat(current).hasSize(1);
        assertThat(canvas.findElements(By.cssSelector("[data-element-id='intake'].bpmn-done"))).hasSize(1);
        assertThat(canvas.findElements(By.cssSelector("[data-element-id='holdWatch']"))).isNotEmpty();
        assertThat(canvas.getAttribute("class")).as("at desktop width the whole process, in no scrolling frame")
                .doesNotContain("amparo-bpmn-scroll");
        assertThat(canvas.getAttribute("tabindex")).isNull();
        assertThat(canvas.getAttribute("role")).isNull();
        assertThat(canvas.getSize().getHeight()).isBetween(455, 465);
        String history = browser.driver.findElement(By.cssSelector(".amparo-history")).getText();
        assertThat(history).contains("Intake").contains("caseworker").contains("Intake complete").contains("Attorney referral");
    }

    /**
     * What the diagram's words cross, in the diagram's own units: a name over another name, over a step, event or
     * gateway, across a sub-process's border, or across an arrow (sampled every two units along each arrow), each
     * allowed two units of touching. Empty when the diagram reads cleanly.
     */
    private static final String CROSSED_WORDS = """
            var canvas = arguments[0], viewport = canvas.querySelector('g.viewport');
            var m = viewport.getScreenCTM(), scale = m.a, TOL = 2;
            function box(r) { return {x: (r.left - m.e) / scale, y: (r.top - m.f) / scale, w: r.width / scale, h: r.height / scale}; }
            function hit(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
            function within(a, b) { return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h; }
            var labels = [], shapes = [], arrows = [];
            canvas.querySelectorAll('g.djs-element[data-element-id]').forEach(function (g) {
              var id = g.getAttribute('data-element-id'), visual = g.querySelector(':scope > .djs-visual');
              if (!visual) return;
              if (/_label$/.test(id)) {
                var lines = Array.from(visual.querySelectorAll('tspan')).map(function (t) { return box(t.getBoundingClientRect()); })
                    .filter(function (r) { return r.w > 0; })
                    .map(function (r) { return {x: r.x + TOL, y: r.y + TOL, w: r.w - 2 * TOL, h: r.h - 2 * TOL}; });
                if (lines.length) labels.push({id: id, lines: lines, text: Array.from(visual.querySelectorAll('tspan'))
                    .map(function (t) { return t.textContent; }).join(' ')});
              } else if (g.classList.contains('djs-connection')) {
                var path = visual.querySelector('path'), length = path.getTotalLength(), points = [];
                var pm = path.getScreenCTM();
                for (var at = 0; at <= length; at += 2) {
                  var p = path.getPointAtLength(at);
                  points.push({x: (pm.a * p.x + pm.c * p.y + pm.e - m.e) / scale, y: (pm.b * p.x + pm.d * p.y + pm.f - m.f) / scale});
                }
                arrows.push({id: id, points: points});
              } else if (visual.firstElementChild) {
                shapes.push({id: id, box: box(visual.firstElementChild.getBoundingClientRect())});
              }
            });
            // a sub-process holds steps of its own: words may sit inside it, not across its border
            shapes.forEach(function (s) {
              s.container = shapes.some(function (o) { return o !== s && within(o.box, s.box); });
            });
            var crossed = [];
            labels.forEach(function (l, i) {
              function note(what) { if (crossed.indexOf(l.text + ' × ' + what) < 0) crossed.push(l.text + ' × ' + what); }
              l.lines.forEach(function (line) {
                labels.forEach(function (o, j) { if (j > i && o.lines.some(function (b) { return hit(line, b); })) note(o.text); });
                shapes.forEach(function (s) {
                  if (s.container ? hit(line, s.box) && !within(line, s.box) : hit(line, s.box)) note(s.id);
                });
                arrows.forEach(function (a) {
                  if (a.points.some(function (p) { return p.x > line.x && p.x < line.x + line.w && p.y > line.y && p.y < line.y + line.h; })) note(a.id);
                });
              });
            });
            return crossed;""";

    @Test
    void theProcessDiagramsWordsCrossNoStepArrowOrOtherWordsInEitherLanguage() {
        long id = CaseWorkflowIT.openCase(api, "1991-09-09");
        browser.signInAt("/cases/file.xhtml?id=" + id, "supervisor");
        browser.speak("en"); // the language is remembered per user: start from English whatever an earlier run left
        try {
            for (String language : List.of("en", "es")) {
                browser.speak(language);
                WebElement canvas = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bpmnCanvas")));
                browser.wait.until(ExpectedConditions.attributeToBe(canvas, "data-rendered", "true"));
                // bpmn-js places a name it has no place for under its element, where "Still held?" sat on its "no"
                Object crossed = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(CROSSED_WORDS, canvas);
                assertThat((List<?>) crossed).as(language + ": the diagram's words that cross something").isEmpty();
            }
        } finally {
            browser.speak("en");
        }
    }

    @Test
    void onAPhoneTheProcessIsDrawnLargeEnoughToReadAndScrolledToTheCurrentStep() {
        long id = CaseWorkflowIT.openCase(api, "1991-09-09");
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.CASEWORKER, id, "INTAKE", "{\"immigrationStatus\":\"UNDOCUMENTED\"}");
        browser.driver.manage().window().setSize(AccessibilityBrowserIT.PHONE);
        browser.signInAt("/cases/file.xhtml?id=" + id, "supervisor");

        WebElement canvas = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bpmnCanvas")));
        browser.wait.until(ExpectedConditions.attributeToBe(canvas, "data-rendered", "true"));
        // Fitted whole into a phone's width, the process was drawn at a fifth of its size, its words unreadable.
        Object scale = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return arguments[0].querySelector('g.viewport').transform.baseVal.consolidate().matrix.a;", canvas);
        assertThat(((Number) scale).doubleValue()).as("the drawing's scale").isGreaterThanOrEqualTo(0.5);
        assertThat(canvas.getAttribute("role")).isEqualTo("region");
        assertThat(canvas.getAttribute("aria-label")).isEqualTo("Diagram of the case's process");
        assertThat(canvas.getAttribute("tabindex")).as("the frame scrolls by keyboard too").isEqualTo("0");
        Object fits = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                var frame = arguments[0].getBoundingClientRect();
                var step = arguments[0].querySelector("[data-element-id='attorneyReferral']").getBoundingClientRect();
                return [arguments[0].scrollWidth > arguments[0].clientWidth, step.left >= frame.left && step.right <= frame.right,
                        document.documentElement.scrollWidth <= window.innerWidth];""", canvas);
        assertThat(fits).as("the frame scrolls sideways; the current step is in view; the page itself does not scroll")
                .isEqualTo(List.of(true, true, true));
        assertThat(canvas.findElements(By.cssSelector("[data-element-id='attorneyReferral'].bpmn-active"))).hasSize(1);

        // A phone on its side: the drawing (503 px high) is taller than the screen; the frame keeps to most of the
        // screen's height, scrolls downwards too, and still shows the current step.
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(844, 390));
        browser.wait.until(d -> canvas.getAttribute("class").contains("amparo-bpmn-tall"));
        Object sideways = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                var frame = arguments[0].getBoundingClientRect();
                var step = arguments[0].querySelector("[data-element-id='attorneyReferral']").getBoundingClientRect();
                return [frame.height <= window.innerHeight * 0.8 + 1, arguments[0].scrollHeight > arguments[0].clientHeight,
                        step.left >= frame.left && step.right <= frame.right && step.top >= frame.top && step.bottom <= frame.bottom];""",
                canvas);
        assertThat(sideways).as("the frame fits the screen's height; it scrolls downwards; the current step is in view")
                .isEqualTo(List.of(true, true, true));

        // Turned to a wide screen, the whole process is drawn again in the page's frame, no longer a region to scroll.
        browser.driver.manage().window().setSize(AccessibilityBrowserIT.DESKTOP);
        browser.wait.until(d -> !canvas.getAttribute("class").contains("amparo-bpmn-scroll"));
        assertThat(canvas.getAttribute("role")).isNull();
        assertThat(canvas.getAttribute("tabindex")).isNull();
        assertThat(canvas.getAttribute("class")).doesNotContain("amparo-bpmn-tall");
    }

    @Test
    void aCaseworkerCompletesTheCasesOpenTaskOnTheCaseFile() {
        long id = CaseWorkflowIT.openCase(api, "1993-03-03");
        browser.signInAt("/cases/file.xhtml?id=" + id, "caseworker");
        WebElement tasks = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTasks:openTasks")));
        assertThat(tasks.getText()).contains("Intake");
        browser.click(tasks.findElement(By.cssSelector(".task-complete")));
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialog")));
        browser.wait.until(ExpectedConditions.textToBePresentInElement(dialog, "Intake"));
        // what the case already knows is shown, not asked for again: the birth date given when the case was opened
        assertThat(browser.driver.findElement(By.id("step:dateOfBirth_input")).getAttribute("value")).contains("1993");
        browser.choose("step:immigrationStatus", "Undocumented");
        browser.click(browser.driver.findElement(By.id("step:completeStep")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Task completed"));
        assertThat(active(id)).contains("attorneyReferral");
        assertThat(browser.driver.findElement(By.id("caseTasks:openTasks")).getText()).doesNotContain("Intake");
    }

    @Test
    void anAnswerOnFileSetBackToUnknownInAStepIsRefusedByItsFieldNotSilentlyKept() {
        long id = CaseWorkflowIT.openCase(api, "1993-03-03");
        int version = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", CaseWorkflowIT.CASEWORKER))
                .getJsonObject("person").getInt("version");
        assertThat(api.putJson("/api/v1/cases/" + id + "/immigration", "{\"version\":%d,\"immigrationStatus\":\"UNDOCUMENTED\"}"
                .formatted(version), "Authorization", CaseWorkflowIT.CASEWORKER).statusCode()).isEqualTo(200);
        browser.signInAt("/cases/file.xhtml?id=" + id, "caseworker");
        WebElement tasks = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTasks:openTasks")));
        browser.click(tasks.findElement(By.cssSelector(".task-complete")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stepDialog"), "Intake"));
        // the birth date on file, emptied: a step adds what it learnt and clears nothing, so it would have been kept
        WebElement born = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step:dateOfBirth_input")));
        born.clear();
        // and the immigration status on file set back to "Choose…", which was kept without a word; with a first entry next year and a residence date that is no date: every refusal at once, the unreadable
        // date's (JSF's, before the page hears of the form) with the others
        browser.choose("step:immigrationStatus", "Choose…");
        browser.type("step:firstEntry_input", java.time.LocalDate.now().plusYears(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        browser.type("step:continuousResidenceSince_input", "13/45/2001");
        browser.click(browser.driver.findElement(By.id("step:completeStep")));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step"), "Date of birth: is on file"));
        assertThat(browser.driver.findElement(By.id("step")).getText()).contains("change it on the case file")
                .contains("Immigration status: is on file")
                .contains("First entry into the US: must be in the past")
                .contains("Continuous residence since: there is no month 13: write it as MM/DD/YYYY");
        // and each beside its own field too, where a phone's reader is when the focus goes there
        assertThat(browser.driver.findElement(By.cssSelector(".field:has([id='step:firstEntry']) .ui-message-error")).getText())
                .contains("must be in the past");
        // each read out once, beside its field: the list at the top, which repeats them for the eye, is no alert too
        assertThat(browser.driver.findElements(By.cssSelector("[id='step:stepMessages'] [role=alert]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[id='step:stepMessages'] li"))).hasSizeGreaterThanOrEqualTo(3);
        // the dialog's list of refusals is a list a screen reader reads as one (PrimeFaces' made each item an alert,
        // which a list may not hold: axe's "list" rule), and the rest of the dialog passes axe as it stands
        assertThat(AccessibilityBrowserIT.axe(browser, "the step dialog after its refusals", "'#stepDialog'")).isEmpty();
        assertThat(active(id)).containsExactly("intake");
    }

    @Test
    void theIceHoldChecksReleaseTimeIsRefusedBesideItselfNotOnlyAtTheTopOfTheDialog() {
        // A walk found its field marked invalid with no words beside it: on a phone the list at the dialog's top is a
        // screen away from the field.
        long id = CaseWorkflowIT.openCase(api, null);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(CaseWorkflowIT.FACILITY_ZONE).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1988-06-06","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":true}"""
                .formatted(now.minusHours(5), now.plusHours(40), now.minusHours(1)));
        browser.signInAt("/cases/file.xhtml?id=" + id, "caseworker");
        WebElement tasks = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTasks:openTasks")));
        browser.click(tasks.findElement(By.cssSelector(".task-complete")));
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialog")));
        browser.wait.until(ExpectedConditions.textToBePresentInElement(dialog, "ICE-hold check"));
        // the dialog is named for what it is for, not by its button's word alone
        assertThat(dialog.findElement(By.cssSelector(".ui-dialog-title")).getText()).isEqualTo("Complete a step");
        browser.type("step:holdRelease_input", "02/30/2027 10:00");
        browser.click(browser.driver.findElement(By.id("step:completeStep")));
        WebElement beside = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field:has([id='step:holdRelease']) .ui-message-error")));
        assertThat(beside.getText()).contains("Scheduled release").contains("has no day 30");
        assertThat(active(id)).contains("iceHoldCheck");
    }

    @Test
    void attorneysAndSupervisorsSortTheInboxByEachColumnWithoutAnError() {
        long referred = CaseWorkflowIT.openCase(api, "1991-09-09");
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.CASEWORKER, referred, "INTAKE", "{\"immigrationStatus\":\"UNDOCUMENTED\"}");
        long answered = CaseWorkflowIT.openCase(api, "1992-10-10");
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.CASEWORKER, answered, "INTAKE", "{\"immigrationStatus\":\"UNDOCUMENTED\"}");
        CaseWorkflowIT.completeOk(api, CaseWorkflowIT.SUPERVISOR, answered, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        for (String user : List.of("supervisor", "attorney")) {
            try (Browser b = Browser.open()) {
                b.signInAt("/tasks/inbox.xhtml", user);
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:table")));
                int columns = b.driver.findElements(By.cssSelector("#tasks\\:table th.ui-sortable-column")).size();
                assertThat(columns).as(user + "'s sortable columns").isGreaterThanOrEqualTo(6);
                for (int i = 0; i < columns; i++) {
                    for (String direction : List.of("ascending", "descending")) {
                        int column = i;
                        WebElement header = b.driver.findElements(By.cssSelector("#tasks\\:table th.ui-sortable-column")).get(column);
                        String label = header.getText();
                        // The title, not the cell's middle: two headers hold a filter box, and a click there only focuses it.
                        b.click(header.findElement(By.cssSelector(".ui-column-title")));
                        b.wait.until(d -> direction.equals(d.findElements(By.cssSelector("#tasks\\:table th.ui-sortable-column"))
                                .get(column).getAttribute("aria-sort")));
                        String page = b.driver.findElement(By.tagName("body")).getText();
                        assertThat(page).as(user + " sorting by " + label + " " + direction)
                                .doesNotContain("Something went wrong");
                        assertThat(b.driver.findElements(By.cssSelector("#tasks\\:table_data tr"))).isNotEmpty();
                    }
                }
                if (user.equals("supervisor")) {
                    b.choose("tasks:stepFilter", "Attorney referral");
                    b.wait.until(d -> {
                        List<WebElement> steps = d.findElements(By.cssSelector("#tasks\\:table_data tr .task-step"));
                        return !steps.isEmpty() && steps.stream().allMatch(e -> e.getText().equals("Attorney referral"));
                    });
                }
            }
        }
    }

    private List<String> active(long caseId) {
        return Http.json(api.get("/api/v1/cases/" + caseId + "/process", "Authorization", CaseWorkflowIT.SUPERVISOR))
                .getJsonArray("active").getValuesAs(JsonString::getString);
    }

    private WebElement rowOfCase(long id) {
        browser.driver.findElement(By.id("tasks:table:colCase:filter")).sendKeys(String.valueOf(id));
        // wait until the filtered table shows only this case's task, then take its row
        browser.wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#tasks\\:table_data tr"));
            return rows.size() == 1 && !rows.get(0).findElements(By.linkText(String.valueOf(id))).isEmpty();
        });
        return browser.driver.findElement(By.cssSelector("#tasks\\:table_data tr"));
    }
}
