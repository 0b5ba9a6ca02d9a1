package org.amparo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page, as each role that may open it, at desktop (1366 px) and phone (390 px) width, in English and Spanish, is
 * checked with axe-core (the copy bundled in Deque's {@code com.deque.html.axe-core:selenium} from Maven Central): no
 * violation of any impact, minor ones included (at phone width in English: the layout is the same in Spanish), and at
 * phone width nothing scrolls sideways (in both languages). The pages are the {@code .xhtml} files of the web module,
 * so a new page is walked without touching this test. One signed-in browser per role; the language is switched with
 * the menu's language buttons (the user's remembered setting), and switched back to English at the end.
 * Also: the sign-in pages in both languages, {@code html lang}, the skip link, dialogs that close with Escape, and
 * required fields marked.
 */
@Tag("slow")
class AccessibilityBrowserIT {

    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final List<String> LANGUAGES = List.of("en", "es");
    /** The roles whose walks check every page they may open; the longest walks first. */
    static final List<String> ROLES = List.of("admin", "supervisor", "caseworker", "attorney", "staff");
    /**
     * How many roles' browsers walk at once (-Damparo.it.a11yBrowsers; 1 by default: under the whole suite's load a second
     * browser saved no time on two cores, and made each axe run slow enough to time out).
     */
    static final int BROWSERS = Integer.getInteger("amparo.it.a11yBrowsers", 1);
    /** How long one axe run may take: the heaviest page, at phone width, under load. */
    static final Duration AXE_TIMEOUT = Duration.ofSeconds(180);
    /** Pages that are not opened signed in: checked by {@link #theSignInPagesAreAccessible()}. */
    static final Set<String> SIGNED_OUT = Set.of("login.xhtml", "login-error.xhtml");

