package org.amparo.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.detainer.PolicyLayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a case file becomes v1.1 facts: entries without inspection from the recorded manner, policy layers. */
class CaseFactsTest {

    @ParameterizedTest(name = "manner \"{0}\" is without inspection: {1}")
    @CsvSource({"without inspection,true", "EWI,true", "Without_Inspection,true", "sin inspección,true",
            "visa overstay,false", "inspected at a port,false", "'',false"})
    void anEntryWithoutInspectionIsReadFromTheRecordedManner(String manner, boolean expected) {
        assertThat(CaseFacts.withoutInspection(manner)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aCountyFacilityIsJudgedByItsCountysPolicyAndItsStatesEachFromItsDate() throws Exception {
        Jurisdiction county = new Jurisdiction("Ejemplo County", JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);
        county.adoptPolicy(DetainerPolicy.LOCAL_NO_HOLDS, null, LocalDate.of(2014, 1, 1), null);
        Jurisdiction state = new Jurisdiction("California", JurisdictionLevel.STATE, "CA", DetainerPolicy.NONE);
        state.adoptPolicy(DetainerPolicy.HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS, null, LocalDate.of(2014, 1, 1), null);
        setId(county, 1L);
        setId(state, 2L);
        Facility jail = new Facility("Ejemplo Jail", FacilityType.LOCAL_JAIL, "Ejemplo", "CA", ZoneId.of("America/Los_Angeles"), county);
        List<PolicyLayer> layers = CaseFacts.policyLayers(jail, List.of(state));
        assertThat(layers).containsExactly(
                new PolicyLayer(JurisdictionLevel.STATE, DetainerPolicy.HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS, LocalDate.of(2014, 1, 1)),
                new PolicyLayer(JurisdictionLevel.COUNTY, DetainerPolicy.LOCAL_NO_HOLDS, LocalDate.of(2014, 1, 1)));
        assertThat(CaseFacts.policyLayers(null, List.of(state))).isEmpty();
    }

    private static void setId(Jurisdiction j, long id) throws Exception {
        var field = Jurisdiction.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(j, id);
    }
}
