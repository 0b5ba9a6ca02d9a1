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

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // PrimeFaces re-renders tables and forms by Ajax: an element read mid-update is simply read again.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static Browser open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("amparo.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000", "--lang=en-US",
                    "--user-data-dir=" + Files.createTempDirectory("amparo-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("amparo.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Goes to a page and signs in on the login form it is sent to. */
    Browser signInAt(String path, String user) {
        driver.get(Http.BASE + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username"))).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(Http.DEMO_PASSWORD);
        driver.findElement(By.id("signIn")).click();
        return this;
    }

    /** Scrolls an element into the middle of the window and clicks it, as a user would. */
    void click(org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
