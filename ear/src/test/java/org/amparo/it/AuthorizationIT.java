package org.amparo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, generated from the application itself: every API operation of the OpenAPI document the server
 * serves ({@code /openapi}) and every page ({@code .xhtml} under {@code web/src/main/webapp}, outside {@code WEB-INF}),
 * each tried once anonymously and once as each role, against the one table of expected answers
 * ({@code web/src/main/resources/org/amparo/web/api/authorization.csv}, which the OpenAPI document also takes its roles
 * from). An operation or page missing from the table, or a row for one that is gone, fails the test.
 * <p>
 * Expected answers: {@code 401} (API, no credentials), {@code login} (page, the sign-in form instead), {@code 403}, or
 * {@code ok} (anything but 401 and 403: the role got past authorization; the answer may still be 400 or 404, since the
 * test sends no real body and ids that do not exist, so that it changes nothing). API calls carry a personal access token
 * of the demo user of each role (HTTP Basic for making tokens, which a token may not do), pages a signed-in session. {@code -Dauthorization.record=true} writes what the server answered to
 * {@code target/authorization-observed.csv} instead of failing, to extend the table after adding endpoints (review it!).
 */
class AuthorizationIT {

    static final Path TABLE = Path.of(System.getProperty("amparo.it.authorizationTable",
            "../web/src/main/resources/org/amparo/web/api/authorization.csv"));
    static final Path WEBAPP = Path.of(System.getProperty("amparo.it.webapp", "../web/src/main/webapp"));
    static final List<String> WHO = List.of("anonymous", "caseworker", "attorney", "supervisor", "staff", "admin");
    /** An id no record has: a role that may call an operation gets 404, not a change to real data. */
    static final String NO_SUCH_ID = "999999999";
    /** Path parameters that must name something real for the call to reach its service (else every role gets 400). */
    static final Map<String, String> PATH_VALUES = Map.of("kind", "ice-287g");
    /** Operations whose answer depends on a password sign-in: a token is made with a password, not with a token. */
    static final Set<String> PASSWORD_ONLY = Set.of("POST /api/v1/tokens");
    /** Query parameters that keep an administrator's call from doing real work on the test data. */
    static final Map<String, String> HARMLESS_QUERY = Map.of(
            "POST /api/v1/admin/retention/run", "?closedBefore=1900-01-01");

