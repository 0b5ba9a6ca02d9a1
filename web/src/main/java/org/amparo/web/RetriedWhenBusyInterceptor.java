package org.amparo.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.amparo.process.ProcessBusyException;

/**
 * Makes a call again when the case's process was busy: up to {@link #ATTEMPTS} times, waiting a little longer each
 * time. The call is outside any transaction (a page bean or an API resource calling the application services), so
 * each attempt is a transaction of its own and the failed one left nothing behind. After the last attempt the
 * exception goes on (the API answers 503, try again).
 */
@RetriedWhenBusy
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RetriedWhenBusyInterceptor implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int ATTEMPTS = 4;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RetriedWhenBusyInterceptor.class.getName());

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !busy(e)) {
                    throw e;
                }
                int next = attempt + 1;
                LOG.info(() -> "A case's process was busy (a timer fired at the same moment); making the call again, attempt " + next);
                Thread.sleep(100L * attempt);
            }
        }
    }

    public static boolean busy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProcessBusyException) {
                return true;
            }
        }
        return false;
    }
}
