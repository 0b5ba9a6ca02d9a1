package org.amparo.imports;

import org.amparo.imports.infrastructure.IceFacilityList;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Facilities" sheet of ICE's FY26 Detention Statistics, with the figures ../shared/data/README.md publishes. */
class IceFacilityListTest {

    @Test
    void theFacilitiesSheetGivesThePublishedFigures() throws Exception {
        var table = new SpreadsheetReader(1_100_000).read(Ice287gListTest.file("FY26_detentionStats_04092026.xlsx"), "Facilities");
        assertThat(table.sheetName()).startsWith("Facilities");
        var parsed = IceFacilityList.parse(table);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(203);
        Map<String, Long> byType = parsed.rows().stream().collect(Collectors.groupingBy(IceFacilityList.Row::typeDetailed, Collectors.counting()));
        assertThat(byType).containsEntry("USMS IGA", 99L).containsEntry("IGSA", 37L).containsEntry("DIGSA", 25L)
                .containsEntry("CDF", 19L).containsEntry("BOP", 7L).containsEntry("SPC", 5L).containsEntry("STAGING", 4L)
                .containsEntry("USMS CDF", 3L).containsEntry("STATE", 2L).containsEntry("FAMILY", 1L).containsEntry("DOD", 1L)
                .hasSize(11);
        assertThat(parsed.rows().stream().filter(r -> r.guaranteedMinimum() != null).count()).isEqualTo(64);
        var adams = parsed.rows().get(0);
        assertThat(adams.name()).isEqualTo("ADAMS COUNTY CORRECTIONAL CENTER");
        assertThat(adams.stateCode()).isEqualTo("MS");
        assertThat(adams.zip()).isEqualTo("39120");
        assertThat(adams.aor()).isEqualTo("NOL");
        assertThat(adams.guaranteedMinimum()).isEqualTo(1436);
        assertThat(adams.averageDailyPopulation()).isGreaterThan(2000);
    }
}