    @Test
    void everyRoleAndAnonymousGetTheTablesAnswerFromEveryOperationAndPage() throws IOException {
        Map<String, List<String>> table = readTable();
        Set<String> operations = apiOperations();
        Set<String> pages = pages();
        Set<String> found = new TreeSet<>(operations);
        found.addAll(pages);

        Map<String, Http> sessions = new LinkedHashMap<>();
        for (String role : WHO.subList(1, WHO.size())) {
            Http browser = Http.browser();
            HttpResponse<String> login = browser.postForm("/j_security_check", "j_username=" + role + "&j_password=" + Http.DEMO_PASSWORD);
            assertThat(login.statusCode()).as("sign-in of " + role).isEqualTo(302);
            sessions.put(role, browser);
        }
        // Each role's calls carry a personal access token of its demo user (the same identity and roles as HTTP Basic,
        // without a bcrypt check per call: a thousand calls take seconds, not two minutes). A token is made with a
        // password, never with another token, so the one operation that tells them apart is called with Basic.
        Map<String, String> credentials = new LinkedHashMap<>();
        Map<String, Long> tokenIds = new LinkedHashMap<>();
        Map<String, List<String>> observed = new TreeMap<>();
        try {
            for (String role : WHO.subList(1, WHO.size())) {
                HttpResponse<String> made = Http.api().postJson("/api/v1/tokens", "{\"name\":\"authorization table\",\"days\":1}",
                        "Authorization", Http.basic(role, Http.DEMO_PASSWORD));
                assertThat(made.statusCode()).as("a token for " + role + ": " + made.body()).isEqualTo(201);
                JsonObject token = Http.json(made);
                credentials.put(role, "Bearer " + token.getString("token"));
                tokenIds.put(role, token.getJsonObject("details").getJsonNumber("id").longValue());
            }
            for (String operation : operations) {
                List<String> answers = new ArrayList<>();
                for (String who : WHO) {
                    String authorization = "anonymous".equals(who) ? null
                            : PASSWORD_ONLY.contains(operation) ? Http.basic(who, Http.DEMO_PASSWORD) : credentials.get(who);
                    answers.add(answerApi(operation, authorization));
                }
                observed.put(operation, answers);
            }
        } finally {
            tokenIds.forEach((role, id) -> assertThat(Http.api().delete("/api/v1/tokens/" + id, "Authorization",
                    Http.basic(role, Http.DEMO_PASSWORD)).statusCode()).as("the token of " + role + " revoked").isLessThan(300));
        }
        for (String page : pages) {
            List<String> answers = new ArrayList<>();
            answers.add(answerPage(Http.browser(), page.substring(4)));
            for (String role : WHO.subList(1, WHO.size())) {
                answers.add(answerPage(sessions.get(role), page.substring(4)));
            }
            observed.put(page, answers);
        }

        if (Boolean.getBoolean("authorization.record")) {
            List<String> lines = new ArrayList<>();
            lines.add("# kind,method,path," + String.join(",", WHO));
            observed.forEach((key, answers) -> {
                String[] mp = key.split(" ", 2);
                lines.add((pages.contains(key) ? "page" : "api") + "," + mp[0] + "," + mp[1] + "," + String.join(",", answers));
            });
            Files.write(Path.of("target/authorization-observed.csv"), lines);
            return;
        }

        assertThat(table.keySet()).as("operations and pages without a row in " + TABLE
                + " (add one: who may call it?)").containsAll(found);
        assertThat(found).as("rows of " + TABLE + " for operations or pages that no longer exist").containsAll(table.keySet());
        List<String> wrong = new ArrayList<>();
        observed.forEach((key, answers) -> {
            List<String> expected = table.get(key);
            for (int i = 0; i < WHO.size(); i++) {
                if (!matches(expected.get(i), answers.get(i))) {
                    wrong.add(key + " as " + WHO.get(i) + ": expected " + expected.get(i) + ", got " + answers.get(i));
                }
            }
        });
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    @Test
    void theOpenApiDocumentNamesBothWaysToSignInAndEveryOperationsRoles() {
        String base = Http.BASE.replaceFirst("(https?://[^/]+).*", "$1");
        HttpResponse<String> response = Http.api().get(base + "/openapi?format=JSON", "Accept", "application/json");
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertThat(schemes.getJsonObject("bearer").getString("scheme")).isEqualTo("bearer");
        assertThat(schemes.getJsonObject("basic").getString("scheme")).isEqualTo("basic");
        if (Boolean.getBoolean("authorization.record")) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation instanceof JsonObject op && op.containsKey("responses")) {
                String roles = String.valueOf(op.get("x-amparo-roles"));
                if (!op.containsKey("x-amparo-roles") || roles.contains("unknown")) {
                    unknown.add(method + " " + path);
                }
            }
        }));
        assertThat(unknown).as("operations whose roles the document does not name").isEmpty();
        JsonObject cases = document.getJsonObject("paths").entrySet().stream().filter(e -> e.getKey().endsWith("/api/v1/cases"))
                .findFirst().orElseThrow().getValue().asJsonObject().getJsonObject("post");
        assertThat(cases.getJsonArray("x-amparo-roles").toString()).contains("caseworker").doesNotContain("staff");
        assertThat(cases.getJsonArray("security").toString()).contains("bearer").contains("basic");
    }

    /** What the server answered, in the table's words: 401, 403, login, or ok (with the status, for reading). */
    static boolean matches(String expected, String observed) {
        return expected.equals(observed) || "ok".equals(expected) && observed.startsWith("ok");
    }

    private static String answerApi(String operation, String authorization) {
        String[] mp = operation.split(" ", 2);
        String method = mp[0];
        String path = mp[1];
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        path = path.replaceAll("\\{[^}]+}", NO_SUCH_ID) + HARMLESS_QUERY.getOrDefault(operation, "");
        String[] auth = authorization == null ? new String[0] : new String[]{"Authorization", authorization};
        Http http = Http.api();
        HttpResponse<String> response = switch (method) {
            case "GET" -> http.get(path, auth);
            case "POST" -> http.postJson(path, "{}", auth);
            case "PUT" -> http.putJson(path, "{}", auth);
            case "DELETE" -> http.delete(path, auth);
            default -> throw new IllegalStateException("method " + method);
        };
        return words(response.statusCode());
    }

    private static String answerPage(Http browser, String page) {
        HttpResponse<String> response = browser.get(page);
        if (response.statusCode() == 200 && response.body().contains("j_security_check")) {
            return "login";
        }
        return words(response.statusCode());
    }

    private static String words(int status) {
        return status == 401 || status == 403 ? String.valueOf(status) : "ok";
    }

    /** "GET /api/v1/cases/{id}" for every operation of the served OpenAPI document. */
    static Set<String> apiOperations() {
        String base = Http.BASE.replaceFirst("(https?://[^/]+).*", "$1");
        HttpResponse<String> response = Http.api().get(base + "/openapi?format=JSON", "Accept", "application/json");
        assertThat(response.statusCode()).as("the OpenAPI document at /openapi").isEqualTo(200);
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        Set<String> operations = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch", "head").contains(m))
                .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + apiPath(path))));
        return operations;
    }

    /** The path from /api, whatever the document puts before it (the same rule as the server's OpenApiRoles). */
    static String apiPath(String documentPath) {
        int api = documentPath.indexOf("/api/");
        if (api >= 0) {
            return documentPath.substring(api);
        }
        return documentPath.endsWith("/api") ? "/api" : "/api" + (documentPath.startsWith("/") ? "" : "/") + documentPath;
    }

    /** "GET /cases/list.xhtml" for every page of the web module. */
    static Set<String> pages() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/META-INF/"))
                    .forEach(p -> pages.add("GET " + p));
        }
        return pages;
    }

    /** "METHOD path" to the six expected answers. */
    static Map<String, List<String>> readTable() throws IOException {
        Map<String, List<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\\s*,\\s*");
            assertThat(cells).as("row of " + TABLE + ": " + row).hasSize(3 + WHO.size());
            String key = cells[1] + " " + cells[2];
            assertThat(table).as("one row per operation or page: " + key).doesNotContainKey(key);
            table.put(key, List.of(cells).subList(3, cells.length));
        }
        return table;
    }
}
