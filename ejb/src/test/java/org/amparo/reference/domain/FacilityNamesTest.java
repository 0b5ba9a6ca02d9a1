package org.amparo.reference.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Facility names as people read them: no shouting, no repeated or empty brackets (issue 15, item 6). */
class FacilityNamesTest {

    @Test
    void icesNamesAreShownCleanly() {
        assertThat(FacilityNames.clean("CLARK COUNTY JAIL (IN) (IN)", "IN")).isEqualTo("Clark County Jail (IN)");
        assertThat(FacilityNames.clean("IMPERIAL REGIONAL DETENTION FACILITY ()", "CA")).isEqualTo("Imperial Regional Detention Facility (CA)");
        assertThat(FacilityNames.clean("ADAMS COUNTY CORRECTIONAL CENTER", null)).isEqualTo("Adams County Correctional Center");
        assertThat(FacilityNames.clean("ICE PROCESSING CENTER OF THE NORTH", "WA")).isEqualTo("ICE Processing Center of the North (WA)");
        assertThat(FacilityNames.clean("Ejemplo County Jail (demo)", "CA")).as("a name in mixed case is kept").isEqualTo("Ejemplo County Jail (demo) (CA)");
    }

    @Test
    void aFacilityIsFoundByTheStartOfWordsOfItsNameCityOrState() {
        assertThat(FacilityNames.matches("ejem ja", "Ejemplo County Jail (demo)", "Ejemplo", "CA")).isTrue();
        assertThat(FacilityNames.matches("jail calif", "Ejemplo County Jail (demo)", "Ejemplo", "CA")).as("state by name").isTrue();
        assertThat(FacilityNames.matches("adelanto", "ADELANTO ICE PROCESSING CENTER", "Adelanto", "CA")).isTrue();
        assertThat(FacilityNames.matches("victorv", "DESERT VIEW ANNEX", "Victorville", "CA")).as("by city").isTrue();
        assertThat(FacilityNames.matches("ca", "DESERT VIEW ANNEX", "Victorville", "CA")).as("by state code").isTrue();
        assertThat(FacilityNames.matches("QUIÑ", "Quinones Center", null, "TX")).as("accents and case ignored").isTrue();
        assertThat(FacilityNames.matches("ounty", "Ejemplo County Jail", null, "CA")).as("only the start of a word").isFalse();
        assertThat(FacilityNames.matches("ejemplo tx", "Ejemplo County Jail", null, "CA")).as("every word must match").isFalse();
        assertThat(FacilityNames.matches("  ", "Ejemplo County Jail", null, "CA")).as("nothing typed").isFalse();
    }
}
