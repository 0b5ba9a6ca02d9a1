package org.amparo.process;

import jakarta.ejb.ApplicationException;

/**
 * The case's process was changed by the engine at the same moment (a timer firing as the user completes a step or
 * records a new hold): nothing of the caller's change is kept, and the same change, tried again a moment later, goes
 * through against the process as the timer left it. Callers at the edge retry it (the pages and the API do).
 */
@ApplicationException(rollback = true)
public class ProcessBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProcessBusyException(Throwable cause) {
        super("the case's process changed at the same moment", cause);
    }
}
