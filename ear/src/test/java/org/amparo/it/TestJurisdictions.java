package org.amparo.it;

import java.net.http.HttpResponse;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Jurisdictions a suite makes for itself through the administrators' API, beside the demo ones. */
final class TestJurisdictions {

    private static final Http API = Http.api();
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);

    private TestJurisdictions() {
    }

    /** A new county in New Mexico with no detainer policy of its own (NONE), what most suites need; its id. */
    static long county(String name) {
        return jurisdiction(name, "COUNTY", "NM", "NONE");
    }

    /** A new jurisdiction at this level, in this state, with this detainer policy; its id. */
    static long jurisdiction(String name, String level, String stateCode, String detainerPolicy) {
        HttpResponse<String> created = API.postJson("/api/v1/admin/jurisdictions", """
                {"name":"%s","level":"%s","stateCode":"%s","detainerPolicy":"%s"}""".formatted(name, level, stateCode, detainerPolicy),
                "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getJsonNumber("id").longValue();
    }
}
