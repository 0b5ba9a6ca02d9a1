package org.amparo.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's CSRF check in a real (headless Debian) Chromium: a caseworker is signed in to Amparo; a page on another
 * origin (a small server of the test's own, on 127.0.0.1 and another port) tries what a hostile page would: lift an ICE
 * hold, upload a document, open a case, with {@code fetch} (credentials included, simple content types) and with a
 * self-submitting form. Nothing changes.
 */
class CsrfBrowserIT extends BrowserTest {

    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    @Test
    void aPageOnAnotherOriginCannotLiftAHoldUploadADocumentOrOpenACaseWithTheVictimsSession() throws Exception {
        Http api = Http.api();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        long caseId = Http.openCase("Victima" + tag, "Ana");
        HttpResponse<String> hold = api.postJson("/api/v1/cases/" + caseId + "/ice-requests", """
                {"formCode":"I_247A","issuedAt":"%s","servedOnPerson":true}""".formatted(LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES)),
                "Authorization", basic("caseworker", Http.DEMO_PASSWORD));
        assertThat(hold.statusCode()).as(hold.body()).isEqualTo(201);
        long detainerId = Http.json(hold).getJsonNumber("id").longValue();

        String base = Http.BASE;
        String forgedName = "Forjado" + tag;
        String evil = """
                <!DOCTYPE html><html lang="en"><head><title>prize</title></head><body>
                <form id="f" method="POST" enctype="text/plain" action="%1$s/api/v1/cases">
                  <input name='{"familyName":"%2$s","facilityId":1,"x":"' value='"}'>
                </form>
                <script>
                  const opts = {method: 'POST', credentials: 'include', mode: 'no-cors', headers: {'Content-Type': 'text/plain'}};
                  Promise.allSettled([
                    fetch('%1$s/api/v1/cases/%3$d/ice-requests/%4$d/lift', opts),
                    fetch('%1$s/api/v1/cases', {...opts, body: JSON.stringify({familyName: '%2$s', facilityId: 1})}),
                    fetch('%1$s/api/v1/cases/%3$d/documents?fileName=forged.pdf', {...opts, body: '%%PDF-1.4 forged'})
                  ]).then(() => { document.title = 'sent'; document.getElementById('f').submit(); });
                </script></body></html>""".formatted(base, forgedName, caseId, detainerId);
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/evil.html", exchange -> {
            byte[] body = evil.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        try {
            browser.signInAt("/cases/list.xhtml", "caseworker");
            browser.driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/evil.html");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("evil.html")
                    || "sent".equals(d.getTitle()));
            Thread.sleep(1500); // the self-submitting form's request lands
        } finally {
            attacker.stop(0);
        }

        JsonObject file = Http.json(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", SUPERVISOR));
        assertThat(file.getJsonArray("iceRequests").getJsonObject(0).getBoolean("lifted")).as("the hold still stands").isFalse();
        assertThat(file.getJsonArray("documents")).as("no document was uploaded").isEmpty();
        assertThat(api.get("/api/v1/cases?search=" + forgedName.toLowerCase(), "Authorization", SUPERVISOR).body())
                .as("no case was opened").doesNotContain(forgedName);
    }
}
