package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Collectors;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts, end to end over HTTP: an administrator creates, disables, re-enables and resets; a password set by an
 * administrator must be replaced at the next sign-in (pages and API); everyone changes their own password; the
 * password policy refuses short and common passwords naming the field; sign-ins are audited; and an unknown username
 * costs a hash verification like a wrong password does.
 */
class AccountAdministrationIT {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String TEMPORARY = "temporary lantern river 7";
    private static final String OWN = "my own quiet harbour 42";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A username no other test (nor an earlier run on the same database) has used: it-, then 10 letters. */
    private static String newUsername() {
        StringBuilder name = new StringBuilder("it-");
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    private static HttpResponse<String> create(String username, String password, String... roles) {
        String roleList = List.of(roles).stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        return Http.api().postJson("/api/v1/accounts", """
                {"username":"%s","displayName":"Test %s","password":"%s","roles":[%s]}""".formatted(username, username, password, roleList),
                "Authorization", ADMIN);
    }

    private static HttpResponse<String> changeOwn(String username, String current, String next) {
        return Http.api().putJson("/api/v1/accounts/me/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(current, next), "Authorization", basic(username, current));
    }

    private static int readCases(String username, String password) {
        return Http.api().get("/api/v1/cases?size=1", "Authorization", basic(username, password)).statusCode();
    }

    /** Signs in through the form; the answer (a redirect on success). */
    private static HttpResponse<String> signIn(Http browser, String username, String password) {
        browser.get("/cases/list.xhtml");
        return browser.postForm("/j_security_check", "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    /** A user with a password of their own (created, then changed). */
    private static String userWithOwnPassword(String role) {
        String user = newUsername();
        assertThat(create(user, TEMPORARY, role).statusCode()).isEqualTo(201);
        assertThat(changeOwn(user, TEMPORARY, OWN).statusCode()).isEqualTo(204);
        return user;
    }

    private static JsonObject firstError(HttpResponse<String> response) {
        return Http.json(response).getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordAtTheFirstSignInThenWorks() {
        String user = newUsername();
        HttpResponse<String> created = create(user, TEMPORARY, "caseworker");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).getBoolean("mustChangePassword")).isTrue();
        assertThat(created.body()).doesNotContain(TEMPORARY).doesNotContain("$2a$");

        // Pages: straight to the password page, and no other page until it is changed
        Http browser = Http.browser();
        HttpResponse<String> login = signIn(browser, user, TEMPORARY);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
        HttpResponse<String> list = browser.get("/cases/list.xhtml");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
        HttpResponse<String> page = browser.get("/account/password.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("mustChange").contains("newPassword");

        // API: nothing but the password change
        HttpResponse<String> refused = Http.api().get("/api/v1/cases?size=1", "Authorization", basic(user, TEMPORARY));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("me/password");

        assertThat(changeOwn(user, TEMPORARY, OWN).statusCode()).isEqualTo(204);

        assertThat(readCases(user, OWN)).isEqualTo(200);
        assertThat(readCases(user, TEMPORARY)).as("the temporary password no longer works").isEqualTo(401);
        HttpResponse<String> again = signIn(Http.browser(), user, OWN);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases/list.xhtml"));
    }

    @Test
    void theForcedChangeWorksThroughThePageAndTheAdministratorsPageListsAccountsAndSessions() {
        String user = newUsername();
        assertThat(create(user, TEMPORARY, "caseworker").statusCode()).isEqualTo(201);
        Http browser = Http.browser();
        assertThat(signIn(browser, user, TEMPORARY).statusCode()).isEqualTo(302);

        String page = browser.get("/account/password.xhtml").body();
        String viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String tooShort = browser.postForm("/account/password.xhtml", "password=password"
                + "&password%3AcurrentPassword=" + enc(TEMPORARY) + "&password%3AnewPassword=short&password%3AnewPasswordAgain=short"
                + "&password%3Achange=&jakarta.faces.ViewState=" + enc(viewState)).body();
        assertThat(tooShort).as("refused on the page, naming the field").contains("New password: must be at least 12 characters");

        page = browser.get("/account/password.xhtml").body();
        viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> changed = browser.postForm("/account/password.xhtml", "password=password"
                + "&password%3AcurrentPassword=" + enc(TEMPORARY) + "&password%3AnewPassword=" + enc(OWN)
                + "&password%3AnewPasswordAgain=" + enc(OWN) + "&password%3Achange=&jakarta.faces.ViewState=" + enc(viewState));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(browser.get("/cases/list.xhtml").body()).as("free to go on").contains("casesTable");
        assertThat(readCases(user, OWN)).isEqualTo(200);

        Http admin = Http.browser();
        assertThat(signIn(admin, "admin", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> accountsPage = admin.get("/admin/accounts.xhtml");
        assertThat(accountsPage.statusCode()).isEqualTo(200);
        assertThat(accountsPage.body()).contains("accountsTable").contains("sessionsTable").contains("newAccount");
        assertThat(browser.get("/admin/accounts.xhtml").statusCode()).as("not for a caseworker").isEqualTo(403);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void shortAndCommonPasswordsAreRefusedNamingTheField() {
        HttpResponse<String> tooShort = create(newUsername(), "short-pass1", "caseworker");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(firstError(tooShort).getString("field")).isEqualTo("password");
        assertThat(firstError(tooShort).getString("message")).contains("12");

        HttpResponse<String> common = create(newUsername(), "qwerty123456", "caseworker");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(firstError(common).getString("field")).isEqualTo("password");
        assertThat(firstError(common).getString("message")).contains("commonly used");

        HttpResponse<String> spanish = Http.api().postJson("/api/v1/accounts", """
                {"username":"%s","displayName":"Prueba","password":"qwerty123456","roles":["staff"]}""".formatted(newUsername()),
                "Authorization", ADMIN, "Accept-Language", "es");
        assertThat(firstError(spanish).getString("message")).contains("contraseñas más usadas");

        String user = newUsername();
        assertThat(create(user, TEMPORARY, "attorney").statusCode()).isEqualTo(201);
        HttpResponse<String> ownTooShort = changeOwn(user, TEMPORARY, "tiny");
        assertThat(ownTooShort.statusCode()).isEqualTo(400);
        assertThat(firstError(ownTooShort).getString("field")).isEqualTo("newPassword");
        HttpResponse<String> ownCommon = changeOwn(user, TEMPORARY, "1qaz2wsx3edc");
        assertThat(firstError(ownCommon).getString("field")).isEqualTo("newPassword");

        HttpResponse<String> wrongCurrent = Http.api().putJson("/api/v1/accounts/me/password",
                "{\"currentPassword\":\"not the password\",\"newPassword\":\"" + OWN + "\"}", "Authorization", basic(user, TEMPORARY));
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(firstError(wrongCurrent).getString("field")).isEqualTo("currentPassword");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEndUntilReEnabled() {
        String user = userWithOwnPassword("caseworker");
        Http browser = Http.browser();
        assertThat(signIn(browser, user, OWN).statusCode()).isEqualTo(302);
        assertThat(browser.get("/cases/list.xhtml").body()).contains("casesTable");
        HttpResponse<String> sessions = Http.api().get("/api/v1/accounts/sessions", "Authorization", ADMIN);
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.body()).contains("\"username\":\"" + user + "\"");

        HttpResponse<String> disabled = Http.api().postJson("/api/v1/accounts/" + user + "/disable", "{}", "Authorization", ADMIN);
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(Http.json(disabled).getBoolean("enabled")).isFalse();

        assertThat(readCases(user, OWN)).isEqualTo(401);
        assertThat(browser.getAfterEndedSession("/cases/list.xhtml").body()).as("the open session was ended")
                .contains("j_security_check").doesNotContain("casesTable");
        HttpResponse<String> login = signIn(Http.browser(), user, OWN);
        assertThat(login.body()).contains("loginFailed");

        assertThat(Http.api().postJson("/api/v1/accounts/" + user + "/enable", "{}", "Authorization", ADMIN).statusCode()).isEqualTo(200);
        assertThat(readCases(user, OWN)).isEqualTo(200);
    }

    @Test
    void anAdministratorEndsOneSessionByItsHandle() {
        String user = userWithOwnPassword("attorney");
        Http browser = Http.browser();
        assertThat(signIn(browser, user, OWN).statusCode()).isEqualTo(302);

        var mine = Http.jsonArray(Http.api().get("/api/v1/accounts/sessions", "Authorization", ADMIN)).stream()
                .map(v -> v.asJsonObject()).filter(s -> s.getString("username").equals(user) && s.getString("via").equals("page"))
                .findFirst().orElseThrow();
        assertThat(Http.api().delete("/api/v1/accounts/sessions/" + mine.getString("handle"), "Authorization", ADMIN).statusCode())
                .isEqualTo(204);

        assertThat(browser.getAfterEndedSession("/cases/list.xhtml").body()).contains("j_security_check").doesNotContain("casesTable");
        assertThat(Http.api().get("/api/v1/accounts/sessions", "Authorization", basic(user, OWN)).statusCode())
                .as("only administrators list sessions").isEqualTo(403);
    }

    @Test
    void aResetPasswordMustBeReplacedAtTheNextSignIn() {
        String user = userWithOwnPassword("supervisor");
        String reset = "reset given by phone 9";
        HttpResponse<String> answer = Http.api().postJson("/api/v1/accounts/" + user + "/password-reset",
                "{\"password\":\"" + reset + "\"}", "Authorization", ADMIN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Http.json(answer).getBoolean("mustChangePassword")).isTrue();

        assertThat(readCases(user, OWN)).as("the old password").isEqualTo(401);
        assertThat(readCases(user, reset)).as("the reset password, before the change").isEqualTo(403);
        HttpResponse<String> login = signIn(Http.browser(), user, reset);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));

        assertThat(changeOwn(user, reset, "another own password 3").statusCode()).isEqualTo(204);
        assertThat(readCases(user, "another own password 3")).isEqualTo(200);
    }

    @Test
    void rolesAreAssignedAndAnAdministratorKeepsTheirOwn() {
        String user = userWithOwnPassword("staff");
        HttpResponse<String> assigned = Http.api().putJson("/api/v1/accounts/" + user + "/roles",
                "{\"roles\":[\"caseworker\",\"attorney\"]}", "Authorization", ADMIN);
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(Http.json(assigned).getJsonArray("roles").toString()).contains("attorney").contains("caseworker").doesNotContain("staff");
        assertThat(readCases(user, OWN)).isEqualTo(200);

        HttpResponse<String> unknownRole = Http.api().putJson("/api/v1/accounts/" + user + "/roles",
                "{\"roles\":[\"system\"]}", "Authorization", ADMIN);
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(firstError(unknownRole).getString("field")).isEqualTo("roles");

        HttpResponse<String> ownRole = Http.api().putJson("/api/v1/accounts/admin/roles", "{\"roles\":[\"staff\"]}", "Authorization", ADMIN);
        assertThat(ownRole.statusCode()).isEqualTo(400);
        assertThat(firstError(ownRole).getString("field")).isEqualTo("roles");
        HttpResponse<String> ownAccount = Http.api().postJson("/api/v1/accounts/admin/disable", "{}", "Authorization", ADMIN);
        assertThat(ownAccount.statusCode()).isEqualTo(400);
        assertThat(firstError(ownAccount).getString("field")).isEqualTo("username");

        assertThat(Http.api().get("/api/v1/accounts", "Authorization", basic("supervisor", Http.DEMO_PASSWORD)).statusCode())
                .as("only administrators").isEqualTo(403);
        assertThat(create(newUsername(), TEMPORARY, "caseworker").statusCode()).isEqualTo(201);
        assertThat(Http.api().postJson("/api/v1/accounts", "{\"username\":\"x-by-caseworker\",\"displayName\":\"X\",\"password\":\""
                + TEMPORARY + "\",\"roles\":[\"admin\"]}", "Authorization", basic("caseworker", Http.DEMO_PASSWORD)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void everySignInIsAuditedWithoutThePasswordAndUnknownUsernamesOnlyAsAKeyedHash() {
        String user = userWithOwnPassword("caseworker");
        assertThat(readCases(user, OWN)).isEqualTo(200);
        assertThat(readCases(user, "a wrong password here")).isEqualTo(401);
        assertThat(signIn(Http.browser(), user, OWN).statusCode()).isEqualTo(302);
        String unknown = newUsername();
        assertThat(readCases(unknown, "whatever it may be")).isEqualTo(401);

        String history = Http.api().get("/api/v1/accounts/" + user + "/history", "Authorization", ADMIN).body();
        assertThat(history).contains("signin.succeeded").contains("signin.failed").contains("via=page").contains("via=api")
                .contains("user.created").contains("user.passwordChanged")
                .doesNotContain(OWN).doesNotContain("a wrong password here").doesNotContain(TEMPORARY);

        String unknownHistory = Http.api().get("/api/v1/accounts/" + unknown + "/history", "Authorization", ADMIN).body();
        assertThat(unknownHistory).contains("signin.failed").contains("\"subjectId\":\"unknown:").contains("account=none")
                .doesNotContain(unknown).doesNotContain("whatever it may be");
    }

    @Test
    void anUnknownUsernameCostsAHashVerificationLikeAWrongPassword() {
        String user = userWithOwnPassword("attorney");

        JsonObject before = Http.json(Http.api().get("/api/v1/accounts/sign-in-work", "Authorization", ADMIN));
        assertThat(readCases(newUsername(), "some password 1")).isEqualTo(401);
        JsonObject afterUnknown = Http.json(Http.api().get("/api/v1/accounts/sign-in-work", "Authorization", ADMIN));
        assertThat(readCases(user, "some password 2")).isEqualTo(401);
        JsonObject afterWrong = Http.json(Http.api().get("/api/v1/accounts/sign-in-work", "Authorization", ADMIN));

        // Counters are server-wide and other tests may sign in meanwhile: at least one more of each.
        assertThat(afterUnknown.getJsonNumber("dummyHashVerifications").longValue())
                .as("the unknown username was verified against the dummy hash")
                .isGreaterThan(before.getJsonNumber("dummyHashVerifications").longValue());
        assertThat(afterWrong.getJsonNumber("accountHashVerifications").longValue())
                .as("the wrong password was verified against the account's hash")
                .isGreaterThan(afterUnknown.getJsonNumber("accountHashVerifications").longValue());

        // And the two take about as long. A busy machine only ever adds time, so each kind's fastest try is its own
        // cost: tries taken in turn (unknown, wrong, unknown, ...), so that a busy moment falls on both kinds alike,
        // and the fastest of each compared within a generous margin (no 5 ms against 90 ms).
        String second = userWithOwnPassword("attorney");
        long[] unknownFastest = {Long.MAX_VALUE};
        long[] wrongFastest = {Long.MAX_VALUE};
        for (String known : List.of(user, second)) {
            // three wrong passwords per user: within the throttle's free failures (the unknown names differ each time)
            for (int i = 0; i < 3; i++) {
                unknownFastest[0] = Math.min(unknownFastest[0], millis(() -> readCases(newUsername(), "timing password 1")));
                wrongFastest[0] = Math.min(wrongFastest[0], millis(() -> readCases(known, "timing password 2")));
            }
        }
        assertThat(unknownFastest[0]).as("unknown %d ms, wrong %d ms (fastest of six each)", unknownFastest[0], wrongFastest[0])
                .isGreaterThanOrEqualTo(wrongFastest[0] / 3);
    }

    private static long millis(Runnable attempt) {
        long start = System.nanoTime();
        attempt.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void repeatedWrongPasswordsBackOffBrieflyAndASuccessAfterTheWaitSignsIn() throws InterruptedException {
        String user = userWithOwnPassword("caseworker");
        for (int i = 0; i < 4; i++) {
            assertThat(readCases(user, "wrong password " + i)).isEqualTo(401);
        }
        HttpResponse<String> throttled = Http.api().get("/api/v1/cases?size=1", "Authorization", basic(user, OWN));
        assertThat(throttled.statusCode()).as("even the right password waits its turn").isEqualTo(429);
        long wait = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 60L);

        Thread.sleep(wait * 1000 + 200);
        assertThat(readCases(user, OWN)).isEqualTo(200);
        assertThat(readCases(user, "wrong again")).as("the success forgot the failures").isEqualTo(401);
        assertThat(readCases(user, OWN)).isEqualTo(200);
    }
}
