package org.amparo.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.cases.application.CaseSortField;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.shared.domain.InvalidInputException;

import java.util.Locale;

/** The case list's query parameters, shared by the list and its export so both select the same rows. */
public class CaseListParams {

    @QueryParam("search")
    String search;

    @QueryParam("status")
    String status;

    @QueryParam("step")
    String step;

    @QueryParam("facilityId")
    Long facilityId;

    @QueryParam("mine")
    boolean mine;

    @QueryParam("priority")
    String priority;

    @QueryParam("finding")
    String finding;

    @QueryParam("sort")
    @DefaultValue("ID")
    String sort;

    @QueryParam("asc")
    boolean asc;

    /** A saved filter: MY_CASES, HOLD_EXPIRING or UNASSIGNED. */
    @QueryParam("preset")
    String preset;

    CaseListCriteria criteria() {
        return new CaseListCriteria(search, parse(CaseStatus.class, "status", status),
                parse(org.amparo.process.CaseStep.class, "step", step), facilityId, null, mine,
                parse(EnforcementPriority.class, "priority", priority), parse(Finding.class, "finding", finding),
                parse(CaseSortField.class, "sort", sort), asc,
                parse(org.amparo.cases.application.CaseListPreset.class, "preset", preset));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiWords.invalid(field, "api.unknownValue", value);
        }
    }
}
