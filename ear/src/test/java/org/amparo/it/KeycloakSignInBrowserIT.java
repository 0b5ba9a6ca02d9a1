package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 16 item 3: single sign-on through a real Keycloak (Maven Central's {@code keycloak-quarkus-dist}, unpacked by
 * the build into target/keycloak). Keycloak runs in dev mode with Java 21+ ({@link KeycloakServer}, started at the
 * beginning of the run by {@link EarlyKeycloak}) with the realm of src/test/resources/keycloak (a user per Amparo role,
 * and one whose organisation role has another name), switches a running server to OpenID Connect with the shipped
 * config/src/main/cli/oidc.cli, signs in in Chromium on Keycloak's login page, and checks the role each user lands with.
 * Afterwards it puts the server back on local accounts and stops Keycloak, whatever happened. The server is one of its
 * own ({@link CrashNode}), so its two redeploys happen beside the one thread's suites, not in it. A slow suite: once per
 * CI run.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(CrashNode.LOCK)
@Order(SharedServer.LATE) // last of the suites on CrashNode: it stops that server when done
class KeycloakSignInBrowserIT {

    private static final String ISSUER = KeycloakServer.ISSUER;
    private static final String SECRET = "amparo-test-secret";
    private static final String PASSWORD = "sso-test-password";
    private static final Duration KEYCLOAK_START = Duration.ofSeconds(Integer.getInteger("amparo.it.keycloakStartSeconds", 300));

    private static boolean oidcOn;
    /** Whether the server was switched to OpenID Connect and users signed in: only then are their records checked. */
    private static boolean switched;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The server this suite switches: its own, beside the build's. */
    private static String base;

    @BeforeAll
    static void startKeycloakAndSwitchToOidc() throws Exception {
        assumeTrue(new File(KeycloakServer.home(), "bin/kc.sh").exists(), "the Keycloak distribution, unpacked by the build (mvn verify)");
        assumeTrue(KeycloakServer.jdk21().isPresent(), "a JDK 21 or later for Keycloak: -Dkeycloak.java.home=... or one under /usr/lib/jvm");
        base = CrashNode.up(Http.api());
        long waiting = System.nanoTime();
        KeycloakServer.start(); // usually started at the beginning of the run already (EarlyKeycloak)
        Duration sinceStart = KeycloakServer.awaitReady(KEYCLOAK_START);
        System.out.printf("Keycloak ready %d s after its start; this suite waited %d s for it%n", sinceStart.toSeconds(),
                Duration.ofNanos(System.nanoTime() - waiting).toSeconds());

        long switching = System.nanoTime();
        oidcOn = true;
        cli("/system-property=amparo.oidc.provider-url:add(value=\"" + ISSUER + "\")",
                "/system-property=amparo.oidc.secret:add(value=\"" + SECRET + "\")",
                "/system-property=amparo.oidc.ssl-required:add(value=NONE)",
                // the shipped script's operations, as an installation applies them (without its embed-server lines)
                String.join("\n", shippedOperations()),
                "/deployment=amparo.ear:redeploy");
        waitFor(base + "/api/health", Duration.ofMinutes(4), "Amparo after switching to OpenID Connect");
        switched = true;
        System.out.printf("Server switched to OpenID Connect in %d s%n", Duration.ofNanos(System.nanoTime() - switching).toSeconds());
    }

    @AfterAll
    static void backToLocalAccountsAndStopKeycloak() throws Exception {
        try {
            backToLocalAccounts();
        } finally {
            CrashNode.stop(); // the last suite on it
        }
    }

