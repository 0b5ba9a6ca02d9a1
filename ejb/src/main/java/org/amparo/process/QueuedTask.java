package org.amparo.process;

import java.io.Serializable;
import java.time.Instant;

/**
 * A task of someone's inbox as the engine lists it for ranking the whole inbox: what ordering needs and nothing the
 * engine must load per task (no variables, no candidate groups). Its case is the one whose process instance it is in.
 */
public record QueuedTask(String processInstanceId, String id, CaseStep step, String name, String assignee,
                         Instant createdAt, Instant dueAt) implements Serializable {
}
