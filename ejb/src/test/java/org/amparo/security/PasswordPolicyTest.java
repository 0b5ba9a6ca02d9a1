package org.amparo.security;

import org.amparo.security.domain.PasswordPolicy;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static DomainRuleViolation refusal(String field, String password, String username) {
        try {
            PasswordPolicy.check(field, password == null ? null : password.toCharArray(), username);
        } catch (DomainRuleViolation e) {
            return e;
        }
        throw new AssertionError("accepted: " + password);
    }

    @Test
    void twelveCharactersOfAnyKindAreEnoughWithoutCompositionRules() {
        assertThatCode(() -> PasswordPolicy.check("password", "river otter j".toCharArray(), "ana")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "lluvia en abril".toCharArray(), "ana")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "ñandúcontento".toCharArray(), "ana")).doesNotThrowAnyException();
    }

    @Test
    void elevenCharactersAreTooShortAndTheRefusalNamesTheField() {
        DomainRuleViolation refused = refusal("newPassword", "short-pass1", "ana");

        assertThat(refused.field()).isEqualTo("newPassword");
        assertThat(refused.messageKey()).isEqualTo("amparo.validation.passwordLength");
        assertThat(refused.args()).containsExactly(12);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // eleven characters, one of them outside the basic plane (two UTF-16 units)
        assertThat(refusal("password", "abcdefghij\uD83D\uDE00", "ana").messageKey()).isEqualTo("amparo.validation.passwordLength");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "123456789012"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        DomainRuleViolation refused = refusal("password", common, "ana");

        assertThat(refused.field()).isEqualTo("password");
        assertThat(refused.messageKey()).isEqualTo("amparo.validation.passwordCommon");
    }

    @Test
    void theShippedListHasTheTenThousandMostCommonAndTheLongOnes() {
        assertThat(PasswordPolicy.isCommon("123456")).isTrue();
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
        assertThat(PasswordPolicy.isCommon("leavemealone")).isTrue();
        assertThat(PasswordPolicy.isCommon("lluvia en abril")).isFalse();
    }

    @Test
    void oneRepeatedCharacterIsRefused() {
        assertThat(refusal("password", "aaaaaaaaaaaaaaa", "ana").messageKey()).isEqualTo("amparo.validation.passwordCommon");
    }

    @Test
    void aPasswordThatIsMostlyTheUsernameIsRefused() {
        assertThat(refusal("password", "caseworker2024", "caseworker").messageKey()).isEqualTo("amparo.validation.passwordUsername");
        assertThatCode(() -> PasswordPolicy.check("password", "caseworker of the north".toCharArray(), "caseworker"))
                .doesNotThrowAnyException();
    }

    @Test
    void anEmptyOrAbsurdlyLongPasswordIsRefused() {
        assertThat(refusal("password", "", "ana").messageKey()).isEqualTo("amparo.validation.passwordRequired");
        assertThat(refusal("password", null, "ana").messageKey()).isEqualTo("amparo.validation.passwordRequired");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x y".repeat(100).toCharArray(), "ana"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("passwordTooLong");
    }
}
