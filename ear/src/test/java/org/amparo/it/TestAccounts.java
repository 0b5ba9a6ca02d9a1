package org.amparo.it;

import java.security.SecureRandom;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** Accounts a suite makes for itself through the administrators' API, beside the demo accounts. */
final class TestAccounts {

    private static final Http API = Http.api();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String TEMPORARY = "temporary lantern river 7";
    /** The password every account made here ends with. */
    static final String OWN = "my own quiet harbour 42";

    private TestAccounts() {
    }

    /** A new account with these roles, its temporary password already replaced by its own; its Basic header. */
    static String userWithOwnPassword(String username, String... roles) {
        String roleList = String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList());
        assertThat(API.postJson("/api/v1/accounts", """
                {"username":"%s","displayName":"Test %s","password":"%s","roles":[%s]}""".formatted(username, username, TEMPORARY, roleList),
                "Authorization", ADMIN).statusCode()).isEqualTo(201);
        assertThat(API.putJson("/api/v1/accounts/me/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(TEMPORARY, OWN), "Authorization", basic(username, TEMPORARY))
                .statusCode()).isEqualTo(204);
        return basic(username, OWN);
    }

    /** A username no run has used: "it-" and ten random letters. */
    static String newUsername() {
        StringBuilder name = new StringBuilder("it-");
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
