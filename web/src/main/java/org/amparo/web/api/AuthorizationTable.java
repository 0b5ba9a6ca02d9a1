package org.amparo.web.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of who may call what ({@code authorization.csv}): for each API operation, the roles that get past
 * authorization, {@code anonymous} if anyone may. The server enforces it before a request's body is read
 * ({@link ApiAuthorization}), the OpenAPI document states it ({@link OpenApiRoles}), and {@code AuthorizationIT} checks
 * the running server's answers against it for every role and anonymous.
 */
public final class AuthorizationTable {

    /** The table: {@code kind,method,path,anonymous,caseworker,attorney,supervisor,staff,admin}. */
    public static final String RESOURCE = "/org/amparo/web/api/authorization.csv";
    /** The table's role columns, in order after the anonymous one. */
    public static final List<String> ROLES = List.of("caseworker", "attorney", "supervisor", "staff", "admin");
    /** The name the table's anonymous column gets among an operation's roles. */
    public static final String ANONYMOUS = "anonymous";

    private static final AuthorizationTable INSTANCE = new AuthorizationTable(read());

    private final Map<String, List<String>> rolesByOperation;

    private AuthorizationTable(Map<String, List<String>> rolesByOperation) {
        this.rolesByOperation = Map.copyOf(rolesByOperation);
    }

    /** The table as the web module ships it. */
    public static AuthorizationTable get() {
        return INSTANCE;
    }

    /** {@code ("GET", "/api/v1/cases")} → the roles that may call it; empty if the table has no row for it. */
    public Optional<List<String>> roles(String method, String path) {
        return Optional.ofNullable(rolesByOperation.get(key(method, path)));
    }

    /** Every operation's roles, keyed {@code "GET /api/v1/cases"}, in the table's order. */
    public Map<String, List<String>> all() {
        return rolesByOperation;
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        try (InputStream in = AuthorizationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the web module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cells = line.strip().split("\\s*,\\s*");
                if (cells.length != 9 || !"api".equals(cells[0])) {
                    continue;
                }
                List<String> allowed = new ArrayList<>();
                if ("ok".equals(cells[3])) {
                    allowed.add(ANONYMOUS);
                }
                for (int i = 0; i < ROLES.size(); i++) {
                    if ("ok".equals(cells[4 + i])) {
                        allowed.add(ROLES.get(i));
                    }
                }
                roles.put(key(cells[1], cells[2]), List.copyOf(allowed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roles;
    }
}
