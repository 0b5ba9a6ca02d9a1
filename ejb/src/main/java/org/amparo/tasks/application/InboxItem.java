package org.amparo.tasks.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.amparo.rules.priority.EnforcementPriority;

/**
 * One line of a task inbox: the task with what a worker needs to choose what to do first (whose case, how long the
 * hold still runs, whether the task is overdue).
 */
public record InboxItem(String id, org.amparo.process.CaseStep step, String name, long caseId, String assignee,
                        List<String> candidateGroups, Instant createdAt, Instant dueAt, boolean overdue,
                        String personName, EnforcementPriority enforcementPriority, Instant holdExpiresAt,
                        String facilityTimeZone) implements Serializable {

    /** The hold expiry on the facility's clock. */
    public LocalDateTime holdExpiresLocal() {
        return holdExpiresAt == null ? null
                : LocalDateTime.ofInstant(holdExpiresAt, facilityTimeZone == null ? ZoneOffset.UTC : ZoneId.of(facilityTimeZone));
    }

    /** An alert rather than a step of the case's path (hold expiring, held past expiry). */
    public boolean alert() {
        return step.isHoldAlert();
    }
}
