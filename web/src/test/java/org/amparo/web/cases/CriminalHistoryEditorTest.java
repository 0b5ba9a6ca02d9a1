package org.amparo.web.cases;

import org.amparo.casefile.application.CaseFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hearing's arrest is chosen by what is known of it: an arrest with no day, no agency and no charge described was an
 * empty choice in the hearing form's drop-down.
 */
class CriminalHistoryEditorTest {

    private static CaseFile.Arrest arrest(LocalDate on, String agency, String... charges) {
        List<CaseFile.Charge> lines = java.util.Arrays.stream(charges)
                .map(d -> new CaseFile.Charge(1, d, null, null, null, null, null, false, false, false, null)).toList();
        return new CaseFile.Arrest(1, on, agency, null, lines, List.of());
    }

    private static String label(CaseFile.Arrest arrest) {
        return CriminalHistoryEditor.labelOf("Arrest 2", arrest, d -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear());
    }

    @Test
    void anArrestIsNamedByItsPlaceThenItsDayAgencyAndFirstDescribedCharge() {
        assertThat(label(arrest(LocalDate.of(2019, 3, 1), "Ejemplo PD", "Possession for sale", "Resisting")))
                .isEqualTo("Arrest 2: 3/1/2019 · Ejemplo PD · Possession for sale");
    }

    @Test
    void anArrestKnownByNothingIsStillNamedByItsPlace() {
        assertThat(label(arrest(null, null))).isEqualTo("Arrest 2");
        assertThat(label(arrest(null, "  ", " ", ""))).as("blank words are not knowledge").isEqualTo("Arrest 2");
    }

    @Test
    void anArrestWithoutADayIsNamedByWhatElseIsKnownOfIt() {
        assertThat(label(arrest(null, null, "", "Driving without a licence"))).isEqualTo("Arrest 2: Driving without a licence");
        assertThat(label(arrest(null, "Sheriff"))).isEqualTo("Arrest 2: Sheriff");
    }
}
