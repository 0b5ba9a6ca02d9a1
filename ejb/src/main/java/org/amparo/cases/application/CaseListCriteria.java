package org.amparo.cases.application;

import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;

import org.amparo.cases.domain.CaseStatus;

import java.io.Serializable;

/**
 * Filters and sort order of a case list. The same criteria drive the page, the API and the export, so an export
 * holds exactly what the user saw.
 *
 * @param search   a name or alias (partial, accents and case ignored), an A-number in any form, or a booking number
 * @param mineOnly only cases whose caseworker or attorney is the caller
 * @param preset   a saved filter on top of the others, or null
 */
public record CaseListCriteria(String search, CaseStatus status, org.amparo.process.CaseStep workflowStep, Long facilityId,
                               String caseworker, boolean mineOnly, EnforcementPriority priority, Finding finding,
                               CaseSortField sortField, boolean ascending, CaseListPreset preset)
        implements Serializable {

    public CaseListCriteria(String search, CaseStatus status, org.amparo.process.CaseStep workflowStep, Long facilityId, String caseworker,
                            boolean mineOnly, EnforcementPriority priority, Finding finding, CaseSortField sortField,
                            boolean ascending) {
        this(search, status, workflowStep, facilityId, caseworker, mineOnly, priority, finding, sortField, ascending, null);
    }

    public static CaseListCriteria all() {
        return new CaseListCriteria(null, null, null, null, null, false, null, null, CaseSortField.ID, false);
    }

    /** A description for the audit log and an export's About sheet: filters only, never the search text. */
    public String describe() {
        return "search=" + (search == null || search.isBlank() ? "none" : "yes")
                + ", status=" + status + ", step=" + workflowStep + ", facility=" + facilityId
                + ", caseworker=" + (caseworker == null ? "any" : "set") + ", mine=" + mineOnly
                + ", priority=" + priority + ", finding=" + finding + ", preset=" + preset
                + ", sort=" + sortField + (ascending ? " asc" : " desc");
    }
}
