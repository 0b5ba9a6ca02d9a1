package org.amparo.web.reference;

import org.amparo.reference.application.ReferenceQueries.FacilityOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The facility picker (issue 15, item 6): found by name, city or state, shown cleanly, the page holding an id. */
class ReferencePickerTest {

    private final FacilityPicker picker = new FacilityPicker() {
        @Override
        protected List<FacilityOption> load() {
            return List.of(new FacilityOption(1, "ADAMS COUNTY CORRECTIONAL CENTER", "Natchez", "MS"),
                    new FacilityOption(2, "CLARK COUNTY JAIL (IN) (IN)", "Jeffersonville", "IN"),
                    new FacilityOption(3, "Ejemplo County Jail (demo)", "Ejemplo", "CA"));
        }
    };

    @Test
    void matchesByNameCityOrStateAndNothingForAWordInTheMiddle() {
        assertThat(picker.complete("ejemplo")).extracting(FacilityOption::id).containsExactly(3L);
        assertThat(picker.complete("county jail")).extracting(FacilityOption::id).containsExactly(2L, 3L);
        assertThat(picker.complete("natch")).extracting(FacilityOption::id).containsExactly(1L);
        assertThat(picker.complete("indiana")).extracting(FacilityOption::id).containsExactly(2L);
        assertThat(picker.complete("ounty")).isEmpty();
    }

    @Test
    void labelsAreCleanForAnOptionAndForTheIdThePageHolds() {
        assertThat(picker.label(picker.byId(2).orElseThrow())).isEqualTo("Clark County Jail (IN)");
        assertThat(picker.label(1L)).isEqualTo("Adams County Correctional Center (MS)");
        assertThat(picker.label(99L)).isEmpty();
        assertThat(picker.label(null)).isEmpty();
    }
}