    private static String axeSource;
    private static List<String> pages;
    private static long caseId;
    private static long jurisdictionId;
    /** Pages each role rendered (not refused, not sent elsewhere): every page must be checked by some role. */
    private static final Map<String, Set<String>> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> WALKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The role that checks each page whole (both languages, both widths): the first to open it, in {@link #ROLES}'
     * order. Every other role that may open the page checks how it renders for them at desktop width in English: what
     * differs between roles is which controls and menus a page shows, not its language or layout.
     */
    private static final Map<String, String> FULL = new java.util.concurrent.ConcurrentHashMap<>();
    /** How long each page's checks took (both widths), for the figures printed after the walks. */
    private static final Map<String, Long> MILLIS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void loadAxeAndListPages() throws IOException {
        axeSource();
        Path webapp = Path.of(System.getProperty("amparo.it.webapp", "../web/src/main/webapp"));
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/"))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(pages).contains("cases/list.xhtml", "cases/file.xhtml", "tasks/inbox.xhtml", "login.xhtml");
        JsonObject list = Http.json(Http.api().get("/api/v1/cases?size=1&sort=HOLD_EXPIRES_AT&asc=false",
                "Authorization", Http.basic("supervisor", Http.DEMO_PASSWORD)));
        caseId = list.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        // A document on it, so that its Documents tab shows the form that attaches a document as checklist evidence
        // (shown only for a case with a document, held in a jurisdiction: the demo's cases are).
        HttpResponse<String> document = Http.api().postBytes("/api/v1/cases/" + caseId + "/documents?fileName=scan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "application/pdf",
                "Authorization", Http.basic("supervisor", Http.DEMO_PASSWORD));
        assertThat(document.statusCode()).as(document.body()).isEqualTo(201);
        // A demo county with facilities, cases and a policy, for the jurisdiction page.
        jurisdictionId = Http.json(Http.api().get("/api/v1/map/jurisdictions", "Authorization",
                Http.basic("supervisor", Http.DEMO_PASSWORD))).getJsonObject("jurisdictions").getJsonObject("06029")
                .getJsonNumber("id").longValue();
    }

    /**
     * The five roles' walks, each in its own signed-in browser, {@link #BROWSERS} at a time (the longest walks first, so
     * that the last one to start is short): each walk checks every page it may open, whole (both languages, both widths)
     * if it is the first role to open it, else as that role sees it at desktop width in English ({@link #FULL}); no two
     * walks share an account (a role's language is its account's remembered setting). The class's other tests never run
     * beside the walks (JUnit runs them one after another).
     */
    @Test
    void everyPageARoleMayOpenIsAccessibleAtDesktopAndPhoneWidthInBothLanguages() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        Map<String, Future<List<String>>> walks = new LinkedHashMap<>();
        try {
            for (String role : ROLES) {
                walks.put(role, pool.submit(() -> walk(role)));
            }
            List<String> problems = new ArrayList<>();
            AssertionError failed = null;
            for (Map.Entry<String, Future<List<String>>> walk : walks.entrySet()) {
                try {
                    problems.addAll(walk.getValue().get());
                } catch (ExecutionException e) {
                    AssertionError error = new AssertionError("the walk as " + walk.getKey() + " failed: " + e.getCause(), e.getCause());
                    if (failed == null) {
                        failed = error;
                    } else {
                        failed.addSuppressed(error);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
            assertThat(problems).as("accessibility problems:\n" + String.join("\n", problems)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One role's walk: every page it may open, in both languages at both widths; the problems found. */
    private List<String> walk(String role) {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            browser.driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
            browser.signInAt("/account/password.xhtml", role);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
            try {
                for (String language : LANGUAGES) {
                    switchLanguage(browser, language);
                    for (String page : pages) {
                        if (SIGNED_OUT.contains(page)) {
                            continue;
                        }
                        String owner = FULL.get(page);
                        if (owner != null && !owner.equals(role) && !language.equals(LANGUAGES.get(0))) {
                            continue; // the role that checks it whole has it in this language
                        }
                        String path = "/" + page + ("cases/file.xhtml".equals(page) || "cases/print.xhtml".equals(page) ? "?id=" + caseId
                                : "jurisdictions/view.xhtml".equals(page) ? "?id=" + jurisdictionId : "");
                        browser.driver.get(Http.BASE + path);
                        settle(browser);
                        String where = role + " " + language + " " + path;
                        if (!browser.driver.getCurrentUrl().contains("/" + page)) {
                            continue; // sent on to another page (the welcome page, staff on the case list)
                        }
                        String status = errorStatus(browser);
                        if ("403".equals(status)) {
                            continue; // not this role's page
                        }
                        if (status != null && !"error.xhtml".equals(page)) {
                            problems.add(where + ": the error page (" + status + ") instead of the page");
                            continue;
                        }
                        CHECKED.computeIfAbsent(page, p -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(role);
                        String lang = (String) js(browser).executeScript("return document.documentElement.lang");
                        if (!language.equals(lang)) {
                            problems.add(where + ": <html lang> is '" + lang + "', not '" + language + "'");
                        }
                        // Every tab of a tab view at once (the case file's seven): shown together for the check, as
                        // each would be when opened, then put back.
                        js(browser).executeScript("""
                                document.querySelectorAll('.ui-tabs-panel.ui-helper-hidden').forEach(function (p) {
                                    p.classList.remove('ui-helper-hidden'); p.removeAttribute('aria-hidden');
                                    p.setAttribute('data-a11y-shown', 'true');
                                });""");
                        // Words, not codes: the text a person reads or hears (every tab's), free of enum names and task ids.
                        // The rendered text, a line or table cell at a time, and the names that are read out.
                        String text = (String) js(browser).executeScript("""
                                var parts = [document.body.innerText];
                                document.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach(function (e) {
                                    ['aria-label', 'title', 'placeholder', 'alt'].forEach(function (a) {
                                        var v = e.getAttribute(a); if (v) { parts.push(v); }
                                    });
                                });
                                return parts.join('\\n');""");
                        List<String> texts = List.of(text.split("[\\n\\t]"));
                        List<String> codes = CodeNames.inPage(texts);
                        if (!codes.isEmpty()) {
                            problems.add(where + ": codes where words belong: " + codes.stream().distinct().limit(6).toList());
                        }
                        boolean whole = role.equals(FULL.computeIfAbsent(page, p -> role));
                        long began = System.nanoTime();
                        if (whole) {
                            checkBothWidths(browser, where, problems, language.equals(LANGUAGES.get(0)));
                        } else {
                            checkDesktop(browser, where, problems);
                        }
                        MILLIS.put(where, (System.nanoTime() - began) / 1_000_000);
                        js(browser).executeScript("""
                                document.querySelectorAll('[data-a11y-shown]').forEach(function (p) {
                                    p.classList.add('ui-helper-hidden'); p.setAttribute('aria-hidden', 'true');
                                    p.removeAttribute('data-a11y-shown');
                                });""");
                    }
                }
                WALKED.add(role);
            } finally {
                switchLanguage(browser, "en");
            }
        }
        return problems;
    }

    /** After the walks of all five roles: every page was checked by at least one of them. */
    @AfterAll
    static void everyPageWasChecked() {
        if (!MILLIS.isEmpty()) {
            System.out.printf("AccessibilityBrowserIT: %d page checks in %d s; the slowest: %s%n", MILLIS.size(),
                    MILLIS.values().stream().mapToLong(Long::longValue).sum() / 1000,
                    MILLIS.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                            .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
        }
        if (WALKED.size() < ROLES.size()) {
            return; // some roles' walks were not run (a single test chosen) or failed on their own
        }
        Set<String> expected = new LinkedHashSet<>(pages);
        expected.removeAll(SIGNED_OUT);
        expected.remove("home.xhtml"); // the welcome page only ever sends a signed-in user on to their first page
        assertThat(CHECKED.keySet()).as("pages checked by some role").containsAll(expected);
    }

    @Test
    void theSignInPagesAreAccessible() {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            try (Browser browser = Browser.open(language)) {
                browser.driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
                browser.driver.get(Http.BASE + "/login.xhtml");
                settle(browser);
                assertThat(js(browser).executeScript("return document.documentElement.lang")).isEqualTo(language);
                checkBothWidths(browser, "signed out " + language + " /login.xhtml", problems, language.equals(LANGUAGES.get(0)));
                browser.driver.get(Http.BASE + "/login-error.xhtml");
                settle(browser);
                checkBothWidths(browser, "signed out " + language + " /login-error.xhtml", problems, language.equals(LANGUAGES.get(0)));
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theSkipLinkLeadsPastTheMenuAndDialogsCloseWithEscape() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            browser.driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
            browser.signInAt("/tasks/inbox.xhtml", "supervisor");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks:table")));
            settle(browser);

            // The first Tab reaches the skip link; following it puts the focus in the page's content, past the menu.
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            assertThat(focused.getAttribute("class")).as("first tab stop").contains("amparo-skip");
            assertThat(focused.getText()).isEqualTo("Skip to content");
            focused.sendKeys(Keys.ENTER);
            browser.wait.until(d -> Boolean.TRUE.equals(js(browser).executeScript(
                    "return document.getElementById('content').contains(document.activeElement)")));

            // A dialog opens, passes axe, and closes with Escape.
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tasks\\:table .task-complete"))));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepDialog")));
            settle(browser);
            problems.addAll(axe(browser, "supervisor en /tasks/inbox.xhtml with the step dialog open", "'#stepDialog'"));
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialog")));

            // The case file's dialogs too.
            browser.driver.get(Http.BASE + "/cases/file.xhtml?id=" + caseId);
            settle(browser);
            // (the walk checked its Documents tab with the form for checklist evidence, which only a case with a document shows)
            assertThat(browser.driver.findElements(By.id("tabs:documentEvidence"))).as("the evidence form on the walk's case").isNotEmpty();
            browser.openTab("tabs:criminalTab");
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$='addCharge']"))));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chargeDialog")));
            settle(browser);
            problems.addAll(axe(browser, "supervisor en /cases/file.xhtml with the charge dialog open", "'#chargeDialog'"));
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("chargeDialog")));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void requiredFieldsAreMarkedForEyesAndScreenReaders() {
        try (Browser browser = Browser.open()) {
            browser.signInAt("/cases/new.xhtml", "caseworker");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("intake:familyName")));
            // the intake's two required fields (OpenCaseCommand): a visible marker on the label, announced as required
            for (String control : List.of("intake:familyName", "intake:facilityId_input")) {
                WebElement label = browser.driver.findElement(By.cssSelector("label[for='" + control + "']"));
                assertThat(label.findElements(By.cssSelector(".ui-outputlabel-rfi"))).as("a visible marker on " + control).isNotEmpty();
                assertThat(browser.driver.findElement(By.id(control)).getAttribute("aria-required")).as(control).isEqualTo("true");
            }
            WebElement optional = browser.driver.findElement(By.cssSelector("label[for='intake:givenNames']"));
            assertThat(optional.findElements(By.cssSelector(".ui-outputlabel-rfi"))).as("given names are optional").isEmpty();
        }
    }

    private static void switchLanguage(Browser browser, String language) {
        String button = "menu:lang" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
        if (browser.driver.findElements(By.id("menu")).isEmpty()) {
            browser.driver.get(Http.BASE + "/account/password.xhtml");
        }
        List<WebElement> buttons = browser.driver.findElements(By.id(button));
        if (!buttons.isEmpty()) {
            browser.click(buttons.get(0));
            browser.wait.until(d -> language.equals(js(browser).executeScript("return document.documentElement.lang"))
                    || d.findElements(By.id(button)).isEmpty());
        }
    }

    private static void checkDesktop(Browser browser, String where, List<String> problems) {
        browser.driver.manage().window().setSize(DESKTOP);
        settle(browser);
        problems.addAll(axe(browser, where + " @1366"));
        Object titles = js(browser).executeScript("return document.querySelectorAll('h1').length;");
        if (!Long.valueOf(1).equals(titles)) {
            problems.add(where + ": " + titles + " h1 headings, where a page has one, its title");
        }
    }

    /**
     * axe at desktop width, then at phone width the page must not scroll sideways, and with {@code axeAtPhone} pass axe
     * there too. The walks ask that in the first language only: what a language changes is the words (axe's rules on
     * them, such as names matching labels, run at desktop width in each language, and longer words that would push the
     * page wider are caught by the sideways check in each), what a width changes is the layout, which is the same in both.
     * Left unchecked by that: a scrolling region inside the page that only the Spanish words make at phone width, and the
     * column titles PrimeFaces' reflowing tables show in each cell at phone width, in Spanish (the same words as the
     * column headers, which are checked in Spanish at desktop width).
     */
    private static void checkBothWidths(Browser browser, String where, List<String> problems, boolean axeAtPhone) {
        checkDesktop(browser, where, problems);
        browser.driver.manage().window().setSize(PHONE);
        settle(browser);
        if (axeAtPhone) {
            problems.addAll(axe(browser, where + " @390"));
        }
        JavascriptExecutor js = js(browser);
        Object overflow = js.executeScript("""
                var w = window.innerWidth, root = document.documentElement;
                if (root.scrollWidth <= w) return null;
                var wide = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > w + 1 && r.width > 0 && getComputedStyle(e).visibility !== 'hidden') {
                        var inside = false;
                        for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                            var o = getComputedStyle(p).overflowX;
                            if (o === 'auto' || o === 'scroll' || o === 'hidden') { inside = true; break; }
                        }
                        if (!inside) wide.push((e.id ? '#' + e.id : e.tagName.toLowerCase()) + '.' + (e.className && e.className.baseVal === undefined ? String(e.className).split(' ').slice(0, 3).join('.') : '') + ' right=' + Math.round(r.right));
                    }
                });
                return root.scrollWidth + ' > ' + w + ': ' + wide.slice(0, 6).join(', ');""");
        if (overflow != null) {
            problems.add(where + " @390: scrolls sideways, " + overflow);
        }
        // In a reflowed table's card, a value (every line of it) sits right of its column's name, never under it.
        Object underName = js.executeScript("""
                var bad = [];
                document.querySelectorAll('.ui-datatable-reflow .ui-datatable-data > tr > td[role="gridcell"]').forEach(function (td) {
                    var title = td.querySelector(':scope > .ui-column-title');
                    if (!title || !title.textContent.trim() || title.getClientRects().length === 0) return;
                    var edge = title.getBoundingClientRect().right;
                    var range = document.createRange();
                    range.setStartAfter(title);
                    range.setEnd(td, td.childNodes.length);
                    Array.from(range.getClientRects()).forEach(function (r) {
                        if (r.width > 1 && r.height > 1 && r.left < edge - 1 && bad.length < 4) {
                            bad.push(title.textContent.trim() + ' (' + td.textContent.trim().slice(0, 40) + ')');
                        }
                    });
                });
                return bad.length ? bad.join(', ') : null;""");
        if (underName != null) {
            problems.add(where + " @390: a card's value runs under its column's name: " + underName);
        }
        browser.driver.manage().window().setSize(DESKTOP);
    }

    /** Runs axe-core on the page as it stands; one line per violation, whatever its impact, naming rule, page and nodes. */
    private static List<String> axe(Browser browser, String where) {
        return axe(browser, where, "document");
    }

    /**
     * The same, within one part of the page (a JavaScript expression for axe's context, e.g. an open dialog's selector);
     * other suites check a state only they reach with it (a dialog after a refusal).
     */
    static List<String> axe(Browser browser, String where, String context) {
        JavascriptExecutor js = js(browser);
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axeSource());
        }
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.axe.run(%s, {resultTypes: ['violations'],
                        rules: {'label-content-name-mismatch': {enabled: true}}})
                    .then(function (r) { done(JSON.stringify(r.violations)); })
                    .catch(function (e) { done('ERROR ' + e); });""".formatted(context));
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            return List.of(where + ": axe-core failed: " + text);
        }
        List<String> found = new ArrayList<>();
        JsonArray violations = Json.createReader(new StringReader(text)).readArray();
        for (JsonValue v : violations) {
            JsonObject violation = v.asJsonObject();
            String impact = violation.isNull("impact") ? "" : violation.getString("impact");
            StringBuilder line = new StringBuilder(where + ": " + impact + " " + violation.getString("id")
                    + " (" + violation.getString("help") + ")");
            JsonArray nodes = violation.getJsonArray("nodes");
            for (int i = 0; i < Math.min(nodes.size(), 5); i++) {
                JsonObject node = nodes.getJsonObject(i);
                String html = node.getString("html");
                line.append("\n      ").append(node.getJsonArray("target")).append("  ")
                        .append(html.length() > 160 ? html.substring(0, 160) + "…" : html);
            }
            if (nodes.size() > 5) {
                line.append("\n      … and ").append(nodes.size() - 5).append(" more");
            }
            found.add(line.toString());
        }
        return found;
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = AccessibilityBrowserIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                assertThat(in).as("axe.min.js on the test class path (com.deque.html.axe-core:selenium)").isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Waits until the page has loaded (and a11y.js done its part) and no Ajax request or animation is under way. */
    private static void settle(Browser browser) {
        browser.wait.until(d -> Boolean.TRUE.equals(js(browser).executeScript("""
                return document.readyState === 'complete'
                    && (!document.querySelector('script[src*="a11y.js"]') || document.documentElement.hasAttribute('data-a11y-ready'))
                    && (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0))""")));
    }

    /** The status the error page names (its {@code data-status}), or null on any other page. */
    private static String errorStatus(Browser browser) {
        List<WebElement> error = browser.driver.findElements(By.id("errorMessage"));
        return error.isEmpty() ? null : String.valueOf(error.get(0).getAttribute("data-status"));
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
