package org.amparo.audit.application;

import java.io.Serializable;
import java.time.LocalDate;

/** Which audit records to read: by account, by case, and by period (days inclusive, UTC); every part optional. */
public record AuditFilter(String actor, Long caseId, LocalDate from, LocalDate to) implements Serializable {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
