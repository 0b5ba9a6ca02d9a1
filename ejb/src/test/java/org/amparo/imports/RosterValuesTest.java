package org.amparo.imports;

import org.amparo.imports.domain.RosterField;
import org.amparo.imports.domain.RosterValues;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The words jails and hotlines write, read the way a caseworker would read them. */
class RosterValuesTest {

    @ParameterizedTest(name = "label \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Inmate Name|FULL_NAME", "LAST NAME|FAMILY_NAME", "Apellidos|FAMILY_NAME", "D.O.B.|DATE_OF_BIRTH",
            "A#|A_NUMBER", "A-Number|A_NUMBER", "Número A|A_NUMBER", "Booking #|BOOKING_NUMBER", "Booking No.|BOOKING_NUMBER",
            "Offense|CHARGE", "Degree|CHARGE_LEVEL", "ICE Hold|ICE_HOLD", "Detainer Date|HOLD_ISSUED_AT", "ICE Warrant|HOLD_WARRANT",
            "Centro|FACILITY", "Teléfono|CALLER_CONTACT"})
    void knownLabels(String label, RosterField field) {
        assertThat(RosterField.forLabel(label)).contains(field);
    }

    @ParameterizedTest(name = "\"{0}\" is not mapped (the case list's Status and Hold expires are not roster fields)")
    @CsvSource({"Status", "Hold expires", "Workflow step", "Notes"})
    void unknownLabels(String label) {
        assertThat(RosterField.forLabel(label)).isEmpty();
    }

    @ParameterizedTest(name = "name \"{0}\" → family \"{1}\", given \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "GARCIA LOPEZ, MARIA DEL CARMEN|Garcia Lopez|Maria Del Carmen", "Muñoz, José|Muñoz|José",
            "Ana de la Cruz|Cruz|Ana de la", "MCDONALD|Mcdonald|''", "o'neil-ruiz, pat|O'Neil-Ruiz|Pat"})
    void fullNames(String text, String family, String given) {
        assertThat(RosterValues.splitFullName(text)).containsExactly(family, given);
    }

    @ParameterizedTest(name = "level \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"F|FELONY", "FEL|FELONY", "F3|FELONY", "Felony Class B|FELONY", "Felonía|FELONY",
            "M|MISDEMEANOR", "MA|MISDEMEANOR", "Misd.|MISDEMEANOR", "Class A Misdemeanor|MISDEMEANOR", "delito menor|MISDEMEANOR",
            "Infraction|INFRACTION", "citation|INFRACTION", "Capital|"})
    void levels(String text, OffenseLevel level) {
        assertThat(RosterValues.level(text)).isEqualTo(Optional.ofNullable(level));
    }

    @ParameterizedTest(name = "disposition \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"Pled Guilty|CONVICTED", "GUILTY PLEA|CONVICTED", "Sentenced|CONVICTED",
            "Nolle Pros.|DISMISSED", "No Bill|DISMISSED", "Not Guilty|ACQUITTED", "Deferred Adjudication|DIVERSION",
            "Awaiting Trial|PENDING", "Pendiente|PENDING", "Condenado|CONVICTED", "Hung jury|"})
    void dispositions(String text, Disposition disposition) {
        assertThat(RosterValues.disposition(text)).isEqualTo(Optional.ofNullable(disposition));
    }

    @ParameterizedTest(name = "charge \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"DWI 2ND|DUI", "DRIVING WHILE INTOXICATED|DUI", "ASSAULT FAM/HOUSE MEM (DOMESTIC)|DOMESTIC_VIOLENCE",
            "UNL CARRYING HANDGUN|FIREARM", "POSS W/INTENT TO DELIVER CS|DRUG_SALE", "MAN/DEL CS PG 1|DRUG_SALE",
            "POSS CS PG1 <1G|DRUG_POSSESSION", "BURGLARY OF HABITATION|BURGLARY", "THEFT PROP >=$100<$750|THEFT",
            "ASSAULT CAUSES BODILY INJ|ASSAULT", "ILLEGAL REENTRY 8 USC 1326|IMMIGRATION", "DRIVING WHILE LICENSE INVALID|MINOR_TRAFFIC",
            "NO DRIVER'S LICENSE|MINOR_TRAFFIC", "CRIMINAL TRESPASS|OTHER"})
    void categoriesFromWords(String charge, OffenseCategory category) {
        assertThat(RosterValues.inferCategory(charge)).isEqualTo(category);
    }

    @ParameterizedTest(name = "hold \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"I-247A|I_247A", "i247d|I_247D", "247A|I_247A", "Y|I_247A", "ICE HOLD|I_247A",
            "Detainer|I_247A", "Sí|I_247A", "I-203|I_203", "NTA|NTA"})
    void holds(String text, String form) {
        assertThat(RosterValues.holdForm(text)).contains(Optional.of(form));
    }

    @ParameterizedTest(name = "hold \"{0}\" is no hold")
    @CsvSource(delimiter = '|', value = {"N", "No", "none", "''"})
    void noHolds(String text) {
        assertThat(RosterValues.holdForm(text)).contains(Optional.empty());
    }

    @ParameterizedTest(name = "hold \"{0}\" is not understood")
    @CsvSource({"maybe", "I-999"})
    void unknownHolds(String text) {
        assertThat(RosterValues.holdForm(text)).isEmpty();
    }

    @ParameterizedTest(name = "warrant \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"I-200|I_200", "i200|I_200", "Warrant for Arrest of Alien|I_200", "I-205|I_205",
            "Warrant of Removal/Deportation|I_205", "none|NONE", "No|NONE", "ninguna|NONE"})
    void theWarrantThatCameWithAHold(String text, org.amparo.rules.detainer.AdministrativeWarrant warrant) {
        assertThat(RosterValues.holdWarrant(text)).contains(Optional.of(warrant));
    }

    @org.junit.jupiter.api.Test
    void anEmptyWarrantCellIsUnknownAndAnythingElseIsAProblem() {
        assertThat(RosterValues.holdWarrant("")).contains(Optional.empty());
        assertThat(RosterValues.holdWarrant("judicial")).isEmpty();
    }
}
