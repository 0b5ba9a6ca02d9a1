package org.amparo.security;

import org.amparo.security.domain.AccessToken;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void aSecretIs256RandomBitsBehindThePrefixAndOnlyItsHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = AccessToken.newSecret(new SecureRandom());
            assertThat(secret).startsWith("amp_").hasSize(47);
            assertThat(AccessToken.looksLikeToken(secret)).isTrue();
            assertThat(seen.add(secret)).isTrue();
        }
        String secret = AccessToken.newSecret(new SecureRandom());
        assertThat(AccessToken.hash(secret)).hasSize(64).matches("[0-9a-f]+").doesNotContain(secret.substring(4, 12));
        assertThat(AccessToken.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void junkIsNotAToken() {
        assertThat(AccessToken.looksLikeToken(null)).isFalse();
        assertThat(AccessToken.looksLikeToken("amp_short")).isFalse();
        assertThat(AccessToken.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
        assertThat(AccessToken.looksLikeToken("amp_" + "a".repeat(42) + " ")).isFalse();
        assertThat(AccessToken.looksLikeToken("amp_" + "é".repeat(43))).isFalse();
    }

    @Test
    void aTokenIsUsableUntilItExpiresOrIsRevoked() {
        AccessToken token = new AccessToken("caseworker", "bench", "amp_x", Set.of("caseworker"), NOW, NOW.plusSeconds(3600));
        assertThat(token.isUsableAt(NOW.plusSeconds(3599))).isTrue();
        assertThat(token.isUsableAt(NOW.plusSeconds(3600))).isFalse();
        assertThat(token.revoke("admin", NOW.plusSeconds(1))).isTrue();
        assertThat(token.revoke("admin", NOW.plusSeconds(2))).isFalse();
        assertThat(token.isUsableAt(NOW.plusSeconds(10))).isFalse();
        assertThat(token.getRevokedBy()).isEqualTo("admin");
    }

    @Test
    void itsRolesAreTheTokensAsFarAsTheUserStillHasThem() {
        AccessToken token = new AccessToken("s", "n", "amp_x", Set.of("supervisor", "caseworker"), NOW, NOW.plusSeconds(60));
        assertThat(token.effectiveRoles(Set.of("supervisor", "caseworker", "admin"))).containsExactly("caseworker", "supervisor");
        assertThat(token.effectiveRoles(Set.of("caseworker"))).containsExactly("caseworker");
        assertThat(token.effectiveRoles(Set.of())).isEmpty();
    }

    @Test
    void aTokenNeedsKnownRolesAndAnExpiryAfterItsMaking() {
        assertThatThrownBy(() -> new AccessToken("u", "n", "amp_x", Set.of(), NOW, NOW.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessToken("u", "n", "amp_x", Set.of("system"), NOW, NOW.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessToken("u", "n", "amp_x", Set.of("staff"), NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUseIsWorthRecordingAtMostOnceAMinute() {
        AccessToken token = new AccessToken("u", "n", "amp_x", Set.of("staff"), NOW, NOW.plusSeconds(3600));
        assertThat(token.useWorthRecording(NOW)).isTrue();
        assertThat(AccessToken.staleUseBefore(NOW.plusSeconds(90))).isEqualTo(NOW.plusSeconds(30));
    }
}
