package org.amparo.cases.application;

import org.amparo.cases.domain.CaseStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A case as lists, the API and exports show it: one row, no lazy associations. */
public record CaseSummary(long id, String familyName, String givenNames, LocalDate dateOfBirth, String aNumber,
                          Long facilityId, String facilityName, String bookingNumber, CaseStatus status,
                          String workflowStep, String caseworker, String attorney, Instant openedAt,
                          String processInstanceId) implements Serializable {
}
