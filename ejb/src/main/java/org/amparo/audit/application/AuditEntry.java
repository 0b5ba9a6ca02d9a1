package org.amparo.audit.application;

import java.io.Serializable;
import java.time.Instant;

/** One audit event as read back: when, who, what, about which record, and the detail recorded (never personal data). */
public record AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail)
        implements Serializable {
}
