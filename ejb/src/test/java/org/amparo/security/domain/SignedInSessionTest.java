package org.amparo.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aSessionInUseIsWrittenAtMostOnceAMinute() {
        SignedInSession s = new SignedInSession("h", "caseworker", "page", "amparo-a", NOW, false);
        assertThat(s.touchDue(NOW.plusSeconds(30))).as("half a minute on").isFalse();
        assertThat(s.touchDue(NOW.plusSeconds(60))).as("a minute on").isTrue();
        assertThat(s.ended()).isFalse();
    }
}
