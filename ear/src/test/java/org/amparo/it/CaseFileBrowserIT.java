package org.amparo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file in Debian's headless Chromium: a caseworker takes in a new person, adds a conviction and a detainer
 * each in one dialog, and finds them again by a partial accented name and by {@code A-012-345-678}; two people
 * editing the same person see the conflict, with nothing lost; a NUL pasted into a field is refused beside it, nothing
 * saved; the Spanish page speaks Spanish.
 */
class CaseFileBrowserIT extends BrowserTest {

    @Test
    void intakeOfANewPersonWithAConvictionAndADetainerThenSearchFindsThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        String family = "Muñoz-Ibáñez" + suffix;
        WebDriver driver = browser.driver;
        WebDriverWait wait = browser.wait;
        try {
            browser.signInAt("/cases/new.xhtml", "caseworker");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:familyName"))).sendKeys(family);
            driver.findElement(By.id("intake:givenNames")).sendKeys("José");
            driver.findElement(By.id("intake:aNumber")).sendKeys("A-012-345-678");
            browser.pick("intake:facilityId", "county jail calif", "Ejemplo County Jail");
            driver.findElement(By.id("intake:dateOfBirth_input")).sendKeys("04/02/1990", Keys.TAB);
            driver.findElement(By.id("intake:callerName")).sendKeys("María");
            driver.findElement(By.id("intake:callerRelation")).sendKeys("hermana");
            browser.click(driver.findElement(By.id("intake:open")));
            // On a database that already has A-012-345-678 (a rerun), the duplicate check asks first.
            wait.until(d -> d.getCurrentUrl().contains("/cases/file.xhtml") || !d.findElements(By.id("intake:newPerson")).isEmpty());
            if (!driver.getCurrentUrl().contains("/cases/file.xhtml")) {
                assertThat(driver.findElement(By.id("intake:duplicates")).getText()).contains("same A-number");
                browser.click(driver.findElement(By.id("intake:newPerson")));
            }
            wait.until(ExpectedConditions.urlContains("/cases/file.xhtml"));
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".amparo-title"))).getText()).contains(family);

            // A conviction, in one dialog.
            browser.openTab("tabs:criminalTab");
            browser.click(driver.findElement(By.id("tabs:criminal:addCharge")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chargeForm:arrestedOn_input"))).sendKeys("2019-03-01", Keys.TAB);
            driver.findElement(By.id("chargeForm:agency")).sendKeys("Ejemplo PD");
            driver.findElement(By.id("chargeForm:description")).sendKeys("Possession for sale");
            // Nothing is answered for the person: a required choice not yet made says so, and the charge is pending
            // until someone says otherwise (a conviction preselected could be recorded for a person who never had one).
            assertThat(driver.findElement(By.id("chargeForm:level_label")).getText()).isEqualTo("Choose…");
            assertThat(driver.findElement(By.id("chargeForm:disposition_label")).getText()).isEqualTo("Pending");
            // Saved so, with a date that is no date: the missing level is refused with the date, not at the next try
            // (JSF refuses a value it cannot read before the page hears of the rest of the form).
            driver.findElement(By.id("chargeForm:dispositionDate_input")).sendKeys("13/45/2019", Keys.TAB);
            browser.click(driver.findElement(By.id("chargeForm:saveCharge")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chargeForm"), "there is no month 13"));
            assertThat(driver.findElement(By.id("chargeForm")).getText()).contains("Level: is required");
            // the focus goes to the first refused field, a drop-down named by its label, not by "Choose…" shown in it
            wait.until(d -> "chargeForm:level_label".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(driver.switchTo().activeElement().getAccessibleName()).isEqualTo("Level");
            driver.findElement(By.id("chargeForm:dispositionDate_input")).clear();
            browser.choose("chargeForm:level", "Felony");
            browser.choose("chargeForm:category", "Drug sale");
            browser.choose("chargeForm:disposition", "Convicted");
            driver.findElement(By.id("chargeForm:dispositionDate_input")).sendKeys("2019-06-01", Keys.TAB);
            driver.findElement(By.id("chargeForm:sentenceDays_input")).sendKeys("400");
            browser.click(driver.findElement(By.id("chargeForm:saveCharge")));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("chargeDialog")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:criminal"), "Drug sale or distribution"));
            assertThat(driver.findElement(By.id("tabs:criminal")).getText()).contains("Felony").contains("Convicted 06/01/2019");
            // a hearing's arrest is chosen by what is known of it, not by an empty line when the day and agency are not
            assertThat(driver.findElements(By.cssSelector("[id='tabs:courtForm:arrestId_input'] option")).stream()
                    .map(o -> o.getAttribute("textContent")).toList())
                    .containsExactly("Arrest 1: 03/01/2019 · Ejemplo PD · Possession for sale");
            // Judged today (EO-2025-01-20): no priorities in effect, and the felony now rules out DACA.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daca"), "Does not appear eligible"));
            assertThat(driver.findElement(By.id("priority")).getText()).contains("No priorities in effect")
                    .contains("EO-2025-01-20").contains("48-hour");

            // Custody: the facility changed by typing its state and a word of its name; the booking typed month first.
            browser.openTab("tabs:custodyTab");
            assertThat(driver.findElement(By.id("tabs:custody:facilityId_input")).getAttribute("value")).isEqualTo("Ejemplo County Jail (demo) (CA)");
            browser.pick("tabs:custody:facilityId", "illinois lock", "Prueba City Lockup");
            WebElement booked = driver.findElement(By.id("tabs:custody:bookedAt_input"));
            booked.clear();
            booked.sendKeys("11/20/2026 08:30", Keys.TAB);
            browser.click(driver.findElement(By.id("tabs:custody:saveCustody")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Saved"));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    "Prueba City Lockup (demo) (IL)".equals(d.findElement(By.id("tabs:custody:facilityId_input")).getAttribute("value")));
            // The growl can show before the tab is drawn again: read the field once the new one is there.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    "11/20/2026 08:30".equals(d.findElement(By.id("tabs:custody:bookedAt_input")).getAttribute("value")));
            assertThat(driver.findElements(By.cssSelector("label[for='tabs:custody:facilityId_input'] .ui-outputlabel-rfi")))
                    .as("the custody form's required facility is marked").isNotEmpty();

            // A detainer, in one dialog.
            browser.click(driver.findElement(By.id("tabs:iceRequests:addIceRequest")));
            browser.choose("iceForm:formCode", "I-247A");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iceForm:issuedAt_input"))).sendKeys("2026-11-20 10:00", Keys.TAB);
            browser.click(driver.findElement(By.id("iceForm:saveIceRequest")));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("iceDialog")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:iceRequests"), "I-247A"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("screening"), "I-247A"));

            // The history tab says who did it.
            browser.openTab("tabs:historyTab");
            assertThat(driver.findElement(By.id("tabs:changes")).getText()).contains("caseworker").contains("Offense category");

            // Found again by a partial name typed without accents, and by the A-number in its dashed form.
            driver.get(Http.BASE + "/cases/list.xhtml");
            WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases:search")));
            search.sendKeys("munoz-ibanez" + suffix.substring(0, 3));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), family + ", José"));
            search.clear();
            search.sendKeys("A-012-345-678");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), family + ", José"));
            assertThat(driver.findElement(By.id("cases:table")).getText()).contains("A-012-345-678");
            // six of its digits find nothing (identifiers are encrypted: whole, or the last four): the list says how
            search.clear();
            search.sendKeys("345678");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), "by their last four digits"));

            // And from the search box in the header of any page, family name first and the given name cut short.
            driver.get(Http.BASE + "/tasks/inbox.xhtml");
            WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("headerSearchBox")));
            header.sendKeys("ibanez" + suffix.substring(0, 3) + " jos", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), family + ", José"));
            assertThat(driver.getCurrentUrl()).as("the name never goes into the address").doesNotContain("ibanez");
            // the page starts at the results, for the keyboard too, not under the recent cases, filters and exports
            wait.until(d -> "searchResults".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.activeElement && document.activeElement.id")));
            assertThat(driver.findElement(By.id("cases:search")).getAttribute("value")).startsWith("ibanez");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("intake-conviction-detainer");
            throw e;
        }
    }

    @Test
    void twoPeopleEditingThePersonAtOnceTheSecondSeesWhatChangedAndKeepsTheirInputAndTheirsElsewhere() {
        long caseId = Http.openCase("Conflicto" + UUID.randomUUID().toString().substring(0, 5), "Ana");
        Browser other = Browser.open();
        try {
            browser.signInAt("/cases/file.xhtml?id=" + caseId, "caseworker");
            other.signInAt("/cases/file.xhtml?id=" + caseId, "supervisor");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:person:givenNames")));
            WebElement theirs = other.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:person:givenNames")));

            theirs.clear();
            theirs.sendKeys("Ana Lucía");
            other.click(other.driver.findElement(By.id("tabs:person:savePerson")));
            other.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Saved"));

            browser.driver.findElement(By.id("tabs:person:phone")).sendKeys("559-555-0199");
            browser.click(browser.driver.findElement(By.id("tabs:person:savePerson")));
            WebElement conflict = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:person:conflict")));
            assertThat(conflict.getText()).contains("Someone else saved this record").contains("supervisor")
                    .contains("Given names").contains("«Ana» → «Ana Lucía»");
            assertThat(browser.driver.findElement(By.id("tabs:person:phone")).getAttribute("value")).isEqualTo("559-555-0199");
            assertThat(browser.driver.findElement(By.id("tabs:person:givenNames")).getAttribute("value"))
                    .as("a field this user left alone takes the other person's value").isEqualTo("Ana Lucía");

            // Having seen the other change, saving again keeps the phone and does not put the old given name back.
            browser.click(browser.driver.findElement(By.id("tabs:person:savePerson")));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:person:conflict")));
            assertThat(Http.caseFile(caseId, "caseworker")).contains("\"phone\":\"559-555-0199\"").contains("\"givenNames\":\"Ana Lucía\"");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("conflict-second");
            other.screenshot("conflict-first");
            throw e;
        } finally {
            other.close();
        }
    }

    @Test
    void aRowRemovedFromAListDrawnBeforeSomeoneElsesChangeIsNotRemovedAndTheListIsShownAgain() {
        long caseId = Http.openCase("Orden" + UUID.randomUUID().toString().substring(0, 5), "Lidia");
        String caseworker = Http.basic("caseworker", Http.DEMO_PASSWORD);
        assertThat(Http.api().postJson("/api/v1/cases/" + caseId + "/removal-orders", "{\"orderedOn\":\"2019-05-01\",\"finalOrder\":true}",
                "Authorization", caseworker).statusCode()).isEqualTo(201);
        assertThat(Http.api().postJson("/api/v1/cases/" + caseId + "/entries", "{\"enteredOn\":\"2001-06-05\",\"manner\":\"EWI\"}",
                "Authorization", caseworker).statusCode()).isEqualTo(201);
        By firstTrash = By.cssSelector("[id='tabs:orders:orderTable_data'] tr:first-child button");
        try {
            browser.signInAt("/cases/file.xhtml?id=" + caseId, "caseworker");
            browser.openTab("tabs:immigrationTab");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:orders:orderTable"), "05/01/2019"));
            // Someone else adds an earlier order, which takes the first row's place in the list on file.
            assertThat(Http.api().postJson("/api/v1/cases/" + caseId + "/removal-orders", "{\"orderedOn\":\"2012-03-01\",\"finalOrder\":false}",
                    "Authorization", Http.basic("supervisor", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(201);

            browser.click(browser.driver.findElement(firstTrash));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "changed after this list was shown"));
            assertThat(Http.caseFile(caseId, "caseworker")).as("neither order removed").contains("2019-05-01", "2012-03-01");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:orders:orderTable"), "03/01/2012"));

            // The list as it now stands: its first row goes, while the add-row below holds a date being typed that is
            // no date yet (the remove sent the whole form, which JSF refused for that date: the click did nothing).
            browser.type("tabs:orders:orderedOn_input", "13/45/20");
            browser.click(browser.driver.findElement(firstTrash));
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:orders:orderTable"), "03/01/2012")));
            assertThat(Http.caseFile(caseId, "caseworker")).contains("2019-05-01").doesNotContain("2012-03-01");
            assertThat(browser.driver.findElement(By.id("tabs:orders:orderedOn_input")).getAttribute("value"))
                    .as("what is being typed below stays as typed").isEqualTo("13/45/20");
            // then a row of another of the person's lists: drawn anew with the first, it goes at once (it was refused
            // as changed since, the person's version having moved on with the order's removal)
            browser.click(browser.driver.findElement(By.cssSelector("[id='tabs:entries:entryTable_data'] tr:first-child button")));
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:entries:entryTable"), "06/05/2001")));
            assertThat(Http.caseFile(caseId, "caseworker")).doesNotContain("2001-06-05");

            // An earlier deportation added: the case file draws it, now and when opened again (the table's row variable
            // was shadowed by the page's, and the file could no longer be opened at all)
            browser.type("tabs:removals:removedOn_input", "07/08/2003");
            browser.type("tabs:removals:place", "Nogales");
            browser.click(browser.driver.findElement(By.id("tabs:removals:addRemoval")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:removals:removalTable"), "07/08/2003"));
            browser.driver.get(Http.BASE + "/cases/file.xhtml?id=" + caseId);
            browser.openTab("tabs:immigrationTab");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:removals:removalTable"), "Nogales"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("remove-stale-row");
            throw e;
        }
    }

    @Test
    void aControlCharacterPastedIntoAFieldIsRefusedBesideItAndNothingIsSaved() {
        long caseId = Http.openCase("Pegado" + UUID.randomUUID().toString().substring(0, 5), "Eva");
        try {
            browser.signInAt("/cases/file.xhtml?id=" + caseId, "caseworker");
            WebElement phone = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:person:phone")));
            // A NUL cannot be typed, only pasted from another program: set as a paste would leave it.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", phone,
                    "559\u0000555-0142");
            browser.click(browser.driver.findElement(By.id("tabs:person:savePerson")));
            WebElement message = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#tabs\\:person .ui-message-error")));
            assertThat(message.getText()).contains("Working phone").contains("cannot be saved");
            assertThat(browser.driver.getCurrentUrl()).contains("/cases/file.xhtml");
            assertThat(Http.caseFile(caseId, "caseworker")).doesNotContain("555-0142");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("control-character");
            throw e;
        }
    }

    @Test
    void aDocumentsUploadStaysOnItsTabOfItsCaseRefusedBesideTheFileOrSaved() throws java.io.IOException {
        // A whole page's post lost the case's address (file.xhtml without ?id=) and showed the Person tab, so the
        // refusal drawn on the Documents tab could not be seen; with no file chosen it said the name was too long.
        long caseId = Http.openCase("Archivo" + UUID.randomUUID().toString().substring(0, 5), "Luz");
        browser.signInAt("/cases/file.xhtml?id=" + caseId, "caseworker");
        java.nio.file.Path pdf = null;
        java.nio.file.Path big = null;
        try {
            browser.openTab("tabs:documentsTab");
            browser.click(browser.driver.findElement(By.id("tabs:documents:upload")));
            WebElement refused = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".field:has([id='tabs:documents:file']) .ui-message-error")));
            assertThat(refused.getText()).contains("no file was chosen");
            assertThat(browser.driver.getCurrentUrl()).contains("id=" + caseId);
            assertThat(browser.driver.findElement(By.id("tabs:documentsTab")).isDisplayed()).isTrue();

            // A scan over the 10 MB limit is refused as it is chosen, in words beside the field, and not kept: sent, it
            // got the container's error page (over 12 MB) instead of the page.
            big = java.nio.file.Files.createTempFile("scan", ".pdf");
            try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(big.toFile(), "rw")) {
                sparse.setLength(11L * 1024 * 1024 + 300 * 1024);
            }
            browser.driver.findElement(By.id("tabs:documents:file")).sendKeys(big.toAbsolutePath().toString());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:documents:file_tooBig"), "11.3 MB"));
            WebElement tooBig = browser.driver.findElement(By.id("tabs:documents:file_tooBig"));
            assertThat(tooBig.getText()).isEqualTo(big.getFileName() + " is 11.3 MB, over the limit of 10 MB, so it was set aside: choose a smaller file.");
            assertThat(browser.driver.findElement(By.id("tabs:documents:file")).getAttribute("value")).as("not kept").isEmpty();
            assertThat(browser.driver.findElement(By.id("tabs:documents:file")).getAttribute("aria-describedby")).contains("tabs:documents:file_tooBig");

            pdf = java.nio.file.Files.createTempFile("detainer", ".pdf");
            java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
            browser.driver.findElement(By.id("tabs:documents:file")).sendKeys(pdf.toAbsolutePath().toString());
            assertThat(tooBig.getText()).as("a file within the limit ends the refusal").isEmpty();
            browser.type("tabs:documents:description", "I-247A from the jail");
            browser.click(browser.driver.findElement(By.id("tabs:documents:upload")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:documents:documentTable"),
                    "I-247A from the jail"));
            assertThat(browser.driver.findElement(By.id("tabs:documentsTab")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElements(By.cssSelector(".field:has([id='tabs:documents:file']) .ui-message-error"))).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("case-file-upload");
            throw e;
        } finally {
            for (java.nio.file.Path made : new java.nio.file.Path[]{pdf, big}) {
                if (made != null) {
                    java.nio.file.Files.deleteIfExists(made);
                }
            }
        }
    }

    @Test
    void theCaseFilesWholePagePostsKeepTheCasesAddress() {
        // Giving a case to a team, reassigning it and recording an event posted the whole page to file.xhtml without
        // ?id=: the page after them was the case, but a reload, a bookmark or a shared link of it named no case. Done,
        // each now asks for the case's address afresh (a reload reads the case, never sends the change again); refused,
        // the page is drawn at the case's address.
        long caseId = Http.openCase("Direccion" + UUID.randomUUID().toString().substring(0, 5), "Luz");
        browser.signInAt("/cases/file.xhtml?id=" + caseId, "supervisor");
        WebDriver driver = browser.driver;
        try {
            for (String button : new String[]{"team:giveToTeam", "assign:reassign"}) {
                WebElement before = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("html")));
                browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(button))));
                browser.wait.until(ExpectedConditions.stalenessOf(before));
                assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item"))).getText())
                        .as(button).contains("Saved");
                assertThat(driver.getCurrentUrl()).as(button).endsWith("/cases/file.xhtml?id=" + caseId);
            }

            // an event without its type is refused beside the type, on the same case's address
            browser.click(driver.findElement(By.cssSelector("#eventsPanel > summary")));
            WebElement before = driver.findElement(By.tagName("html"));
            browser.click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("events:recordEvent"))));
            browser.wait.until(ExpectedConditions.stalenessOf(before));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".field:has([id='events:type']) .ui-message-error")));
            assertThat(driver.getCurrentUrl()).contains("id=" + caseId);
            // the page drawn whole unfolds the events' part for its refusal, and starts at the refused field, said to be
            // refused and described by its message, as after an Ajax refusal
            assertThat(driver.findElement(By.id("eventsPanel")).getAttribute("open")).isNotNull();
            WebElement focused = browser.wait.until(d -> {
                WebElement at = d.switchTo().activeElement();
                return String.valueOf(at.getAttribute("id")).startsWith("events:type") ? at : null;
            });
            assertThat(focused.getAttribute("aria-invalid")).isEqualTo("true");
            String message = driver.findElement(By.cssSelector(".field:has([id='events:type']) .ui-message-error")).getAttribute("id");
            assertThat(focused.getAttribute("aria-describedby")).contains(message);

            // the address after them still opens the case
            driver.get(driver.getCurrentUrl());
            assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".amparo-title"))).getText())
                    .contains("Case " + caseId);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("case-file-address");
            throw e;
        }
    }

    @Test
    void theSpanishCaseFileHasSpanishLabels() {
        long caseId = Http.openCase("Idioma" + UUID.randomUUID().toString().substring(0, 5), "Luz");
        browser.signInAt("/cases/file.xhtml?id=" + caseId, "attorney");
        browser.speak("en"); // the language is remembered per user: start from English whatever an earlier run left
        try {
            browser.speak("es");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs"), "Antecedentes penales"));
            String tabs = browser.driver.findElement(By.id("tabs")).getText();
            assertThat(tabs).contains("Persona", "Inmigración", "Custodia y solicitudes de ICE", "Notas", "Documentos", "Historial");
            assertThat(browser.driver.findElement(By.id("tabs:person")).getText()).contains("Identidad de género", "País de origen");
            // a date as the page's date fields ask for one (DD/MM/AAAA), not 1991-02-03 beside them
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("03/02/1991").doesNotContain("1991-02-03");
            // the immigration status has an answer "Unknown" of its own: the empty choice is "not recorded", not a second one
            List<String> statuses = browser.driver.findElements(By.cssSelector("[id='tabs:immigration:immigrationStatus_input'] option"))
                    .stream().map(o -> o.getAttribute("textContent").strip()).toList();
            assertThat(statuses).startsWith("Sin registrar").doesNotHaveDuplicates().hasSizeGreaterThan(5);
        } finally {
            browser.speak("en");
        }
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs"), "Criminal history"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("02/03/1991");
    }
}
