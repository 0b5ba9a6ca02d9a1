package org.amparo.audit.application;

import java.io.Serializable;

/**
 * An account that read far more case files in a period than its own caseload: worth a supervisor's question (a
 * curious colleague, a shared password, a copied list).
 */
public record UnusualReading(String actor, long casesRead, long caseload) implements Serializable {

    /** More than three times the caseload, and never fewer than this many files, is unusual. */
    public static final long FLOOR = 25;

    public static boolean isUnusual(long casesRead, long caseload) {
        return casesRead > Math.max(FLOOR, 3 * caseload);
    }
}
