package org.amparo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A small HTTP client for black-box tests against the provisioned, started server. */
final class Http {

    static final String BASE = System.getProperty("amparo.baseUrl", "http://localhost:8080/amparo");
    static final String DEMO_PASSWORD = "amparo-demo";

    private final HttpClient client;
    private final CookieManager cookies;

    private Http(HttpClient client, CookieManager cookies) {
        this.client = client;
        this.cookies = cookies;
    }

    /** A client that keeps cookies (a browser session) and does not follow redirects by itself. */
    static Http browser() {
        CookieManager cookies = new CookieManager();
        return new Http(HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build(), cookies);
    }

    /** The session cookie this browser holds now (to replay it from elsewhere), or null. */
    String sessionId() {
        return cookies == null ? null : cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A cookie-less API client. */
    static Http api() {
        return new Http(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build(), null);
    }

    /** The answer, after checking that it is {@code 201 Created} (its body tells why when it is not). */
    static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    /** The answer, after checking that it is {@code 200 OK} (its body tells why when it is not). */
    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** Checks that the call was refused as bad input ({@code 400}) with a message naming the field. */
    static void assertField(HttpResponse<String> refused, String field) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"" + field + "\"");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A page asked for with a session an administrator ended: the server ends it and sends the browser back to the same
     * address ({@code 302}, in a request of its own), which then shows the sign-in page. Returns that second answer.
     */
    HttpResponse<String> getAfterEndedSession(String path) {
        HttpResponse<String> ended = get(path);
        assertThat(ended.statusCode()).as("the ended session's request is sent back to its address").isEqualTo(302);
        String location = ended.headers().firstValue("Location").orElse("");
        assertThat(location).endsWith(path.startsWith("http") ? URI.create(path).getPath() : path);
        return get(location);
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST as a plain HTML form or a script of another site can send it without asking (text/plain). */
    HttpResponse<String> postText(String path, String text, String... headers) {
        return send(request(path, headers).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBytes(String path, byte[] body, String contentType, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a case through the API as the demo caseworker, at the first demo facility; returns its id. */
    /** Nine random digits, an A-number no other test's person has (nor a demo person's: theirs are 999000000 and up). */
    static String newANumberDigits() {
        return String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 999_000_000L));
    }

    static long openCase(String familyName, String givenNames) {
        HttpResponse<String> response = api().postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"%s","dateOfBirth":"1991-02-03","facilityId":1}""".formatted(familyName, givenNames),
                "Authorization", basic("caseworker", DEMO_PASSWORD));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not open a case: " + response.statusCode() + " " + response.body());
        }
        return json(response).getJsonNumber("id").longValue();
    }

    /**
     * A page as a demo user reads it in a language ({@code en} or {@code es}), whatever an earlier test left as the
     * account's language: a signed-in user's remembered language outranks the browser's, so it is set first, and set
     * back to English after a Spanish page (what the accessibility walk leaves too).
     */
    static String page(String user, String path, String language) {
        String auth = basic(user, DEMO_PASSWORD);
        setLanguage(auth, language);
        try {
            Http browser = browser();
            HttpResponse<String> signIn = browser.postForm("/j_security_check", "j_username=" + user + "&j_password=" + DEMO_PASSWORD);
            if (signIn.statusCode() != 302) {
                throw new IllegalStateException("Could not sign in as " + user + ": " + signIn.statusCode());
            }
            HttpResponse<String> page = browser.get(path, "Accept-Language", language);
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            return page.body();
        } finally {
            if (!"en".equals(language)) {
                setLanguage(auth, "en");
            }
        }
    }

    private static void setLanguage(String auth, String language) {
        HttpResponse<String> set = api().putJson("/api/v1/accounts/me/language", "{\"language\":\"" + language + "\"}",
                "Authorization", auth);
        if (set.statusCode() != 204) {
            throw new IllegalStateException("Could not set the language: " + set.statusCode() + " " + set.body());
        }
    }

    /** The case file as JSON text, read through the API as the given demo user. */
    static String caseFile(long caseId, String user) {
        return api().get("/api/v1/cases/" + caseId + "/file", "Authorization", basic(user, DEMO_PASSWORD)).body();
    }

    static jakarta.json.JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    static JsonObject json(HttpResponse<String> response) {
        JsonStructure s = Json.createReader(new StringReader(response.body())).read();
        return s.asJsonObject();
    }

    private static HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
