package org.amparo.web;

import jakarta.ejb.EJBException;
import jakarta.interceptor.InvocationContext;
import org.amparo.process.ProcessBusyException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetriedWhenBusyInterceptorTest {

    /** A call that fails as busy {@code busyTimes} times, then answers "done"; or fails otherwise with {@code other}. */
    private static InvocationContext call(AtomicInteger calls, int busyTimes, RuntimeException other) {
        return new InvocationContext() {
            public Object proceed() {
                int n = calls.incrementAndGet();
                if (other != null) {
                    throw other;
                }
                if (n <= busyTimes) {
                    throw new EJBException(new ProcessBusyException(new IllegalStateException("timer fired")));
                }
                return "done";
            }
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return null; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[0]; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
        };
    }

    @Test
    void aCallTheEngineRefusedAsBusyIsMadeAgainAndGoesThrough() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        assertThat(new RetriedWhenBusyInterceptor().retry(call(calls, 2, null))).isEqualTo("done");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aProcessBusyEveryTimeGivesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new RetriedWhenBusyInterceptor().retry(call(calls, 99, null))).isInstanceOf(EJBException.class);
        assertThat(calls).hasValue(RetriedWhenBusyInterceptor.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new RetriedWhenBusyInterceptor().retry(call(calls, 0, new IllegalArgumentException("bad input"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calls).hasValue(1);
    }
}
