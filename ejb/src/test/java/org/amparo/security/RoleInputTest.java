package org.amparo.security;

import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Roles as the API reads them: a JSON list such as {@code [null]} or {@code [""]} is refused naming {@code roles}, as a
 * misspelt role is, when an administrator makes an account or gives it roles; never a {@code NullPointerException} (a
 * 500), and the account keeps the roles it had. Tokens: {@code PersonalAccessTokensTest}.
 */
class RoleInputTest {

    private static final String HASH = "$2a$10$" + "x".repeat(53);

    /** The lists of roles an API client may send that name no role of a person. */
    private static List<Set<String>> noRoles() {
        return List.of(new HashSet<>(Arrays.asList((String) null)), new HashSet<>(Arrays.asList(Roles.CASEWORKER, null)),
                Set.of(""), Set.of(" "), Set.of("CASEWORKER"), Set.of(Roles.SYSTEM));
    }

    @Test
    void anAccountIsNotMadeWithANullBlankOrUnknownRole() {
        for (Set<String> roles : noRoles()) {
            assertThatThrownBy(() -> UserAccount.withTemporaryPassword("nuevo", "Nuevo", HASH, roles)).as("roles %s", roles)
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                        assertThat(refused.field()).isEqualTo("roles");
                        assertThat(refused.messageKey()).isEqualTo("amparo.validation.roles");
                    });
        }
    }

    @Test
    void anAccountGivenANullBlankOrUnknownRoleKeepsTheRolesItHad() {
        UserAccount account = new UserAccount("ana", "Ana", HASH, Set.of(Roles.CASEWORKER));
        for (Set<String> roles : noRoles()) {
            assertThatThrownBy(() -> account.assignRoles(roles)).as("roles %s", roles)
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("roles"));
        }
        assertThat(account.getRoles()).containsExactly(Roles.CASEWORKER);
        account.assignRoles(Set.of(Roles.ATTORNEY, Roles.CASEWORKER));
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Roles.ATTORNEY, Roles.CASEWORKER);
    }
}
