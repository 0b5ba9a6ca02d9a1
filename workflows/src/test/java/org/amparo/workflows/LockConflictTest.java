package org.amparo.workflows;

import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadlock or lock timeout under the engine is "busy, try again", like an optimistic-locking conflict; nothing else is. */
class LockConflictTest {

    @Test
    void aDeadlockOrLockTimeoutAnywhereUnderTheEngineIsAConflictOtherErrorsAreNot() {
        assertThat(FlowableCaseProcess.lockConflict(new FlowableException("update failed",
                new RuntimeException(new SQLException("deadlock detected", "40P01"))))).as("PostgreSQL deadlock").isTrue();
        assertThat(FlowableCaseProcess.lockConflict(new FlowableException("x", new SQLException("timeout", "HYT00"))))
                .as("H2 lock timeout").isTrue();
        assertThat(FlowableCaseProcess.lockConflict(new FlowableException("x", new SQLException("no such column", "42703"))))
                .as("a real error").isFalse();
        assertThat(FlowableCaseProcess.lockConflict(new IllegalStateException("no cause"))).isFalse();
    }
}
