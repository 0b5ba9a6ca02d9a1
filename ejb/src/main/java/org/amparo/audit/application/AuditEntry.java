package org.amparo.audit.application;

import java.io.Serializable;
import java.time.Instant;

/** One audit record as supervisors read it: ids and blind indexes only, never an identifier. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                         String detail) implements Serializable {
}
