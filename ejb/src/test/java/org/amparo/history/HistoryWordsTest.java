package org.amparo.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;

import org.amparo.history.application.HistoryWords;
import org.junit.jupiter.api.Test;

/** The History tab's values as people read them: labels, not codes; times with their zone. */
class HistoryWordsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void codesBecomeLabelsInTheReadersLanguage() {
        assertThat(HistoryWords.value("Person", "immigrationStatus", "UNDOCUMENTED", Locale.ENGLISH, CHICAGO)).isEqualTo("Undocumented");
        assertThat(HistoryWords.value("Person", "immigrationStatus", "UNDOCUMENTED", ES, CHICAGO)).isEqualTo("Indocumentado/a");
        assertThat(HistoryWords.value("Charge", "level", "FELONY", Locale.ENGLISH, CHICAGO)).isEqualTo("Felony");
        assertThat(HistoryWords.value("Charge", "category", "DRUG_POSSESSION", Locale.ENGLISH, CHICAGO)).isEqualTo("Drug possession");
        assertThat(HistoryWords.value("Person", "gangMember", "yes", ES, CHICAGO)).isEqualTo("sí");
        assertThat(HistoryWords.record("Detainer", Locale.ENGLISH)).isEqualTo("ICE request");
    }

    @Test
    void aJurisdictionsAuthoritiesAreWordedToo() {
        // what a jurisdiction page's authority form shows of someone else's change, after its save was refused
        assertThat(HistoryWords.value("Authority", "office", "COUNTY_EXECUTIVE", ES, CHICAGO)).isEqualTo("Ejecutivo del condado");
        assertThat(HistoryWords.value("Authority", "selection", "APPOINTED", Locale.ENGLISH, CHICAGO)).isEqualTo("Appointed");
        assertThat(HistoryWords.value("Authority", "nextElection", "2028-11-07", Locale.ENGLISH, CHICAGO)).isEqualTo("11/07/2028");
        assertThat(HistoryWords.value("Authority", "nextElection", "2028-11-07", ES, CHICAGO)).isEqualTo("07/11/2028");
        // and a year's figures, as the reader writes amounts
        assertThat(HistoryWords.value("JailMoney", "jailBudget", "5200000.00", Locale.ENGLISH, CHICAGO)).isEqualTo("5,200,000.00");
        assertThat(HistoryWords.value("JailMoney", "jailBudget", "5200000.00", ES, CHICAGO)).isEqualTo("5.200.000,00");
        assertThat(HistoryWords.value("JailMoney", "igsaBeds", "40", ES, CHICAGO)).isEqualTo("40");
    }

    @Test
    void instantsShowTheirZoneAndOtherTextStaysAsItIs() {
        assertThat(HistoryWords.value("Person", "createdAt", "2026-09-02T15:16:00Z", Locale.ENGLISH, CHICAGO))
                .isEqualTo("09/02/2026 10:16 CDT");
        assertThat(HistoryWords.value("Person", "familyName", "Ejemplo", Locale.ENGLISH, CHICAGO)).isEqualTo("Ejemplo");
        assertThat(HistoryWords.value("Nothing", "at all", "UNDOCUMENTED", Locale.ENGLISH, CHICAGO)).isEqualTo("UNDOCUMENTED");
    }
}
