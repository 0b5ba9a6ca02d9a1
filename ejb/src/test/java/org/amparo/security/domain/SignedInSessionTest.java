package org.amparo.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aSessionInUseIsWrittenAtMostOnceAMinute() {
        SignedInSession s = new SignedInSession("h", "caseworker", "page", "amparo-a", NOW, false);
        assertThat(s.seen(NOW.plusSeconds(30))).as("half a minute on").isFalse();
        assertThat(s.getLastSeenAt()).isEqualTo(NOW);
        assertThat(s.seen(NOW.plusSeconds(60))).as("a minute on").isTrue();
        assertThat(s.getLastSeenAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anEndedSessionKeepsWhenItEndedAndAChosenPasswordReleasesIt() {
        SignedInSession s = new SignedInSession("h", "caseworker", "page", "amparo-a", NOW, true);
        assertThat(s.isMustChangePassword()).isTrue();
        s.passwordChosen();
        assertThat(s.isMustChangePassword()).isFalse();
        assertThat(s.ended()).isFalse();
        s.end(NOW.plusSeconds(5));
        s.end(NOW.plusSeconds(50));
        assertThat(s.ended()).isTrue();
    }
}
