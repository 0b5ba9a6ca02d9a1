package org.amparo.hotline.domain;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.SearchText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityReportTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static ActivityReport raid(boolean consented, String callerName) {
        return new ActivityReport(NOW.minusSeconds(600), "Lavado El Sol, Calle 9",
                new Jurisdiction("Ejemplo County (demo)", JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE),
                Set.of(IceActivity.RAID), Set.of(), Set.of(Agency.ICE), null, consented, callerName, null,
                List.of(new ReportedPerson("Núñez", "Zacarías", null)), null, "caseworker", NOW);
    }

    @Test
    void theSearchBoxFindsAReportByItsPeopleItsPlaceAndItsJurisdictionInAnyOrder() {
        ActivityReport report = raid(false, null);
        assertThat(report.isFoundBy(SearchText.words("zacarias nun"))).isTrue();
        assertThat(report.isFoundBy(SearchText.words("NÚÑEZ lavado"))).as("accents, case, any order").isTrue();
        assertThat(report.isFoundBy(SearchText.words("ejemplo raid"))).as("every word must start a word").isFalse();
        assertThat(report.isFoundBy(SearchText.words("ejem count"))).as("the jurisdiction's name").isTrue();
        assertThat(report.isFoundBy(List.of())).as("no words, nothing found").isFalse();
    }

    @Test
    void aCallerWhoDidNotConsentLeavesNoNameBehind() {
        assertThatThrownBy(() -> raid(false, "Lupe")).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("callerName");
        assertThat(raid(true, "  ").getCallerName()).as("a blank name is no name").isNull();
        assertThat(raid(true, " Lupe ").getCallerName()).isEqualTo("Lupe");
    }
}
