package org.amparo.hotline.application;

/**
 * A hotline report's verification changed (verified, or found false), in the report's jurisdiction: what follows
 * from verified reports (the monitoring checklist) is brought up to date once the change commits. Ids only.
 */
public record ReportVerified(long reportId, long jurisdictionId) {
}
