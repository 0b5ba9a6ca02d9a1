package org.amparo.monitoring.application;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.detainer.Finding;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MapLayerTest {

    @Test
    void theLayerParameterIsTheApisNameAndPolicyWhenAbsent() {
        assertThat(MapLayer.ofParameter(null)).contains(MapLayer.POLICY);
        assertThat(MapLayer.ofParameter(" ")).contains(MapLayer.POLICY);
        assertThat(MapLayer.ofParameter("heldPastExpiry")).contains(MapLayer.HELD_PAST_EXPIRY);
        assertThat(MapLayer.ofParameter("REPORTS")).contains(MapLayer.REPORTS);
        assertThat(MapLayer.ofParameter("tiles")).isEmpty();
    }

    @Test
    void eachLayerDrawsItsOwnFigure() {
        MapData.Entry entry = new MapData.Entry(1, "Ejemplo County (demo)", JurisdictionLevel.COUNTY, "CA", "06029", null, null,
                DetainerPolicy.LOCAL_NO_HOLDS, false, Set.of(), 7L, 3L, 1L, 2L,
                Map.of(Finding.HELD_PAST_EXPIRY, 2L, Finding.NON_PRIORITY_TARGET, 4L));
        assertThat(entry.figure(MapLayer.POLICY)).isZero();
        assertThat(entry.figure(MapLayer.REPORTS)).isEqualTo(3);
        assertThat(entry.figure(MapLayer.HELD_PAST_EXPIRY)).isEqualTo(2);
        assertThat(entry.figure(MapLayer.FINDINGS)).isEqualTo(6);
    }
}
