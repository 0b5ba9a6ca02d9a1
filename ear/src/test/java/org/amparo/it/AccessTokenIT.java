package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.amparo.it.Http.DEMO_PASSWORD;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens on the API: made with a password and shown once, used as {@code Authorization: Bearer},
 * limited to the roles chosen (down to the EJBs' {@code @RolesAllowed}), refused once expired or revoked (by the user or
 * an administrator) or when the account is disabled; every creation, revocation and refusal is in the audit trail, and
 * no token ever reaches the server's log.
 */
class AccessTokenIT {

    private static final String ADMIN = basic("admin", DEMO_PASSWORD);
    private static final String CASEWORKER = basic("caseworker", DEMO_PASSWORD);

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Makes a token with Basic credentials; returns the answer's JSON ({@code token}, {@code details}). */
    static JsonObject make(String basicAuth, String json) {
        HttpResponse<String> made = Http.api().postJson("/api/v1/tokens", json, "Authorization", basicAuth);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return Http.json(made);
    }

    @Test
    void aTokenIsShownOnceAndThenWorksInsteadOfThePassword() {
        JsonObject made = make(CASEWORKER, "{\"name\":\"intake script\",\"days\":7}");
        String token = made.getString("token");
        long id = made.getJsonObject("details").getJsonNumber("id").longValue();
        assertThat(token).startsWith("amp_").hasSize(47);
        assertThat(made.getJsonObject("details").getString("state")).isEqualTo("active");
        assertThat(made.getJsonObject("details").getJsonArray("roles").getString(0)).isEqualTo("caseworker");

        HttpResponse<String> me = Http.api().get("/api/v1/accounts/me", "Authorization", bearer(token));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Http.json(me).getString("username")).isEqualTo("caseworker");
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", bearer(token)).statusCode()).isEqualTo(200);
        HttpResponse<String> opened = Http.api().postJson("/api/v1/cases", """
                {"familyName":"Ejemplo","givenNames":"Token","dateOfBirth":"1990-05-01","facilityId":1}""", "Authorization", bearer(token));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.headers().firstValue("Set-Cookie")).as("no session for a token call").isEmpty();

        HttpResponse<String> listed = Http.api().get("/api/v1/tokens", "Authorization", CASEWORKER);
        assertThat(listed.body()).contains("intake script").contains("\"id\":" + id).doesNotContain(token)
                .doesNotContain(token.substring(4, 20));
        assertThat(Http.api().get("/api/v1/tokens", "Authorization", basic("attorney", DEMO_PASSWORD)).body())
                .doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void aTokenIsNotMadeWithAnotherTokenNorWithRolesTheUserHasNot() {
        String token = make(CASEWORKER, "{\"name\":\"t\"}").getString("token");
        assertThat(Http.api().postJson("/api/v1/tokens", "{\"name\":\"child\"}", "Authorization", bearer(token)).statusCode())
                .isEqualTo(403);
        HttpResponse<String> tooMuch = Http.api().postJson("/api/v1/tokens", "{\"name\":\"x\",\"roles\":[\"admin\"]}",
                "Authorization", CASEWORKER);
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("roles");
        HttpResponse<String> noName = Http.api().postJson("/api/v1/tokens", "{\"days\":500}", "Authorization", CASEWORKER);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
    }

    @Test
    void aTokenCarriesOnlyTheRolesChosenDownToTheServices() {
        String user = "tok-two-roles";
        String temporary = "temporary password 1";
        String password = "tokens carry fewer roles";
        HttpResponse<String> created = Http.api().postJson("/api/v1/accounts", """
                {"username":"%s","displayName":"Two roles","password":"%s","roles":["caseworker","staff"]}""".formatted(user, temporary),
                "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.api().putJson("/api/v1/accounts/me/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(temporary, password), "Authorization", basic(user, temporary))
                .statusCode()).isEqualTo(204);

        String staffOnly = make(basic(user, password), "{\"name\":\"dashboard reader\",\"roles\":[\"staff\"]}").getString("token");
        HttpResponse<String> me = Http.api().get("/api/v1/accounts/me", "Authorization", bearer(staffOnly));
        assertThat(Http.json(me).getJsonArray("roles").toString()).isEqualTo("[\"staff\"]");
        String intake = """
                {"familyName":"Ejemplo","givenNames":"Alcance","dateOfBirth":"1990-05-01","facilityId":1}""";
        // opening a case is the caseworker's (checked by the EJB): the user may, the staff-only token may not
        assertThat(Http.api().postJson("/api/v1/cases", intake, "Authorization", bearer(staffOnly)).statusCode()).isEqualTo(403);
        assertThat(Http.api().postJson("/api/v1/cases", intake, "Authorization", basic(user, password)).statusCode()).isEqualTo(201);

        // the account disabled: its tokens stop at once; enabled again: they work again
        assertThat(Http.api().postJson("/api/v1/accounts/" + user + "/disable", "{}", "Authorization", ADMIN).statusCode()).isEqualTo(200);
        HttpResponse<String> disabled = Http.api().get("/api/v1/accounts/me", "Authorization", bearer(staffOnly));
        assertThat(disabled.statusCode()).isEqualTo(401);
        assertThat(disabled.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(Http.api().postJson("/api/v1/accounts/" + user + "/enable", "{}", "Authorization", ADMIN).statusCode()).isEqualTo(200);
        assertThat(Http.api().get("/api/v1/accounts/me", "Authorization", bearer(staffOnly)).statusCode()).isEqualTo(200);

        // roles taken from the user are taken from the token too
        assertThat(Http.api().putJson("/api/v1/accounts/" + user + "/roles", "{\"roles\":[\"caseworker\"]}", "Authorization", ADMIN)
                .statusCode()).isEqualTo(200);
        assertThat(Http.api().get("/api/v1/accounts/me", "Authorization", bearer(staffOnly)).statusCode()).isEqualTo(401);
        assertThat(audit()).contains("reason=accountDisabled").contains("reason=noRolesLeft");
    }

    @Test
    void aRevokedOrExpiredTokenIsRefusedAndEveryRefusalIsAudited() throws InterruptedException {
        JsonObject mine = make(CASEWORKER, "{\"name\":\"revoked by me\"}");
        String token = mine.getString("token");
        long id = mine.getJsonObject("details").getJsonNumber("id").longValue();
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", bearer(token)).statusCode()).isEqualTo(200);
        assertThat(Http.api().delete("/api/v1/tokens/" + id, "Authorization", basic("attorney", DEMO_PASSWORD)).statusCode())
                .as("someone else's token").isEqualTo(404);
        HttpResponse<String> revoked = Http.api().delete("/api/v1/tokens/" + id, "Authorization", CASEWORKER);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(Http.json(revoked).getString("state")).isEqualTo("revoked");
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", bearer(token)).statusCode()).isEqualTo(401);

        JsonObject other = make(CASEWORKER, "{\"name\":\"revoked by an administrator\"}");
        String otherToken = other.getString("token");
        long otherId = other.getJsonObject("details").getJsonNumber("id").longValue();
        assertThat(Http.api().get("/api/v1/admin/tokens?username=caseworker", "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(Http.api().delete("/api/v1/admin/tokens/" + otherId, "Authorization", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(Http.api().get("/api/v1/admin/tokens?username=caseworker", "Authorization", ADMIN).body())
                .contains("revoked by an administrator").doesNotContain(otherToken);
        assertThat(Http.api().delete("/api/v1/admin/tokens/" + otherId, "Authorization", ADMIN).statusCode()).isEqualTo(200);
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", bearer(otherToken)).statusCode()).isEqualTo(401);

        String shortLived = make(CASEWORKER, "{\"name\":\"short\",\"expiresAt\":\"" + Instant.now().plusSeconds(3) + "\"}").getString("token");
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", bearer(shortLived)).statusCode()).isEqualTo(200);
        Thread.sleep(4000);
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", bearer(shortLived)).statusCode()).isEqualTo(401);

        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", "Bearer amp_" + "x".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", "Bearer not-a-token").statusCode()).isEqualTo(401);
        assertThat(Http.api().get("/api/v1/cases?size=1", "Authorization", "Bearer amp_short").statusCode()).isEqualTo(401);

        String trail = audit();
        assertThat(trail).contains("token.created").contains("token.revoked").contains("reason=revoked")
                .contains("reason=expired").contains("reason=unknown").contains("reason=malformed")
                .doesNotContain(token).doesNotContain(otherToken).doesNotContain(shortLived);
    }

    @Test
    void aPagesSessionWithABadTokenIsRefusedAndNoTokenReachesTheLog() throws IOException {
        String token = make(CASEWORKER, "{\"name\":\"logged?\"}").getString("token");
        Http browser = Http.browser();
        assertThat(browser.postForm("/j_security_check", "j_username=caseworker&j_password=" + DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/v1/cases?size=1", "Authorization", "Bearer amp_" + "y".repeat(43)).statusCode())
                .as("a bad token counts, whatever session the browser has").isEqualTo(401);
        assertThat(browser.get("/api/v1/cases?size=1", "Authorization", bearer(token)).statusCode()).isEqualTo(200);
        String data = System.getProperty("amparo.it.serverData");
        if (data != null) {
            Path log = Path.of(data).resolveSibling("log").resolve("server.log");
            if (Files.exists(log)) {
                assertThat(Files.readString(log)).doesNotContain(token).doesNotContain("amp_" + "y".repeat(43));
            }
        }
    }

    private static String audit() {
        HttpResponse<String> page = Http.api().get("/api/v1/audit?size=1000", "Authorization", ADMIN);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }
}
