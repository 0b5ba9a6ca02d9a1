package org.amparo.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * A browser test: each test gets its own headless Chromium, closed afterwards. When a test fails, what its browser
 * showed at that moment (the page's HTML and a screenshot) is kept, and its words are printed, beside the test reports, under
 * {@code target/failsafe-reports/browser/}, so that a failure seen once on CI can be read afterwards.
 */
@Tag("slow")
abstract class BrowserTest {

    protected Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler snapshotOnFailure = this::snapshotAndRethrow;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void snapshotAndRethrow(ExtensionContext context, Throwable failure) throws Throwable {
        if (browser != null) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "failsafe-reports", "browser"));
                String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
                Files.writeString(dir.resolve(name + ".html"), browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource());
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
                // The words on the page too, in the test's output: a CI log is often all there is to read.
                String text = browser.driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
                System.err.println(name + " failed at " + browser.driver.getCurrentUrl() + "; the page read:\n"
                        + text.substring(0, Math.min(text.length(), 2000)));
            } catch (IOException | RuntimeException unreadable) {
                failure.addSuppressed(unreadable);
            }
        }
        throw failure;
    }
}
