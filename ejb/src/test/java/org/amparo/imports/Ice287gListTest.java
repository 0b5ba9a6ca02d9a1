package org.amparo.imports;

import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.reference.domain.SupportType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** ICE's own 287(g) lists, both layouts, read with the figures ../shared/data/README.md publishes for them. */
class Ice287gListTest {

    static byte[] file(String name) throws Exception {
        try (InputStream in = Ice287gListTest.class.getResourceAsStream("/ice/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theMay2026ListGivesThePublishedFigures() throws Exception {
        var parsed = Ice287gList.parse(new SpreadsheetReader(1_100_000).read(file("participatingAgencies05182026am.xlsx"), null));
        assertThat(parsed.problems()).isEmpty();
        var rows = parsed.rows();
        assertThat(rows).hasSize(1843);
        assertThat(rows.stream().map(r -> r.stateCode() + "|" + r.agency()).distinct().count()).isEqualTo(1557);
        assertThat(rows.stream().map(Ice287gList.Row::stateCode).distinct().count()).isEqualTo(40);
        assertThat(rows.stream().map(Ice287gList.Row::stateRaw).distinct().count()).isEqualTo(40);
        Map<SupportType, Long> byModel = rows.stream().collect(Collectors.groupingBy(Ice287gList.Row::supportType, Collectors.counting()));
        assertThat(byModel).containsEntry(SupportType.TASK_FORCE_MODEL, 1162L)
                .containsEntry(SupportType.WARRANT_SERVICE_OFFICER, 499L)
                .containsEntry(SupportType.JAIL_ENFORCEMENT_MODEL, 182L);
        assertThat(rows.stream().map(Ice287gList.Row::signedOn).min(LocalDate::compareTo)).hasValue(LocalDate.of(2016, 3, 19));
        assertThat(rows.stream().map(Ice287gList.Row::signedOn).max(LocalDate::compareTo)).hasValue(LocalDate.of(2026, 5, 17));
        assertThat(rows.get(0).moaUrl()).startsWith("http");
        assertThat(rows).allSatisfy(r -> assertThat(r.agency()).doesNotEndWith(" ").doesNotContain("\u00A0"));
    }

    @Test
    void theOlderSixColumnListOfMarch2025IsReadToo() throws Exception {
        var parsed = Ice287gList.parse(new SpreadsheetReader(1_100_000).read(file("participatingAgencies03062025am.xlsx"), null));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(308);
        Map<SupportType, Long> byModel = parsed.rows().stream().collect(Collectors.groupingBy(Ice287gList.Row::supportType, Collectors.counting()));
        assertThat(byModel).containsEntry(SupportType.WARRANT_SERVICE_OFFICER, 125L)
                .containsEntry(SupportType.TASK_FORCE_MODEL, 110L)
                .containsEntry(SupportType.JAIL_ENFORCEMENT_MODEL, 73L);
        assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.county()).isNull());
    }
}
