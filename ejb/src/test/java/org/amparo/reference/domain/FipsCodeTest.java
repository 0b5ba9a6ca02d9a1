package org.amparo.reference.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FipsCodeTest {

    @Test
    void aStateHasTwoDigitsACountyFiveAndACitySeven() {
        assertThat(FipsCode.check("06", JurisdictionLevel.STATE, "CA")).isEqualTo("06");
        assertThat(FipsCode.check(" 06029 ", JurisdictionLevel.COUNTY, "CA")).isEqualTo("06029");
        assertThat(FipsCode.check("1714000", JurisdictionLevel.CITY, "IL")).isEqualTo("1714000");
        assertThatThrownBy(() -> FipsCode.check("06029", JurisdictionLevel.STATE, "CA")).hasMessageContaining("2 digits");
        assertThatThrownBy(() -> FipsCode.check("0602", JurisdictionLevel.COUNTY, "CA")).hasMessageContaining("5 digits");
        assertThatThrownBy(() -> FipsCode.check("06029", JurisdictionLevel.CITY, "CA")).hasMessageContaining("7 digits");
    }

    @Test
    void aCodeHasDigitsOnlyAndStartsWithItsStatesCode() {
        assertThatThrownBy(() -> FipsCode.check("06O29", JurisdictionLevel.COUNTY, "CA")).hasMessageContaining("digits only");
        assertThatThrownBy(() -> FipsCode.check("48141", JurisdictionLevel.COUNTY, "CA")).hasMessageContaining("06 for CA");
        assertThat(FipsCode.check("48141", JurisdictionLevel.COUNTY, "TX")).isEqualTo("48141");
        assertThat(FipsCode.ofState("PR")).contains("72");
        assertThat(FipsCode.ofState("XX")).isEmpty();
    }

    @Test
    void theCodeIsOptional() {
        assertThat(FipsCode.check(null, JurisdictionLevel.COUNTY, "CA")).isNull();
        assertThat(FipsCode.check("  ", JurisdictionLevel.COUNTY, "CA")).isNull();
        assertThat(FipsCode.fits("", JurisdictionLevel.CITY, "IL")).isTrue();
        assertThat(FipsCode.fits("17", JurisdictionLevel.CITY, "IL")).isFalse();
    }

    @Test
    void aJurisdictionIsPlacedByItsCodeAndACityByItsPoint() {
        Jurisdiction city = new Jurisdiction("Prueba City (demo)", JurisdictionLevel.CITY, "IL", DetainerPolicy.NONE);
        city.locate("1714000", 41.8375, -87.6866);
        assertThat(city.getFipsCode()).isEqualTo("1714000");
        assertThat(city.getLatitude()).isEqualTo(41.8375);
        assertRefused(() -> city.locate("1714000", 41.8, null), "longitude", "amparo.validation.bothCoordinates");
        assertRefused(() -> city.locate("1714000", null, -87.6), "latitude", "amparo.validation.bothCoordinates");
        assertRefused(() -> city.locate("1714000", 91.0, 0.0), "latitude", "amparo.validation.latitude");
        assertRefused(() -> city.locate("1714000", Double.NaN, 0.0), "latitude", "amparo.validation.latitude");
        assertRefused(() -> city.locate("1714000", 41.8, -180.5), "longitude", "amparo.validation.longitude");
        assertRefused(() -> city.locate("1714000", 41.8, Double.NaN), "longitude", "amparo.validation.longitude");
        assertRefused(() -> city.locate("17140", null, null), "fipsCode", "amparo.validation.fipsCode");
        assertThat(city.getFipsCode()).as("a refused code changes nothing").isEqualTo("1714000");
        city.locate(null, null, null);
        assertThat(city.getFipsCode()).isNull();
        assertThat(city.getLatitude()).isNull();
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).as(field).isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }
}
