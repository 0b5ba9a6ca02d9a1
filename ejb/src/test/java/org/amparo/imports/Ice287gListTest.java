package org.amparo.imports;

import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.reference.domain.SupportType;
import org.amparo.shared.domain.InputValidation;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void aSignedDayOutsideTheYears1900To2200IsAProblemNamingItsCellAndItsRowIsNotRead() throws Exception {
        String csv = """
                STATE,LAW ENFORCEMENT AGENCY,TYPE,SUPPORT TYPE,SIGNED,MOA
                TEXAS,Ejemplo County Sheriff's Office,County,Task Force Model,+999999999-12-31,link pending
                TEXAS,Muestra County Sheriff's Office,County,Task Force Model,1/1/1899,link pending
                TEXAS,Prueba Police Department,Municipality,Warrant Service Officer,12/31/2200,link pending
                TEXAS,Modelo County Sheriff's Office,County,Jail Enforcement Model,1/1/1900,link pending
                """;
        var parsed = Ice287gList.parse(new SpreadsheetReader(1_000).read(csv.getBytes(StandardCharsets.UTF_8), null));
        assertThat(parsed.problems()).extracting(ImportProblem::cell, ImportProblem::field, ImportProblem::key).containsExactly(
                tuple("E2", "signedOn", "amparo.import.dateRange"),
                tuple("E3", "signedOn", "amparo.import.dateRange"));
        assertThat(parsed.rows()).extracting(Ice287gList.Row::signedOn)
                .containsExactly(LocalDate.of(2200, 12, 31), LocalDate.of(1900, 1, 1));
        assertThat(new InputValidation().message("amparo.import.dateRange", "1/1/1899"))
                .isEqualTo("is not a date in the years 1900 to 2200: \"1/1/1899\"");
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
