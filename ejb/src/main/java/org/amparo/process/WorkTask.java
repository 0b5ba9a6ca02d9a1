package org.amparo.process;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One step someone must take on one case, as the task inbox shows it. */
public record WorkTask(String id, CaseStep step, String name, long caseId, String assignee,
                       List<String> candidateGroups, Instant createdAt, Instant dueAt) implements Serializable {
}
