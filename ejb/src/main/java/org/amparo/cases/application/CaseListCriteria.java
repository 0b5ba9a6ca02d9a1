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
 */
public record CaseListCriteria(String search, CaseStatus status, String workflowStep, Long facilityId,
                               String caseworker, boolean mineOnly, EnforcementPriority priority, Finding finding,
                               CaseSortField sortField, boolean ascending)
        implements Serializable {

    public static CaseListCriteria all() {
        return new CaseListCriteria(null, null, null, null, null, false, null, null, CaseSortField.ID, false);
    }

    /** A description for the audit log and an export's About sheet: filters only, never the search text. */
    public String describe() {
        return "search=" + (search == null || search.isBlank() ? "none" : "yes")
                + ", status=" + status + ", step=" + workflowStep + ", facility=" + facilityId
                + ", caseworker=" + (caseworker == null ? "any" : "set") + ", mine=" + mineOnly
                + ", priority=" + priority + ", finding=" + finding
                + ", sort=" + sortField + (ascending ? " asc" : " desc");
    }
}
