package org.amparo.cases.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.relief.DacaResult;

import org.amparo.cases.domain.CaseStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A case as lists, the API and exports show it: one row, no lazy associations. */
public record CaseSummary(long id, String familyName, String givenNames, LocalDate dateOfBirth, String aNumber,
                          Long facilityId, String facilityName, String bookingNumber, CaseStatus status,
                          org.amparo.process.CaseStep workflowStep, String caseworker, String attorney, Instant openedAt,
                          String processInstanceId, EnforcementPriority enforcementPriority, DacaResult dacaResult,
                          Instant holdExpiresAt, String facilityTimeZone, List<Finding> findings) implements Serializable {

    public CaseSummary {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The same case with its findings, which the list loads in one query per page. */
    public CaseSummary withFindings(List<Finding> found) {
        return new CaseSummary(id, familyName, givenNames, dateOfBirth, aNumber, facilityId, facilityName, bookingNumber,
                status, workflowStep, caseworker, attorney, openedAt, processInstanceId, enforcementPriority, dacaResult,
                holdExpiresAt, facilityTimeZone, found);
    }

    /** The hold expiry on the facility's wall clock, for people who call the jail. */
    public LocalDateTime holdExpiresLocal() {
        return holdExpiresAt == null ? null
                : LocalDateTime.ofInstant(holdExpiresAt, facilityTimeZone == null ? ZoneOffset.UTC : ZoneId.of(facilityTimeZone));
    }
}
