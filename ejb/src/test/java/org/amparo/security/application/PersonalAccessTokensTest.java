package org.amparo.security.application;

import jakarta.ejb.SessionContext;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Making a token through the API ({@code POST /api/v1/tokens}): a list of roles holding a null, a blank or an unknown
 * role is a 400 naming {@code roles} (the same words as a role the caller does not have), never a
 * {@code NullPointerException}; nothing is made.
 */
class PersonalAccessTokensTest {

    @Test
    void aTokenIsNotMadeWithANullBlankOrUnknownRole() {
        PersonalAccessTokens service = new PersonalAccessTokens();
        service.validation = new InputValidation();
        service.clock = Clock.systemUTC();
        Principal caseworker = () -> "caseworker";
        service.session = (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[]{SessionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isCallerInRole" -> Roles.CASEWORKER.equals(args[0]);
                    case "getCallerPrincipal" -> caseworker;
                    default -> null;
                });
        List<Set<String>> refused = List.of(new HashSet<>(Arrays.asList((String) null)),
                new HashSet<>(Arrays.asList(Roles.CASEWORKER, null)), Set.of(""), Set.of(" "), Set.of("CASEWORKER"),
                Set.of(Roles.ADMIN));
        for (Set<String> roles : refused) {
            assertThatThrownBy(() -> service.create("probe", roles, 30, null)).as("roles %s", roles)
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::field, FieldError::message)
                            .containsExactly(tuple("roles", "must be one or more of your own roles")));
        }
    }
}
