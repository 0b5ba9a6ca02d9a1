package org.amparo.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes each operation's roles into the OpenAPI document (MicroProfile OpenAPI, served at {@code /openapi}): as the
 * scopes of its two security schemes ({@code bearer}, a personal access token, or {@code basic}), as the extension
 * {@code x-amparo-roles}, and in words in its description. The roles come from {@link AuthorizationTable}, the one table of who may
 * call what, which {@code AuthorizationIT} checks against the running server for every role and anonymous: so the
 * document cannot claim what the server does not do. An operation missing from the table is marked
 * {@code x-amparo-roles: unknown} (and fails that test).
 */
public class OpenApiRoles implements OASFilter {

    private final Map<String, List<String>> rolesByOperation = AuthorizationTable.get().all();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.forEach((method, operation) -> describe(method.name(), apiPath(path.getKey()), operation));
        }
    }

    private void describe(String method, String path, Operation operation) {
        List<String> roles = rolesByOperation.get(method + " " + path);
        String text = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        if (roles == null) {
            operation.addExtension("x-amparo-roles", "unknown");
            return;
        }
        operation.addExtension("x-amparo-roles", roles);
        if (roles.contains(AuthorizationTable.ANONYMOUS)) {
            operation.setSecurity(new ArrayList<>());
            operation.setDescription(text + "Open: no sign-in needed.");
            return;
        }
        operation.setSecurity(new ArrayList<>(List.of(
                OASFactory.createSecurityRequirement().addScheme("bearer", roles),
                OASFactory.createSecurityRequirement().addScheme("basic", roles))));
        operation.setDescription(text + "Roles: " + String.join(", ", roles) + ".");
    }

    /** The path as the table names it: from {@code /api}, whatever context root the document puts before it. */
    public static String apiPath(String documentPath) {
        int api = documentPath.indexOf("/api/");
        if (api >= 0) {
            return documentPath.substring(api);
        }
        if (documentPath.endsWith("/api")) {
            return "/api";
        }
        return "/api" + (documentPath.startsWith("/") ? "" : "/") + documentPath;
    }
}
