package org.amparo.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver, as browser tests use it; one per test. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    /** Where the browser saves what it downloads, without asking. */
    final java.nio.file.Path downloads;

    private Browser(WebDriver driver, java.nio.file.Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // PrimeFaces re-renders tables and forms by Ajax: an element read mid-update is simply read again.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static Browser open() {
        return open("en-US");
    }

    /** A browser whose user prefers the given language (its Accept-Language), as a Spanish speaker's would. */
    static Browser open(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("amparo.chromium", "/usr/bin/chromium"));
        java.nio.file.Path downloads;
        try {
            downloads = Files.createTempDirectory("amparo-downloads");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000", "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("amparo-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("amparo.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    /** The file the browser has finished downloading under that name, waited for. */
    java.nio.file.Path downloaded(String name) {
        java.nio.file.Path file = downloads.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** Goes to a page and signs in on the login form it is sent to. */
    Browser signInAt(String path, String user) {
        driver.get(Http.BASE + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(Http.DEMO_PASSWORD);
        driver.findElement(By.id("signIn")).click();
        return this;
    }

    /**
     * Switches the signed-in user's pages to a language ({@code "en"} or {@code "es"}) with the header's button, unless
     * they are in it already, and waits for the page in it. The choice is remembered for the user, so a test that
     * switches to Spanish switches back in a {@code finally}, and one that needs English asks for it first.
     */
    Browser speak(String language) {
        wait.until(d -> !d.findElements(By.id("menu:langEn")).isEmpty() || !d.findElements(By.id("menu:langEs")).isEmpty());
        By button = By.id("menu:lang" + Character.toUpperCase(language.charAt(0)) + language.substring(1));
        if (!driver.findElements(button).isEmpty()) { // the header offers only the language the pages are not in
            click(wait.until(ExpectedConditions.elementToBeClickable(button)));
        }
        wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        return this;
    }

    /**
     * Scrolls an element into the middle of the window and clicks it, as a user would, once the page is still: a click
     * made while an Ajax answer redraws a dialog, or while a panel slides, lands on whatever has moved under it.
     */
    void click(org.openqa.selenium.WebElement element) {
        awaitStill();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /**
     * Waits until the page has no Ajax request under way and nothing animated by jQuery. PrimeFaces sends its requests
     * outside jQuery's count ({@code global: false}), so its own queue is asked too.
     */
    void awaitStill() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                return (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0))
                    && (!window.PrimeFaces || !PrimeFaces.ajax
                        || (PrimeFaces.ajax.Queue.isEmpty() && PrimeFaces.ajax.Queue.xhrs.length === 0))""")));
    }

    /**
     * Types into a field once the page has no Ajax request or animation under way (a dialog opening after its form was
     * drawn again), and returns once the field holds the text; types again if an update drew the field anew meanwhile.
     */
    void type(String fieldId, String text) {
        for (int attempt = 1; ; attempt++) {
            awaitStill();
            org.openqa.selenium.WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(fieldId)));
            field.clear();
            field.sendKeys(text);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.attributeToBe(By.id(fieldId), "value", text));
                return;
            } catch (org.openqa.selenium.TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /**
     * Picks a facility or jurisdiction (WEB-INF/includes/picker.xhtml) as a user does: types part of it, then clicks
     * the match whose label starts with {@code labelStart}. Returns nothing until the input shows the pick.
     */
    void pick(String pickerId, String typed, String labelStart) {
        org.openqa.selenium.WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(pickerId + "_input")));
        input.clear();
        input.sendKeys(typed);
        By match = By.xpath("//*[@id='" + pickerId + "_panel']//li[starts-with(normalize-space(.), \"" + labelStart + "\")]");
        // The suggestions are drawn again as each typed letter's answer arrives: a match found a moment ago may be gone.
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(match)).click();
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
        wait.until(ExpectedConditions.attributeContains(By.id(pickerId + "_input"), "value", labelStart));
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by the start of its label, as a user does: opens the menu once the
     * page is still, waits for its panel to finish opening (PrimeFaces grows it from its top edge in a CSS transition:
     * an option clicked meanwhile is not yet where it is drawn, and the click takes the one above; a transition that
     * was cancelled leaves no mark on the panel but ends PrimeFaces' flag), brings the option
     * into view inside the menu's own list (not by scrolling the page: PrimeFaces closes an open menu when the page
     * scrolls), clicks it, and returns once the menu shows the pick and the Ajax request it starts has been answered.
     * Tried again if the menu closed before the option was taken, or another option was taken instead.
     */
    void choose(String menuId, String labelStart) {
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label^='" + labelStart + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                awaitStill();
                if (driver.findElements(panel).stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed)) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
                }
                wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                        var panel = document.getElementById(arguments[0]);
                        return panel != null && panel.getClientRects().length > 0
                            && (!window.PrimeFaces || !PrimeFaces.animationActive
                                || panel.classList.contains('ui-connected-overlay-enter-done'))""", menuId + "_panel")));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                        var option = arguments[0], list = option.closest('.ui-selectonemenu-items-wrapper');
                        if (list) {
                            list.scrollTop += option.getBoundingClientRect().top - list.getBoundingClientRect().top
                                    - (list.clientHeight - option.offsetHeight) / 2;
                        }""", wait.until(ExpectedConditions.presenceOfElementLocated(option)));
                wait.until(ExpectedConditions.elementToBeClickable(option)).click();
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), labelStart));
                awaitStill();
                return;
            } catch (org.openqa.selenium.WebDriverException missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }

    /** Opens a tab of a PrimeFaces tabView by its tab id (e.g. {@code tabs:criminalTab}). */
    void openTab(String tabId) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#" + tabId.replace(":", "\\:") + "']"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tabId)));
    }

    /** Saves what the browser shows, for a failing test's report. */
    void screenshot(String name) {
        try {
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            File dir = new File("target/screenshots");
            dir.mkdirs();
            Files.copy(shot.toPath(), new File(dir, name + ".png").toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
