package org.amparo.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content-Security-Policy: forms stay on this origin, save for the identity provider under single sign-on. */
class SecurityHeadersTest {

    @Test
    void formsPostOnlyHereAndWithSingleSignOnAlsoToTheProvider() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("form-action 'self';").contains("frame-ancestors 'none'");
        assertThat(SecurityHeaders.policy("'self' https://sso.example.org"))
                .as("signing out is a form whose answer leads to the provider's end-session address")
                .contains("form-action 'self' https://sso.example.org;");
    }
}
