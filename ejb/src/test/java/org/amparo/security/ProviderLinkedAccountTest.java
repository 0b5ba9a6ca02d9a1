package org.amparo.security;

import org.amparo.security.domain.Roles;
import org.amparo.security.domain.UserAccount;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16: the identity provider keeps the password of the people it signs in; Amparo never sets one for them. */
class ProviderLinkedAccountTest {

    private static final String UNKNOWABLE = "$2a$10$" + "x".repeat(53);

    @Test
    void aRecordTheProviderMadeRefusesAResetAndAChangeNamingThePassword() {
        UserAccount account = UserAccount.linkedToProvider("sso-ana", "Ana", UNKNOWABLE, Set.of(Roles.CASEWORKER));
        assertThat(account.isProviderLinked()).isTrue();
        for (Runnable attempt : new Runnable[]{() -> account.resetPassword("$2a$10$new", Instant.now()),
                () -> account.changePassword("$2a$10$new", Instant.now())}) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                assertThat(refused.field()).isEqualTo("password");
                assertThat(refused.messageKey()).isEqualTo("amparo.validation.providerLinked");
            });
        }
        assertThat(account.passwordHash()).as("nothing changed").isEqualTo(UNKNOWABLE);
        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void endingTheLinkLetsAnAdministratorSetATemporaryPassword() {
        UserAccount account = UserAccount.linkedToProvider("sso-ana", "Ana", UNKNOWABLE, Set.of(Roles.CASEWORKER));
        account.endProviderLink();
        account.resetPassword("$2a$10$temporary", Instant.now());
        assertThat(account.isProviderLinked()).isFalse();
        assertThat(account.mustChangePassword()).isTrue();
    }

    @Test
    void aLocalAccountTheProviderSignsInBecomesLinkedOnceAndLosesItsOldPassword() {
        UserAccount local = new UserAccount("ana", "Ana", "$2a$10$old-password-hash", Set.of(Roles.CASEWORKER));
        assertThat(local.isProviderLinked()).isFalse();
        assertThat(local.linkToProvider(() -> UNKNOWABLE)).as("linked now").isTrue();
        assertThat(local.passwordHash()).as("the old password no longer signs in, should local accounts come back")
                .isEqualTo(UNKNOWABLE);
        assertThat(local.linkToProvider(() -> { throw new AssertionError("no new hash once linked"); }))
                .as("already linked: nothing to record").isFalse();
        assertThat(local.isProviderLinked()).isTrue();
    }
}
