package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thin vertical slice through every layer: REST -> EJB service (roles, validation) -> JPA -> Flowable
 * (started in the same transaction) -> BPMN listener resolving a CDI bean -> back on the case.
 */
class CaseApiIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    @Test
    void aCaseworkerOpensACaseAndItsProcessWaitsAtIntakeInTheCaseworkersInbox() {
        String familyName = "Prueba-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.postJson("/api/v1/cases", """
                {"familyName":"%s","givenNames":"José","dateOfBirth":"1990-05-01","aNumber":"A-012-345-678","facilityId":1}
                """.formatted(familyName), "Authorization", CASEWORKER);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject body = Http.json(created);
        long id = body.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/" + id));

        JsonObject fetched = Http.json(api.get("/api/v1/cases/" + id, "Authorization", CASEWORKER));
        assertThat(fetched.getString("familyName")).isEqualTo(familyName);
        assertThat(fetched.getString("aNumber")).isEqualTo("A-012-345-678");
        assertThat(fetched.getString("status")).isEqualTo("OPEN");
        assertThat(fetched.getString("processInstanceId")).isNotBlank();
        // written by the BPMN task listener ${caseStepListener}: an expression in workflows/ resolved a CDI bean
        // that calls a service in ejb/, inside the real EAR
        assertThat(fetched.getString("workflowStep")).isEqualTo("INTAKE");

        var tasks = jakarta.json.Json.createReader(new java.io.StringReader(
                api.get("/api/v1/tasks", "Authorization", CASEWORKER).body())).readArray();
        assertThat(tasks.stream().map(t -> t.asJsonObject())
                .filter(t -> t.getJsonNumber("caseId").longValue() == id))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.getString("step")).isEqualTo("INTAKE");
                    assertThat(t.getJsonArray("candidateGroups").getString(0)).isEqualTo("caseworker");
                });
    }

    @Test
    void aNewCaseIsFoundByItsANumberInAnyWrittenForm() {
        String unique = String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
        HttpResponse<String> created = api.postJson("/api/v1/cases",
                "{\"familyName\":\"Muestra\",\"aNumber\":\"" + unique + "\",\"facilityId\":2}", "Authorization", CASEWORKER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();
        String padded = "0" + unique;
        String dashed = "A-" + padded.substring(0, 3) + "-" + padded.substring(3, 6) + "-" + padded.substring(6);

        for (String form : new String[]{unique, "A" + padded, dashed}) {
            JsonObject page = Http.json(api.get("/api/v1/cases?search=" + form, "Authorization", CASEWORKER));
            assertThat(page.getJsonArray("rows").stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()))
                    .as("search %s", form).contains(id);
        }
    }

    @Test
    void aClientWalksTheWholeListByKeysetPagesAndGetsEveryCaseOnceAsOffsetPagesGiveThem() {
        java.util.List<Long> byOffset = new java.util.ArrayList<>();
        for (int first = 0; ; first += 40) {
            JsonObject page = Http.json(api.get("/api/v1/cases?size=40&first=" + first, "Authorization", SUPERVISOR));
            var rows = page.getJsonArray("rows");
            rows.forEach(r -> byOffset.add(r.asJsonObject().getJsonNumber("id").longValue()));
            if (rows.size() < 40) {
                break;
            }
        }
        java.util.List<Long> byKeyset = new java.util.ArrayList<>();
        String next = "";
        do {
            JsonObject page = Http.json(api.get("/api/v1/cases?size=40" + next, "Authorization", SUPERVISOR));
            page.getJsonArray("rows").forEach(r -> byKeyset.add(r.asJsonObject().getJsonNumber("id").longValue()));
            assertThat(page.getJsonNumber("total").longValue()).as("the whole list's count on every page").isPositive();
            // absent on the last page (JSON-B leaves out what is null)
            next = !page.containsKey("next") || page.isNull("next") ? null : "&after=" + page.getJsonNumber("next").longValue();
        } while (next != null);

        assertThat(byOffset).hasSizeGreaterThan(200).doesNotHaveDuplicates();
        long newest = byOffset.get(0);
        assertThat(byKeyset.stream().filter(id -> id <= newest).toList()).as("newest first, every case once (a case opened"
                + " meanwhile by another suite comes first)").containsExactlyElementsOf(byOffset);

        HttpResponse<String> byName = api.get("/api/v1/cases?sort=FAMILY_NAME&after=5", "Authorization", SUPERVISOR);
        assertThat(byName.statusCode()).isEqualTo(400);
        assertThat(byName.body()).contains("after").doesNotContain("Exception");
    }

    @Test
    void staffMayNotOpenACaseAndNothingIsSaved() {
        long before = newestCase();

        HttpResponse<String> response = api.postJson("/api/v1/cases", "{\"familyName\":\"Ensayo\",\"facilityId\":1}",
                "Authorization", STAFF);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(newestCase()).as("no case was opened").isEqualTo(before);
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = newestCase();

        HttpResponse<String> response = api.postJson("/api/v1/cases",
                "{\"familyName\":\"\",\"aNumber\":\"A-12-345\",\"dateOfBirth\":\"2999-01-01\",\"facilityId\":1}",
                "Authorization", CASEWORKER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("aNumber", "dateOfBirth", "familyName");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(newestCase()).as("no case was opened").isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400NotA500() {
        HttpResponse<String> response = api.postJson("/api/v1/cases", "{\"familyName\":", "Authorization", CASEWORKER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("errors");
    }

    @Test
    void anUnknownCaseIs404() {
        assertThat(api.get("/api/v1/cases/987654321", "Authorization", CASEWORKER).statusCode()).isEqualTo(404);
    }

    /** The newest case's id: the list counts only up to 1,000, so a case saved is told by a newer id. */
    private long newestCase() {
        return Http.json(api.get("/api/v1/cases?size=1", "Authorization", SUPERVISOR)).getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }
}