    private static void backToLocalAccounts() throws Exception {
        try {
            if (oidcOn) {
                long logFrom = Files.size(CrashNode.log());
                cli("/subsystem=elytron-oidc-client/secure-deployment=amparo-web.war:remove",
                        "/system-property=amparo.oidc.provider-url:remove",
                        "/system-property=amparo.oidc.secret:remove",
                        "/system-property=amparo.oidc.ssl-required:remove",
                        "/deployment=amparo.ear:redeploy");
                waitFor(base + "/api/health", Duration.ofMinutes(4), "Amparo back on local accounts");
                oidcOn = false;
                // How long the application took to stop: a session some request of this suite left open held the stop
                // for a minute (the server's distributable session manager waits for it; the thread dumps above show it
                // waiting). It was the OpenID Connect client's own invalidation of the session at a sign-out that found
                // the provider's security context still in it (ActiveSessions.empty; README, "A stop that waited a minute").
                java.util.regex.Matcher stopped = java.util.regex.Pattern.compile("WFLYSRV0028: .* in (\\d+)ms")
                        .matcher(ServerProcess.readFrom(CrashNode.log(), logFrom));
                assertThat(stopped.find()).as("the application's stop in the server log").isTrue();
                System.out.printf("Back on local accounts: the application stopped in %s ms%n", stopped.group(1));
                assertThat(Long.parseLong(stopped.group(1))).as("no session left open by the suite's sign-ins and sign-outs")
                        .isLessThan(30_000);
            }
        } catch (Exception | AssertionError e) {
            CrashNode.discard(); // left on single sign-on: a suite after this one gets a server afresh
            throw e;
        } finally {
            KeycloakServer.stop();
        }
        if (!switched) {
            return;
        }
        // Local accounts work again, and the records the provider's sign-ins made are there, with the provider's roles.
        Http api = Http.api();
        String admin = Http.basic("admin", Http.DEMO_PASSWORD);
        JsonObject me = Http.json(api.get(base + "/api/v1/accounts/me", "Authorization", Http.basic("caseworker", Http.DEMO_PASSWORD)));
        assertThat(me.getString("username")).isEqualTo("caseworker");
        HttpResponse<String> made = api.get(base + "/api/v1/accounts/sso-lawyer", "Authorization", admin);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(made.body()).contains("attorney");
        HttpResponse<String> history = api.get(base + "/api/v1/accounts/sso-caseworker/history?max=20", "Authorization", admin);
        assertThat(history.body()).as("the provider's sign-in is audited like a local one")
                .contains("signin.succeeded").contains("via=oidc").contains("user.created");
    }

    @Test
    void caseworkerSignsInAtKeycloakAndLandsWithTheInbox() {
        try (Browser browser = Browser.open()) {
            signInAtKeycloak(browser, "sso-caseworker");
            assertThat(browser.driver.getCurrentUrl()).startsWith(base);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu:menuTasks")));
            assertThat(roles(browser)).contains("\"username\":\"sso-caseworker\"").contains("\"roles\":[\"caseworker\"]");
        }
    }

    @Test
    void staffSignsInWithNoInboxAndOnlyTheStaffRole() {
        try (Browser browser = Browser.open()) {
            signInAtKeycloak(browser, "sso-staff");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
            assertThat(browser.driver.findElements(By.id("menu:menuTasks"))).as("staff have no inbox").isEmpty();
            assertThat(browser.driver.findElements(By.id("menu:menuAccounts"))).as("nor administration").isEmpty();
            assertThat(browser.driver.findElements(By.id("menu:myPassword"))).as("the provider owns passwords").isEmpty();
            assertThat(roles(browser)).contains("\"roles\":[\"staff\"]");
        }
    }

    @Test
    void anOrganisationRoleMappedAtTheProviderBecomesAmparosAttorney() {
        try (Browser browser = Browser.open()) {
            signInAtKeycloak(browser, "sso-lawyer");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
            assertThat(roles(browser)).as("immigration-lawyer, mapped to the amparo client's attorney role")
                    .contains("\"roles\":[\"attorney\"]");
        }
    }

    @Test
    void adminSeesAdministration() {
        try (Browser browser = Browser.open()) {
            signInAtKeycloak(browser, "sso-admin");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu:menuAccounts")));
        }
    }

