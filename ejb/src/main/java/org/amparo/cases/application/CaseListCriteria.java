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

    /** Sorts that would line rows up by who the person is. */
    private static final java.util.Set<CaseSortField> IDENTIFYING_SORTS =
            java.util.EnumSet.of(CaseSortField.FAMILY_NAME);

    /**
     * The criteria a de-identified export may use: no search (a name, an A-number or a booking number would single a
     * person out, and the row count would confirm it) and no sort by an identifying field (it would order the
     * pseudonyms by name or birth). Other filters stay.
     */
    public CaseListCriteria deidentified() {
        CaseSortField sort = sortField == null || IDENTIFYING_SORTS.contains(sortField) ? CaseSortField.ID : sortField;
        return new CaseListCriteria(null, status, workflowStep, facilityId, caseworker, mineOnly, priority, finding, sort,
                IDENTIFYING_SORTS.contains(sortField) ? false : ascending, preset);
    }

    /** These criteria with no search: the other filters, sort and preset as they are. */
    public CaseListCriteria withoutSearch() {
        return new CaseListCriteria(null, status, workflowStep, facilityId, caseworker, mineOnly, priority, finding, sortField,
                ascending, preset);
    }

    /** The criteria an export in this mode uses: as they are when identified, {@link #deidentified()} otherwise. */
    public CaseListCriteria forExport(org.amparo.exports.domain.ExportMode mode) {
        return mode == org.amparo.exports.domain.ExportMode.DEIDENTIFIED ? deidentified() : this;
    }

    private static Object any(Object chosen) {
        return chosen == null ? "any" : chosen;
    }

    /** A description for the audit log and an export's About sheet: filters only, never the search text. */
    public String describe() {
        return "search=" + (search == null || search.isBlank() ? "none" : "yes")
                + ", status=" + any(status) + ", step=" + any(workflowStep) + ", facility=" + any(facilityId)
                + ", caseworker=" + (caseworker == null ? "any" : "set") + ", mine=" + mineOnly
                + ", priority=" + any(priority) + ", finding=" + any(finding) + ", preset=" + (preset == null ? "none" : preset)
                + ", sort=" + sortField + (ascending ? " asc" : " desc");
    }
}
