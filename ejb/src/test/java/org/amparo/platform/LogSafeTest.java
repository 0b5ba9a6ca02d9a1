package org.amparo.platform;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure in the log says what went wrong and where, never the data it failed on. */
class LogSafeTest {

    private static final String VALUE = "Ejemplo Muñoz A-999-000-123";

    private static RuntimeException databaseRefusal() {
        SQLException refused = new SQLException("Value too long for column \"FAMILY_NAME\": '" + VALUE + "'", "22001", 22001);
        return new IllegalStateException("could not execute statement [" + refused.getMessage() + "]",
                new jakarta.persistence.PersistenceException("wrapped: " + VALUE, refused));
    }

    @Test
    void theCopyKeepsEveryClassAndStackFrameButNoMessage() {
        RuntimeException failure = databaseRefusal();
        Throwable copy = LogSafe.withoutMessages(failure);

        StringWriter printed = new StringWriter();
        copy.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString())
                .doesNotContain(VALUE).doesNotContain("FAMILY_NAME")
                .contains("java.lang.IllegalStateException [message withheld]")
                .contains("Caused by: jakarta.persistence.PersistenceException [message withheld]")
                .contains("Caused by: java.sql.SQLException (SQLState 22001) [message withheld]")
                .contains("at org.amparo.platform.LogSafeTest.databaseRefusal");
        assertThat(copy.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(copy.getCause().getCause().getStackTrace()).isEqualTo(failure.getCause().getCause().getStackTrace());
        assertThat(copy.getCause().getCause().getCause()).isNull();
    }

    @Test
    void theOneLineCausesNameTheClassesAndWhereInAmparo() {
        assertThat(LogSafe.causes(databaseRefusal()))
                .isEqualTo("IllegalStateException < PersistenceException < SQLException (SQLState 22001)"
                        + " at org.amparo.platform.LogSafeTest.databaseRefusal:" + databaseRefusal().getCause().getCause().getStackTrace()[0].getLineNumber())
                .doesNotContain(VALUE);
    }

    @Test
    void aChainThatLoopsIsCopiedOnce() {
        RuntimeException a = new RuntimeException(VALUE);
        RuntimeException b = new RuntimeException(VALUE, a);
        a.initCause(b);
        Throwable copy = LogSafe.withoutMessages(b);
        assertThat(copy.getCause()).isNotNull();
        assertThat(copy.getCause().getCause()).isNull();
    }
}
