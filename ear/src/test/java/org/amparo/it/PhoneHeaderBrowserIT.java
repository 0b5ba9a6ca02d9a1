package org.amparo.it;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page gives a volunteer on a phone, in a real browser: the header's menu folds behind one button, so the
 * page's own content starts near the top of the screen (it took half of it), and opens and closes from it; the search
 * box's hint is whole down to a small phone's width, in both languages; and text
 * pasted into a field longer than the field holds, which the browser cuts without a word, is followed by a message by
 * the field saying how much was left out.
 */
class PhoneHeaderBrowserIT extends BrowserTest {

    /** A small phone's width in CSS pixels (many of the Android phones volunteers carry). */
    static final int NARROW_PHONE = 360;

    @Test
    void onAPhoneTheMenuFoldsBehindOneButtonThatOpensAndClosesIt() {
        browser.driver.manage().window().setSize(AccessibilityBrowserIT.PHONE);
        browser.signInAt("/cases/new.xhtml", "caseworker");
        WebElement toggle = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuToggle")));
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-a11y-ready")));

        WebElement cases = browser.driver.findElement(By.id("menu:menuCases"));
        assertThat(cases.isDisplayed()).as("the menu is folded").isFalse();
        assertThat(toggle.getText()).isEqualTo("Menu");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        int headingTop = browser.driver.findElement(By.cssSelector("main h1")).getRect().getY();
        assertThat(headingTop).as("the page's heading is near the top of the screen").isLessThan(200);

        browser.click(toggle);
        assertThat(cases.isDisplayed()).as("the menu is open").isTrue();
        assertThat(browser.driver.findElement(By.id("menu:logout")).isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");

        browser.driver.findElement(By.id("menu:logout")).sendKeys(Keys.ESCAPE);
        assertThat(cases.isDisplayed()).as("Escape folds it again").isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.driver.switchTo().activeElement()).as("and gives the focus back to the button").isEqualTo(toggle);
        toggle.sendKeys(Keys.ENTER);
        assertThat(cases.isDisplayed()).as("the button opens it from the keyboard").isTrue();
        cases.sendKeys(Keys.ESCAPE); // the menu item is its link
        assertThat(cases.isDisplayed()).as("Escape on one of the menu's links folds it too").isFalse();
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(toggle);
        toggle.sendKeys(Keys.ENTER);
        assertThat(cases.isDisplayed()).isTrue();
        toggle.sendKeys(Keys.ESCAPE);
        assertThat(cases.isDisplayed()).as("and Escape on the button itself folds it").isFalse();

        browser.driver.manage().window().setSize(AccessibilityBrowserIT.DESKTOP);
        assertThat(toggle.isDisplayed()).as("on a wide screen there is nothing to fold").isFalse();
        assertThat(cases.isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneASavedDraftsMessageIsAThinBandAtTheTopThatTapsGoThrough() {
        // At the top right, 20 pixels down and 300 wide, the message covered the top of the form the volunteer was
        // filling in, and took the taps meant for it; a band at the bottom would cover the button just pressed.
        browser.driver.manage().window().setSize(AccessibilityBrowserIT.PHONE);
        String family = "Aviso" + java.util.UUID.randomUUID().toString().substring(0, 5);
        browser.signInAt("/cases/new.xhtml", "caseworker");
        try {
            browser.type("intake:familyName", family);
            WebElement save = browser.driver.findElement(By.id("intake:saveDraft"));
            browser.click(save);
            WebElement message = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item-container")));
            assertThat(message.getText()).contains("Draft saved");
            // the button pressed keeps the focus once the answer is drawn; the page is scrolled to put it at the bottom edge
            browser.wait.until(d -> "intake:saveDraft".equals(d.switchTo().activeElement().getAttribute("id")));
            List<?> screen = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                    var button = document.activeElement;
                    window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 4);
                    var band = arguments[0].getBoundingClientRect(), b = button.getBoundingClientRect();
                    var under = document.elementFromPoint(band.left + band.width / 2, band.top + band.height / 2);
                    return [band.top, band.bottom, window.innerHeight, b.top, b.bottom,
                            !!(under && under.closest('.ui-growl'))];""", message);
            double top = ((Number) screen.get(0)).doubleValue(), bottom = ((Number) screen.get(1)).doubleValue();
            double height = ((Number) screen.get(2)).doubleValue();
            assertThat(top).as("the band's top").isLessThanOrEqualTo(1);
            assertThat(bottom).as("a thin band, on a screen %s pixels high", height).isLessThan(height / 5);
            assertThat(((Number) screen.get(3)).doubleValue()).as("the focused button, at the bottom of the screen, is not under it")
                    .isGreaterThan(bottom);
            assertThat(screen.get(5)).as("a tap on the band reaches the page under it").isEqualTo(false);
            WebElement row = browser.driver.findElement(By.xpath("//tbody[@id='drafts:draftTable_data']/tr[contains(., '" + family + "')]"));
            browser.click(row.findElement(By.xpath(".//button[contains(., 'Discard')]")));
            browser.wait.until(d -> d.findElements(By.xpath("//tbody[@id='drafts:draftTable_data']/tr[contains(., '" + family + "')]")).isEmpty());
        } finally {
            browser.driver.manage().window().setSize(AccessibilityBrowserIT.DESKTOP);
        }
    }

    @Test
    void onATouchScreenTheCalendarsButtonSaysWhatItDoes() {
        // PrimeFaces opens its calendar as a dialog on a touch screen, and there gives the button no name at all.
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTouchEmulationEnabled",
                java.util.Map.of("enabled", true, "maxTouchPoints", 5));
        browser.driver.manage().window().setSize(AccessibilityBrowserIT.PHONE);
        browser.signInAt("/cases/new.xhtml", "caseworker");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-a11y-ready")));
        WebElement calendar = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='intake:dateOfBirth'] button.ui-datepicker-trigger")));
        assertThat(calendar.getAttribute("aria-haspopup")).as("the touch screen's calendar").isEqualTo("dialog");
        browser.wait.until(d -> "Choose date".equals(calendar.getAttribute("aria-label")));
        assertThat(calendar.findElement(By.className("ui-button-text")).getAttribute("textContent")).isEqualTo("Choose date");
    }

    @Test
    void onANarrowPhoneTheSearchBoxsHintIsWholeInBothLanguages() {
        browser.signInAt("/cases/list.xhtml", "attorney");
        browser.speak("en"); // the language is remembered per user: start from English whatever an earlier run left
        try {
            for (String language : List.of("en", "es")) {
                browser.speak(language);
                narrowPhone();
                browser.wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-a11y-ready")));
                // The hint's width in its own letters against the room inside the box (a box cuts its hint off unseen).
                Object cut = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                        var box = document.getElementById('headerSearchBox'), style = getComputedStyle(box);
                        var pen = document.createElement('canvas').getContext('2d'), hint = getComputedStyle(box, '::placeholder');
                        pen.font = hint.font;
                        if (!hint.fontSize || pen.font.indexOf(hint.fontSize) < 0) return "the hint's letters unread: " + hint.font;
                        var room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                        var needs = pen.measureText(box.placeholder).width;
                        return needs <= room ? null : box.placeholder + ': ' + Math.round(needs) + ' px in ' + Math.round(room);""");
                assertThat(cut).as(language + ": the search box's hint is cut").isNull();
                // Folded into cards, the list keeps its column filters (PrimeFaces hid them with the header), each a
                // line, behind one button (six of them came before the first result, half a screen down)
                WebElement statusFilter = browser.driver.findElement(By.id("cases:table:statusFilter"));
                WebElement filters = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cases\\:table > .amparo-filters-toggle")));
                assertThat(statusFilter.isDisplayed()).as(language + ": folded at first, none being set").isFalse();
                assertThat(filters.getText()).startsWith(language.equals("en") ? "Filters" : "Filtros");
                assertThat(filters.getAttribute("aria-expanded")).isEqualTo("false");
                filters.click();
                browser.wait.until(d -> statusFilter.isDisplayed());
                assertThat(filters.getAttribute("aria-expanded")).isEqualTo("true");
                assertThat(statusFilter.getSize().getWidth()).as("and takes the card's width").isGreaterThan(250);
                // The list folded into cards offers its sort as a menu: "Opened (descending)", not PrimeFaces' "Opened Descending".
                List<String> sorts = browser.driver.findElements(By.cssSelector("select.ui-reflow-dropdown option")).stream()
                        .map(o -> o.getAttribute("textContent").strip()).toList();
                assertThat(sorts).as(language + ": the phone's sort menu")
                        .contains(language.equals("en") ? "Opened (descending)" : "Abierto (descendente)")
                        .noneMatch(o -> o.contains("Ascend") || o.contains("Descend"));
                browser.driver.manage().window().setSize(AccessibilityBrowserIT.DESKTOP);
                // at desktop width the filters stay in their columns, with no button
                browser.wait.until(d -> !filters.isDisplayed());
                assertThat(statusFilter.isDisplayed()).isTrue();
            }
        } finally {
            browser.driver.manage().window().setSize(AccessibilityBrowserIT.DESKTOP);
            browser.speak("en");
        }
    }

    @Test
    void textPastedPastWhatAFieldHoldsIsCutWithAMessageByTheField() {
        browser.signInAt("/cases/new.xhtml", "caseworker");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-a11y-ready")));
        String longName = "Montenegro".repeat(11); // 110 characters; the family name holds 100
        WebElement familyName = paste(longName, "intake:familyName");

        assertThat(familyName.getAttribute("value")).as("the browser kept what fits").isEqualTo(longName.substring(0, 100));
        String words = "This field holds at most 100 characters: the last 10 characters you pasted did not fit and were left out.";
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:familyName_pasteCut"), words));
        WebElement notice = browser.driver.findElement(By.id("intake:familyName_pasteCut"));
        assertThat(notice.getText()).isEqualTo(words);
        assertThat(notice.getAttribute("role")).isEqualTo("status");
        assertThat(familyName.getAttribute("aria-describedby")).contains("intake:familyName_pasteCut");

        familyName.sendKeys(Keys.BACK_SPACE);
        browser.wait.until(d -> notice.getText().isEmpty());
        assertThat(familyName.getAttribute("value")).as("once shorter than it holds, the notice has done its work").hasSize(99);
    }

    @Test
    void aPasteIsCountedByWhatTheBrowserKeptWhateverItMadeOfTheLineBreaks() {
        browser.signInAt("/cases/new.xhtml", "caseworker");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("html")).getAttribute("data-a11y-ready")));
        // Ten lines of a list pasted into a one-line field of 100 characters. Chromium (as Firefox) makes each line
        // break inside the text a space and drops the last one: the field keeps 99 + 1 characters and 9 letters are
        // left out. Counting the breaks as dropped would have found that it all fitted.
        WebElement familyName = paste("Montenegro\n".repeat(10), "intake:familyName");

        assertThat(familyName.getAttribute("value")).as("the breaks made spaces, cut at 100")
                .isEqualTo("Montenegro ".repeat(9) + "M");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake:familyName_pasteCut"),
                "This field holds at most 100 characters: the last 9 characters you pasted did not fit and were left out."));
    }

    /**
     * The page {@link #NARROW_PHONE} pixels wide, as on such a phone, whose scroll bar lies over the page: the desktop
     * browser's own takes room beside it, so the window is made wider by as much.
     */
    private void narrowPhone() {
        browser.driver.manage().window().setSize(new Dimension(NARROW_PHONE, 780));
        Object bar = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return window.innerWidth - document.documentElement.clientWidth;");
        browser.driver.manage().window().setSize(new Dimension(NARROW_PHONE + ((Number) bar).intValue(), 780));
        browser.wait.until(d -> Long.valueOf(NARROW_PHONE).equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.documentElement.clientWidth;")));
    }

    /**
     * Copies the text from a field of the page's own, as a volunteer copies from a message, and pastes it into the
     * field with the keyboard; that field.
     */
    private WebElement paste(String text, String fieldId) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                var source = document.createElement('textarea');
                source.id = 'copySource';
                source.value = arguments[0];
                document.body.appendChild(source);""", text);
        WebElement source = browser.driver.findElement(By.id("copySource"));
        source.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        source.sendKeys(Keys.chord(Keys.CONTROL, "c"));
        WebElement field = browser.driver.findElement(By.id(fieldId));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        return field;
    }
}
