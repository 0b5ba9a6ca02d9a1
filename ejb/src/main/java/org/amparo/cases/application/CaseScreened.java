package org.amparo.cases.application;

/**
 * A case's screening results were stored ({@link CaseScreening#rescreen}), in the transaction that stored them: for
 * what follows from findings outside the case (the jurisdiction's monitoring checklist).
 *
 * @param caseId         the case
 * @param jurisdictionId its facility's jurisdiction, null when it has none
 */
public record CaseScreened(long caseId, Long jurisdictionId) {
}
