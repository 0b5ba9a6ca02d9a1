package org.amparo.web.cases;

import org.amparo.cases.application.CaseListCriteria;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.process.CaseStep;
import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved filter's criteria become the case list's own column filters (issue 21): each lands on the column whose
 * drop-down shows it, the list loads by exactly those, and saving that list keeps the same criteria again.
 */
class CaseListViewTest {

    private static final Map<String, String> SAVED = Map.of("status", "OPEN", "step", "INTAKE", "facility", "12",
            "priority", "PRIORITY_1", "finding", "POLICY_CONFLICT");

    @Test
    void eachSavedCriterionBecomesItsColumnsFilterValue() {
        assertThat(CaseListView.columnFilters(SAVED)).containsOnly(Map.entry("status", CaseStatus.OPEN),
                Map.entry("workflowStep", CaseStep.INTAKE), Map.entry("facilityName", 12L),
                Map.entry("enforcementPriority", EnforcementPriority.PRIORITY_1), Map.entry("findings", Finding.POLICY_CONFLICT));
        assertThat(CaseListView.columnFilters(Map.of("mine", "true", "preset", "MY_CASES"))).as("not column filters").isEmpty();
    }

    @Test
    void theListLoadsByTheColumnFiltersAndSavesThemBackUnchanged() {
        CaseListCriteria loaded = new CaseListView().criteria(table(CaseListView.columnFilters(SAVED)), Map.of());
        assertThat(CaseListView.savedCriteria(loaded)).isEqualTo(SAVED);
    }

    @Test
    void aColumnSetBackToAllDropsThatCriterionAndAChangedOneReplacesIt() {
        Map<String, Object> columns = new HashMap<>(CaseListView.columnFilters(SAVED));
        columns.put("findings", null);
        // a drop-down the user changed comes back as the option's text when the column has no converter
        columns.put("status", "CLOSED");
        CaseListCriteria loaded = new CaseListView().criteria(table(columns), Map.of());
        assertThat(loaded.finding()).isNull();
        assertThat(loaded.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseListView.savedCriteria(loaded)).doesNotContainKey("finding").containsEntry("status", "CLOSED")
                .containsEntry("facility", "12");
    }

    /** The table's active filters as PrimeFaces gives them to the lazy model: by the column's field. */
    private static Map<String, FilterMeta> table(Map<String, Object> byField) {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        byField.forEach((field, value) -> {
            if (value != null) {
                filters.put(field, FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.EXACT).build());
            }
        });
        return filters;
    }
}
