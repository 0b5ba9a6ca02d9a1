package org.amparo.imports;

import org.amparo.imports.domain.FileDate;
import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.IceFacilityList;
import org.amparo.imports.infrastructure.IceFiles;
import org.amparo.imports.infrastructure.ImportNote;
import org.amparo.reference.domain.IceListing;
import org.amparo.reference.domain.SupportType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real file of ../shared/data read as its family, with no hint but the headings: the layout recognised, the
 * sheet found, the rows, and the date with how it was found.
 */
class IceFilesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static IceFiles.IceFile read(IceFiles.Family family, String path) throws Exception {
        return IceFiles.read(family, path.substring(path.lastIndexOf('/') + 1), SharedData.file(path), 100_000, TODAY);
    }

    @Test
    void theMay2026ParticipatingListIsDatedByItsName() throws Exception {
        var file = read(IceFiles.Family.ICE_287G, "ice-287g/participatingAgencies05182026am.xlsx");
        assertThat(file.agreements().layout()).isEqualTo(Ice287gList.Layout.PARTICIPATING);
        assertThat(file.agreements().rows()).hasSize(1843);
        assertThat(file.problems()).isEmpty();
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(file.date().source()).isEqualTo(FileDate.Source.FILE_NAME);
    }

    @Test
    void theMay2026ListWithAnAgreementInTwoIdenticalRowsMergesThemWithANote() throws Exception {
        byte[] twice;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                SharedData.file("ice-287g/participatingAgencies05182026am.xlsx")))) {
            var sheet = wb.getSheetAt(0);
            sheet.copyRows(java.util.List.of(sheet.getRow(1)), sheet.getLastRowNum() + 1, new org.apache.poi.ss.usermodel.CellCopyPolicy());
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            twice = out.toByteArray();
        }
        var file = IceFiles.read(IceFiles.Family.ICE_287G, "participatingAgencies05182026am.xlsx", twice, 100_000, TODAY);
        assertThat(file.problems()).isEmpty();
        assertThat(file.agreements().rows()).hasSize(1843);
        assertThat(file.notes()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("amparo.import.note.merged");
            assertThat(n.args()).startsWith("1");
        });
    }

    @Test
    void thePendingListIsRecognisedWithoutASignedColumn() throws Exception {
        var file = read(IceFiles.Family.ICE_287G, "ice-287g/pendingAgencies01052026pm.xlsx");
        assertThat(file.agreements().layout()).isEqualTo(Ice287gList.Layout.PENDING);
        assertThat(file.problems()).isEmpty();
        assertThat(file.agreements().rows()).hasSize(30);
        assertThat(file.agreements().rows()).allSatisfy(r -> {
            assertThat(r.signedOn()).isNull();
            assertThat(r.moaUrl()).isNull();
        });
        Map<SupportType, Long> byModel = file.agreements().rows().stream()
                .collect(Collectors.groupingBy(Ice287gList.Row::supportType, Collectors.counting()));
        assertThat(byModel).containsKeys(SupportType.TASK_FORCE_MODEL, SupportType.WARRANT_SERVICE_OFFICER, SupportType.JAIL_ENFORCEMENT_MODEL);
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void theFy26StatisticsAreDatedByTheirName() throws Exception {
        var file = read(IceFiles.Family.ICE_FACILITIES, "ice-detention-stats/FY26_detentionStats_04092026.xlsx");
        assertThat(file.facilities().layout()).isEqualTo(IceFacilityList.Layout.DETENTION_STATISTICS);
        assertThat(file.sheetName()).isEqualTo("Facilities FY26");
        assertThat(file.headerRow()).isEqualTo(10);
        assertThat(file.facilities().rows()).hasSize(203);
        assertThat(file.problems()).isEmpty();
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(file.date().source()).isEqualTo(FileDate.Source.FILE_NAME);
    }

    @Test
    void theFy20StatisticsAreDatedByTheFiscalYearInTheirName() throws Exception {
        var file = read(IceFiles.Family.ICE_FACILITIES, "ice-detention-stats/FY20-detentionstats.xlsx");
        assertThat(file.sheetName()).isEqualTo("Facilities EOYFY20 ");
        assertThat(file.facilities().layout()).isEqualTo(IceFacilityList.Layout.DETENTION_STATISTICS);
        assertThat(file.problems()).isEmpty();
        assertThat(file.facilities().rows()).hasSizeGreaterThan(150);
        assertThat(file.date().source()).isEqualTo(FileDate.Source.FISCAL_YEAR_IN_NAME);
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(file.date().fiscalYearStart()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(file.titles()).anySatisfy(t -> assertThat(t).contains("FY20"));
    }

    @Test
    void theFy23StatisticsAreFoundOnTheirEighthSheet() throws Exception {
        var file = read(IceFiles.Family.ICE_FACILITIES, "ice-detention-stats/FY23_detentionStats.xlsx");
        assertThat(file.sheetName()).isEqualTo("Facilities EOFY23");
        assertThat(file.problems()).isEmpty();
        assertThat(file.facilities().rows()).hasSizeGreaterThan(100);
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2023, 9, 30));
        // the title says so too, when the name does not
        var renamed = IceFiles.read(IceFiles.Family.ICE_FACILITIES, "detention statistics.xlsx",
                SharedData.file("ice-detention-stats/FY23_detentionStats.xlsx"), 100_000, TODAY);
        assertThat(renamed.date().source()).isEqualTo(FileDate.Source.FISCAL_YEAR_IN_TITLE);
        assertThat(renamed.date().asOf()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void theOver72HourListingIsReadByGroupAndDatedByItsProperties() throws Exception {
        var file = read(IceFiles.Family.ICE_FACILITIES, "ice-facility-lists/Over72HourFacilities.xlsx");
        var parsed = file.facilities();
        assertThat(parsed.layout()).isEqualTo(IceFacilityList.Layout.FACILITY_LISTING);
        // ICE lists Eden Detention Center twice, under Dallas (USMS IGA) and San Antonio (BOP): the second is a problem
        // naming the first, so the admin chooses
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("amparo.import.duplicateFacility");
            assertThat(p.row()).isEqualTo(183);
            assertThat(p.detail()).isEqualTo("63");
        });
        assertThat(parsed.rows()).hasSize(164);
        assertThat(parsed.facts()).contains(IceListing.Fact.AOR).doesNotContain(IceListing.Fact.ADDRESS,
                IceListing.Fact.GUARANTEED_MINIMUM, IceListing.Fact.AVERAGE_DAILY_POPULATION);
        var deyton = parsed.rows().get(0);
        assertThat(deyton.name()).isEqualTo("ROBERT A. DEYTON DETENTION FACILITY");
        assertThat(deyton.aor()).isEqualTo("ATL");
        assertThat(deyton.typeDetailed()).isEqualTo("CDF");
        Map<String, Long> byType = parsed.rows().stream().collect(Collectors.groupingBy(IceFacilityList.Row::typeDetailed, Collectors.counting()));
        assertThat(byType).containsEntry("IGSA", 72L).containsEntry("USMS IGA", 56L).containsEntry("CDF", 19L)
                .containsEntry("DIGSA", 12L).containsEntry("SPC", 5L).doesNotContainKey("BOP");
        assertThat(parsed.rows()).allSatisfy(r -> assertThat(r.aor()).hasSize(3));
        assertThat(parsed.notes()).extracting(ImportNote::key).contains("amparo.import.note.aorGroups",
                "amparo.import.note.repeatedHeader", "amparo.import.note.notFacilities");
        assertThat(file.date().source()).isEqualTo(FileDate.Source.FILE_SAVED);
        assertThat(file.date().asOf()).isEqualTo(LocalDate.of(2020, 1, 7));
    }

    @Test
    void aFacilityFileIsNotA287gList() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(IceFiles.Family.ICE_287G,
                        "ice-detention-stats/FY26_detentionStats_04092026.xlsx"))
                .isInstanceOf(org.amparo.imports.infrastructure.UnreadableFileException.class)
                .hasMessage("amparo.import.noHeader");
    }
}
