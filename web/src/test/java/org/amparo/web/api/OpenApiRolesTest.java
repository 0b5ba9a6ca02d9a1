package org.amparo.web.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiRolesTest {

    @Test
    void aDocumentPathIsNamedFromApiWhateverComesBefore() {
        assertThat(OpenApiRoles.apiPath("/amparo/api/v1/cases/{id}")).isEqualTo("/api/v1/cases/{id}");
        assertThat(OpenApiRoles.apiPath("/api/v1/cases")).isEqualTo("/api/v1/cases");
        assertThat(OpenApiRoles.apiPath("/v1/cases")).isEqualTo("/api/v1/cases");
        assertThat(OpenApiRoles.apiPath("/amparo/api")).isEqualTo("/api");
    }

    @Test
    void theTableGivesEachOperationTheRolesThatGetThrough() {
        Map<String, List<String>> roles = AuthorizationTable.get().all();
        assertThat(roles).containsEntry("GET /api/health", List.of("anonymous", "caseworker", "attorney", "supervisor", "staff", "admin"));
        assertThat(roles).containsEntry("GET /api/v1/admin/tokens", List.of("admin"));
        assertThat(roles.keySet()).allMatch(k -> k.matches("(GET|POST|PUT|DELETE) /api(/.*)?"));
    }
}
