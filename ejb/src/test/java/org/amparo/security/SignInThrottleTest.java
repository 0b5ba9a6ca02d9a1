package org.amparo.security;

import org.amparo.security.domain.SignInThrottle;
import org.amparo.security.domain.SignInThrottle.Limits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-30T03:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(Limits.DEFAULT);

    private void fail(String user, String address, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address, at);
        }
    }

    @Test
    void theFirstThreeFailuresCostNothing() {
        fail("ana", "10.0.0.1", 3, T0);

        assertThat(throttle.check("ana", "10.0.0.1", T0).allowed()).isTrue();
    }

    @Test
    void furtherFailuresWaitExponentiallyCappedAtAMinute() {
        fail("ana", "10.0.0.1", 4, T0);
        var first = throttle.check("ana", "10.0.0.1", T0);
        assertThat(first.allowed()).isFalse();
        assertThat(first.retryAfterSeconds()).isEqualTo(1);
        assertThat(throttle.check("ana", "10.0.0.1", T0.plusSeconds(1)).allowed()).isTrue();

        fail("ana", "10.0.0.1", 1, T0);
        assertThat(throttle.check("ana", "10.0.0.1", T0).retryAfterSeconds()).isEqualTo(2);
        fail("ana", "10.0.0.1", 1, T0);
        assertThat(throttle.check("ana", "10.0.0.1", T0).retryAfterSeconds()).isEqualTo(4);

        fail("ana", "10.0.0.1", 30, T0);
        var capped = throttle.check("ana", "10.0.0.1", T0);
        assertThat(capped.retryAfterSeconds()).isEqualTo(60);
        assertThat(throttle.check("ana", "10.0.0.1", T0.plusSeconds(60)).allowed()).as("never locked out for longer").isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        fail("ana", "10.0.0.1", 10, T0);
        throttle.succeeded("ana");

        assertThat(throttle.check("ana", "10.0.0.2", T0).allowed()).isTrue();
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        fail("ana", "10.0.0.1", 10, T0);
        throttle.failed("ana", "10.0.0.1", T0.plus(Duration.ofHours(2)));

        assertThat(throttle.check("ana", "10.0.0.1", T0.plus(Duration.ofHours(2))).allowed()).isTrue();
    }

    @Test
    void unknownAndKnownUsernamesAreThrottledAlikeAndWithoutRegardToCase() {
        fail("nobody-here", "10.0.0.1", 4, T0);

        assertThat(throttle.check("Nobody-Here", "10.0.0.9", T0).allowed()).isFalse();
        assertThat(throttle.check("ana", "10.0.0.9", T0).allowed()).as("another username is not held up").isTrue();
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedForTheRestOfTheWindow() {
        SignInThrottle strict = new SignInThrottle(new Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 5, Duration.ofMinutes(10)));
        for (int i = 0; i < 5; i++) {
            strict.failed("user" + i, "10.0.0.1", T0.plusSeconds(i));
        }

        var refused = strict.check("someone-else", "10.0.0.1", T0.plusSeconds(5));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(595);
        assertThat(strict.check("someone-else", "10.0.0.2", T0.plusSeconds(5)).allowed()).as("other addresses").isTrue();
        assertThat(strict.check("someone-else", "10.0.0.1", T0.plusSeconds(601)).allowed()).as("after the window").isTrue();
    }

    @Test
    void theLimitsAreSystemProperties() {
        System.setProperty("amparo.signin.address.failures", "7");
        System.setProperty("amparo.signin.account.maxDelaySeconds", "30");
        try {
            Limits limits = Limits.fromSystemProperties();
            assertThat(limits.addressFailures()).isEqualTo(7);
            assertThat(limits.maxDelay()).isEqualTo(Duration.ofSeconds(30));
            assertThat(limits.freeFailures()).isEqualTo(Limits.DEFAULT.freeFailures());
        } finally {
            System.clearProperty("amparo.signin.address.failures");
            System.clearProperty("amparo.signin.account.maxDelaySeconds");
        }
    }
}
