package org.amparo.process;

import java.io.Serializable;
import java.time.Instant;

/** One step of a case's process history: which task, who did it, when, and what they decided. */
public record StepRecord(CaseStep step, String name, String assignee, Instant started, Instant ended,
                         String outcome) implements Serializable {

    public boolean isOpen() {
        return ended == null;
    }
}