    @Test
    void theApiTakesTheProvidersAccessTokenAndNoLocalCredentials() throws Exception {
        HttpResponse<String> me = Http.api().get(base + "/api/v1/accounts/me", "Authorization", "Bearer " + accessToken("sso-supervisor"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"sso-supervisor\"").contains("\"roles\":[\"supervisor\"]");
        assertThat(Http.api().get(base + "/api/v1/accounts/me", "Authorization", "Bearer not-a-token").statusCode()).isEqualTo(401);
        assertThat(Http.api().get(base + "/api/v1/accounts/me", "Authorization", Http.basic("caseworker", Http.DEMO_PASSWORD)).statusCode())
                .as("a local password is no way in while the provider signs people in").isEqualTo(401);
    }

    @Test
    void aRecordAnAdministratorDisabledIsRefusedWhateverTheProviderSays() throws Exception {
        String admin = disableRecordOf("sso-attorney");
        try {
            assertThat(Http.api().get(base + "/api/v1/accounts/me", "Authorization", "Bearer " + accessToken("sso-attorney"))
                    .statusCode()).isEqualTo(403);
        } finally {
            enableRecordOf("sso-attorney", admin);
        }
    }

    @Test
    void aRecordAnAdministratorDisabledSigningInOnThePagesGetsTheRefusalPage() throws Exception {
        String admin = disableRecordOf("sso-lawyer");
        try (Browser browser = Browser.open()) {
            signInAtKeycloak(browser, "sso-lawyer");
            WebElement refused = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorMessage")));
            assertThat(refused.getAttribute("data-status")).as("the refusal page").isEqualTo("403");
            assertThat(browser.driver.findElements(By.id("menu:menuTasks"))).as("no way into the application").isEmpty();
            // The session the refusal left, asked for without the browser (so without the provider's own session): a
            // session still holding the identity would be refused again (403); an emptied one is sent to sign in.
            org.openqa.selenium.Cookie cookie = browser.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(cookie).as("the refusal page's session").isNotNull();
            HttpResponse<String> replayed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cases/list.xhtml"))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(replayed.statusCode()).as("nobody is signed in in the session the refusal left").isEqualTo(302);
            assertThat(replayed.headers().firstValue("Location").orElse("")).as("sent to the provider's sign-in").startsWith(ISSUER);
        } finally {
            enableRecordOf("sso-lawyer", admin);
        }
    }

    /** Makes the provider user's record (its first call) and has an administrator disable it; the administrator's header. */
    private static String disableRecordOf(String username) throws Exception {
        Http api = Http.api();
        assertThat(api.get(base + "/api/v1/accounts/me", "Authorization", "Bearer " + accessToken(username)).statusCode())
                .as("the first call makes the record").isEqualTo(200);
        String admin = "Bearer " + accessToken("sso-admin");
        HttpResponse<String> disabled = api.postJson(base + "/api/v1/accounts/" + username + "/disable", "", "Authorization", admin);
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        return admin;
    }

    private static void enableRecordOf(String username, String admin) {
        assertThat(Http.api().postJson(base + "/api/v1/accounts/" + username + "/enable", "", "Authorization", admin).statusCode())
                .isEqualTo(200);
    }

    @Test
    void signingOutEndsTheProvidersSessionTooSoTheNextPersonMustSignIn() {
        try (Browser browser = Browser.open()) {
            signInAtKeycloak(browser, "sso-supervisor");
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("menu:logout"))).click();
            try {
                // The provider signs out at once with the ID token as a hint; without one it may ask to confirm first.
                browser.wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("username")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("kc-logout"))));
                if (!browser.driver.findElements(By.id("kc-logout")).isEmpty()) {
                    browser.driver.findElement(By.id("kc-logout")).click();
                }
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            } catch (RuntimeException e) {
                browser.screenshot("keycloak-signed-out");
                throw new AssertionError("after signing out the browser is at " + browser.driver.getCurrentUrl(), e);
            }
            assertThat(browser.driver.getCurrentUrl()).as("back at the provider's sign-in, not signed in again").startsWith(ISSUER);
            browser.driver.get(base + "/");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.driver.getCurrentUrl()).as("the provider's session ended with Amparo's").startsWith(ISSUER);
        }
    }

    @Test
    void aRecordTheProviderMadeOffersNoPasswordResetUntilAnAdministratorEndsTheLink() throws Exception {
        Http api = Http.api();
        assertThat(api.get(base + "/api/v1/accounts/me", "Authorization", "Bearer " + accessToken("sso-supervisor")).statusCode())
                .as("the first call makes the record").isEqualTo(200);
        String admin = "Bearer " + accessToken("sso-admin");
        HttpResponse<String> record = api.get(base + "/api/v1/accounts/sso-supervisor", "Authorization", admin);
        assertThat(Http.json(record).getBoolean("providerLinked")).as(record.body()).isTrue();

        HttpResponse<String> reset = api.postJson(base + "/api/v1/accounts/sso-supervisor/password-reset",
                "{\"password\":\"a long enough temporary one\"}", "Authorization", admin);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(400);
        assertThat(reset.body()).contains("\"field\":\"password\"").contains("identity provider");

        HttpResponse<String> ended = api.delete(base + "/api/v1/accounts/sso-supervisor/provider-link", "Authorization", admin);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(Http.json(ended).getBoolean("providerLinked")).isFalse();
        assertThat(api.get(base + "/api/v1/accounts/me", "Authorization", "Bearer " + accessToken("sso-supervisor")).statusCode()).isEqualTo(200);
        assertThat(Http.json(api.get(base + "/api/v1/accounts/sso-supervisor", "Authorization", admin)).getBoolean("providerLinked"))
                .as("signed in through the provider again: linked again").isTrue();
        assertThat(api.get(base + "/api/v1/accounts/sso-supervisor/history?max=50", "Authorization", admin).body())
                .contains("user.providerLinkEnded").contains("user.providerLinked");
    }

    /** An access token from Keycloak's token endpoint (the test client allows the password grant). */
    private static String accessToken(String username) throws Exception {
        String form = "grant_type=password&client_id=amparo&client_secret=" + SECRET + "&username=" + username + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&scope=openid";
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as("Keycloak's token endpoint").isEqualTo(200);
        return Http.json(token).getString("access_token");
    }

    /** Opens Amparo, is sent to Keycloak's login page, signs in there and comes back. */
    private static void signInAtKeycloak(Browser browser, String username) {
        try {
            browser.driver.get(base + "/");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
            assertThat(browser.driver.getCurrentUrl()).as("the provider's own login page").startsWith(ISSUER);
            browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wait.until(ExpectedConditions.urlContains(base + "/"));
            browser.wait.until(d -> !d.getCurrentUrl().contains("code="));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("keycloak-" + username);
            throw e;
        }
    }

    /** Who the browser's session is, from the API (a GET, which a page's session may make). */
    private static String roles(Browser browser) {
        browser.driver.get(base + "/api/v1/accounts/me");
        return browser.driver.findElement(By.tagName("body")).getText().replace(" ", "");
    }

    /** The operations of config/src/main/cli/oidc.cli, without the lines that start and stop an embedded server. */
    private static List<String> shippedOperations() throws IOException {
        List<String> operations = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("amparo.it.oidcCli", "../config/src/main/cli/oidc.cli")))) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("embed-server")
                    && !trimmed.startsWith("stop-embedded-server")) {
                operations.add(trimmed);
            }
        }
        assertThat(operations).as("oidc.cli's operations").isNotEmpty();
        return operations;
    }

    /** Runs CLI commands against the suite's server (local authentication, as the server's own user). */
    private static void cli(String... commands) throws Exception {
        File jbossHome = new File(System.getProperty("amparo.it.jbossHome", "target/server")).getCanonicalFile();
        Path script = Files.createTempFile("amparo-oidc", ".cli");
        try {
            Files.writeString(script, String.join("\n", commands) + "\n");
            ProcessBuilder run = new ProcessBuilder(new File(jbossHome, "bin/jboss-cli.sh").getPath(), "--connect",
                    "--controller=" + CrashNode.CONTROLLER, "--timeout=60000", "--file=" + script);
            run.environment().put("JBOSS_HOME", jbossHome.getPath());
            run.redirectErrorStream(true);
            Process cli = run.start();
            // A redeploy has sometimes waited a minute after the web context stopped, not yet explained: when the CLI
            // takes longer than 25 s, thread dumps of the server go beside the suite's report, to show what it waits for.
            Thread dumps = new Thread(() -> {
                try {
                    for (int n = 1; n <= 3 && cli.waitFor(n == 1 ? 25 : 15, TimeUnit.SECONDS) == false; n++) {
                        Path dump = Path.of("target", "failsafe-reports", "slow-redeploy-" + System.currentTimeMillis() + ".txt");
                        CrashNode.threadDump(dump);
                        System.out.println("The management operation is slow: thread dump of the server in " + dump);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "slow-redeploy-dumps");
            dumps.setDaemon(true);
            dumps.start();
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(5, TimeUnit.MINUTES)).isTrue();
            dumps.interrupt();
            assertThat(cli.exitValue()).as("jboss-cli: " + output.replace(SECRET, "***")).isZero();
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void waitFor(String url, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("DOWN")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(what + " was not ready within " + timeout.toSeconds() + " s");
    }
}
