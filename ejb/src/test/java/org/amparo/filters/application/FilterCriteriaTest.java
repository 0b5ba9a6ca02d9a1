package org.amparo.filters.application;

import org.amparo.filters.domain.FilterPage;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a saved filter may hold: the list's codes, ids and true/false, never a search text; stored and read back whole. */
class FilterCriteriaTest {

    @Test
    void aCaseListFilterIsStoredInTheListsOrderAndReadBackTheSame() {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("finding", "HELD_PAST_EXPIRY");
        criteria.put("status", "OPEN");
        criteria.put("facility", "12");
        criteria.put("mine", "true");
        criteria.put("step", "");
        assertThat(FilterCriteria.problems(FilterPage.CASES, criteria)).isEmpty();
        String stored = FilterCriteria.format(FilterPage.CASES, criteria);
        assertThat(stored).isEqualTo("status=OPEN;facility=12;finding=HELD_PAST_EXPIRY;mine=true");
        assertThat(FilterCriteria.parse(FilterPage.CASES, stored))
                .containsExactly(Map.entry("status", "OPEN"), Map.entry("facility", "12"),
                        Map.entry("finding", "HELD_PAST_EXPIRY"), Map.entry("mine", "true"));
    }

    @Test
    void aSearchTextOrAnUnknownKeyIsRefusedNamingIt() {
        assertThat(FilterCriteria.problems(FilterPage.CASES, Map.of("search", "Muñoz")))
                .containsExactly(new FilterCriteria.Problem("criteria.search", "amparo.validation.filterKey", null));
        assertThat(FilterCriteria.problems(FilterPage.TASKS, Map.of("status", "OPEN")))
                .extracting(FilterCriteria.Problem::field).containsExactly("criteria.status");
    }

    @Test
    void aValueTheKeyDoesNotTakeIsRefusedNamingTheKeyAndTheValue() {
        assertThat(FilterCriteria.problems(FilterPage.CASES, Map.of("status", "open", "facility", "-3", "mine", "yes")))
                .extracting(FilterCriteria.Problem::field)
                .containsExactlyInAnyOrder("criteria.status", "criteria.facility", "criteria.mine");
        assertThat(FilterCriteria.problems(FilterPage.TASKS, Map.of("urgency", "SOON")))
                .containsExactly(new FilterCriteria.Problem("criteria.urgency", "amparo.validation.filterValue", "SOON"));
    }

    @Test
    void aFilterWithNothingInItIsRefused() {
        assertThat(FilterCriteria.problems(FilterPage.TASKS, Map.of())).extracting(FilterCriteria.Problem::field).containsExactly("criteria");
        assertThat(FilterCriteria.problems(FilterPage.TASKS, null)).extracting(FilterCriteria.Problem::field).containsExactly("criteria");
        assertThat(FilterCriteria.problems(FilterPage.CASES, Map.of("status", " "))).extracting(FilterCriteria.Problem::field)
                .containsExactly("criteria");
    }

    @Test
    void aStoredValueALaterVersionNoLongerKnowsIsDroppedNotFatal() {
        assertThat(FilterCriteria.parse(FilterPage.TASKS, "step=NO_SUCH_STEP;urgency=OVERDUE;colour=red;junk"))
                .containsExactly(Map.entry("urgency", "OVERDUE"));
        assertThat(FilterCriteria.parse(FilterPage.TASKS, "")).isEmpty();
    }

    @Test
    void theInboxFiltersByStepUrgencyAndCampaignWorkOnly() {
        assertThat(FilterCriteria.keys(FilterPage.TASKS)).containsExactly("step", "urgency", "work");
        assertThat(FilterCriteria.problems(FilterPage.TASKS, java.util.Map.of("work", "CAMPAIGNS"))).isEmpty();
        assertThat(FilterCriteria.problems(FilterPage.TASKS, java.util.Map.of("work", "EVERYTHING"))).hasSize(1);
        assertThat(FilterCriteria.keys(FilterPage.CASES)).doesNotContain("search").contains("status", "step", "facility");
    }
}
