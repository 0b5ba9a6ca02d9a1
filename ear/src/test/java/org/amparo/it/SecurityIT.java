package org.amparo.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Every page and API call needs a signed-in user; the login form and HTTP Basic share one security domain. */
class SecurityIT {

    @Test
    void anAnonymousPageRequestGetsTheLoginFormNotThePage() {
        HttpResponse<String> page = Http.browser().get("/cases/list.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("j_security_check").doesNotContain("casesTable");
    }

    @Test
    void everyPageNamesAnIconAnyoneMayFetchSoBrowsersStopAskingForAMissingOne() {
        // without one, a browser asked the server's root for /favicon.ico on every page: a 404 in every log
        HttpResponse<String> page = Http.browser().get("/login.xhtml");
        java.util.regex.Matcher icon = java.util.regex.Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(icon.find()).as("the login page's icon").isTrue();
        String href = icon.group(1).replace("&amp;", "&");
        HttpResponse<String> fetched = Http.browser().get(href.substring(href.indexOf("/jakarta.faces.resource/")));
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(fetched.body()).contains("<svg");
    }

    @Test
    void aCaseNumberIsWrittenAsItsNumberNotAsAQuantity() {
        // "There is no case 99,999" (and in Spanish "Caso 9.999"): a case's number with a thousands separator
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");
        browser.postForm("/j_security_check", "j_username=caseworker&j_password=" + Http.DEMO_PASSWORD);
        assertThat(browser.get("/cases/file.xhtml?id=99999").body()).contains("There is no case 99999,").doesNotContain("99,999");
    }

    @Test
    void theRightPasswordSignsInAndShowsTheCaseList() {
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");

        HttpResponse<String> login = browser.postForm("/j_security_check", "j_username=caseworker&j_password=" + Http.DEMO_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases/list.xhtml"));

        HttpResponse<String> list = browser.get("/cases/list.xhtml");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("casesTable").doesNotContain("j_security_check");
    }

    @Test
    void aWrongPasswordShowsTheLoginErrorAndNoPage() {
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");

        HttpResponse<String> login = browser.postForm("/j_security_check", "j_username=caseworker&j_password=wrong-password");

        assertThat(login.body()).contains("loginFailed").doesNotContain("casesTable");
        assertThat(browser.get("/cases/list.xhtml").body()).contains("j_security_check");
    }

    @Test
    void signingOutEndsTheSession() {
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");
        browser.postForm("/j_security_check", "j_username=caseworker&j_password=" + Http.DEMO_PASSWORD);
        assertThat(browser.get("/cases/list.xhtml").body()).contains("casesTable");

        String page = browser.get("/cases/list.xhtml").body();
        String signedInSession = browser.sessionId();
        assertThat(signedInSession).isNotNull();
        String viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        browser.postForm("/cases/list.xhtml", "menu=menu&menu%3Alogout=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(browser.get("/cases/list.xhtml").body()).contains("j_security_check");
        // the signed-in session's cookie, replayed from elsewhere (copied off the computer), opens nothing
        HttpResponse<String> replayed = Http.api().get("/cases/list.xhtml", "Cookie", "JSESSIONID=" + signedInSession);
        assertThat(replayed.body()).contains("j_security_check").doesNotContain("casesTable");
        assertThat(browser.sessionId()).isNotEqualTo(signedInSession);
    }

    @Test
    void anAnonymousApiCallGets401WithABasicChallenge() {
        HttpResponse<String> response = Http.api().get("/api/v1/cases/1");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void aWrongApiPasswordGets401() {
        assertThat(Http.api().get("/api/v1/cases/1", "Authorization", basic("caseworker", "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void theHealthEndpointIsOpenAndReportsDatabaseAndEngine() {
        HttpResponse<String> response = Http.api().get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        var health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("database").getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("workflowEngine").getString("status")).isEqualTo("UP");
    }

    private static Http signedIn(String user) {
        Http browser = Http.browser();
        browser.get("/cases/list.xhtml");
        HttpResponse<String> login = browser.postForm("/j_security_check", "j_username=" + user + "&j_password=" + Http.DEMO_PASSWORD);
        assertThat(login.statusCode()).as("signed in as " + user).isEqualTo(302);
        return browser;
    }

    @Test
    void aPagesSessionMayReadThroughTheApiButNeverChangeAnything() {
        Http browser = signedIn("caseworker");
        assertThat(browser.get("/api/v1/cases?size=1").statusCode()).as("reading with the page's session").isEqualTo(200);

        // What a hostile page can make a signed-in browser send: a simple cross-site POST carrying the session cookie.
        HttpResponse<String> forged = browser.postText("/api/v1/cases",
                "{\"familyName\":\"Falsificado\",\"facilityId\":1}", "Origin", "http://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Http.json(Http.api().get("/api/v1/cases?search=Falsificado", "Authorization", basic("supervisor", Http.DEMO_PASSWORD)))
                .getJsonArray("rows")).as("nothing was created").isEmpty();
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnly() {
        HttpResponse<String> page = Http.browser().get("/cases/list.xhtml");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void everyAnswerForbidsFramingSniffingAndCachingOfPersonalData() {
        HttpResponse<String> page = signedIn("caseworker").get("/cases/list.xhtml");
        HttpResponse<String> api = Http.api().get("/api/v1/cases?size=1", "Authorization", basic("caseworker", Http.DEMO_PASSWORD));
        for (HttpResponse<String> answer : java.util.List.of(page, api)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void aPageTheRoleMayNotUseIsForbiddenNotAnError() {
        HttpResponse<String> file = signedIn("staff").get("/cases/file.xhtml?id=1");
        assertThat(file.statusCode()).isEqualTo(403);
        assertThat(file.body()).contains("Your role does not allow this").doesNotContain("EJBAccessException", "at org.amparo");
    }

    @Test
    void staffStartOnTheDashboardNotOnTheCaseList() {
        HttpResponse<String> list = signedIn("staff").get("/cases/list.xhtml");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/index.xhtml"));
    }

    @Test
    void eachRoleStartsOnItsOwnFirstPage() {
        for (String[] roleAndPage : new String[][]{{"staff", "/dashboard/index.xhtml"}, {"attorney", "/tasks/inbox.xhtml"},
                {"caseworker", "/cases/list.xhtml"}, {"supervisor", "/cases/list.xhtml"}}) {
            HttpResponse<String> root = signedIn(roleAndPage[0]).get("/");
            assertThat(root.statusCode()).as(roleAndPage[0]).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).as(roleAndPage[0])
                    .hasValueSatisfying(l -> assertThat(l).endsWith(roleAndPage[1]));
        }
    }

    @Test
    void staffHaveNoInboxInTheMenu() {
        HttpResponse<String> dashboard = signedIn("staff").get("/dashboard/index.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("menuTasks").doesNotContain("Something went wrong");
        assertThat(signedIn("attorney").get("/dashboard/index.xhtml").body()).contains("menuTasks");
    }
}
