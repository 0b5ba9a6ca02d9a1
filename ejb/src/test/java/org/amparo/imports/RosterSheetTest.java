package org.amparo.imports;

import org.amparo.imports.domain.RosterField;
import org.amparo.imports.domain.RosterRow;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.imports.infrastructure.RosterSheet;
import org.amparo.imports.infrastructure.SheetTable;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Jail rosters and hotline sheets as people send them: the header row is found under title rows, columns are mapped
 * by the labels real files use, values are normalised, and each bad value becomes a problem naming its cell.
 */
class RosterSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** Two facilities on file; "Harris" alone is one of them, "County" alone matches both. */
    private static final RosterSheet.Lookup LOOKUP = new RosterSheet.Lookup() {
        @Override
        public Optional<Long> facility(String name) {
            return switch (name.toLowerCase()) {
                case "harris county jail", "harris" -> Optional.of(7L);
                case "travis county jail" -> Optional.of(8L);
                default -> Optional.empty();
            };
        }

        @Override
        public Long defaultFacility() {
            return null;
        }

        @Override
        public boolean knownForm(String code) {
            return List.of("I_247A", "I_247D", "I_203").contains(code);
        }

        @Override
        public LocalDate today() {
            return TODAY;
        }
    };

    private static SheetTable csv(String text, Charset charset) throws Exception {
        return new SpreadsheetReader(1000).read(text.getBytes(charset), null);
    }

    @Test
    void aCountyRosterInCapitalsWithARowPerChargeIsReadAndNormalised() throws Exception {
        SheetTable table = csv("""
                HARRIS COUNTY SHERIFF'S OFFICE - INMATE ROSTER\r
                Printed 11/27/2026\r
                \r
                Inmate Name;DOB;A#;Booking #;Booking Date;Facility;Charge;Degree;Disposition;Disposition Date;ICE Hold\r
                MUÑOZ, JOSÉ LUIS;3/14/1990;A012-345-678;B-1001;11/20/2026 4:05 PM;HARRIS COUNTY JAIL;DWI 2ND;MA;Pending;;I-247A\r
                MUÑOZ, JOSÉ LUIS;3/14/1990;A012-345-678;B-1001;11/20/2026 4:05 PM;HARRIS COUNTY JAIL;POSS CS PG1 <1G;F;Pled Guilty;11/25/2026;Y\r
                O'BRIEN-GARCÍA, ANA;1/2/1985;;B-1002;2026-11-21 09:30;Harris;THEFT PROP >=$100<$750;M;;;N\r
                """, Charset.forName("windows-1252"));
        RosterSheet.Layout layout = RosterSheet.layout(table);
        assertThat(layout.headerRowNumber()).isEqualTo(3);
        Map<Integer, RosterField> mapping = layout.suggestedMapping();
        assertThat(mapping.keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(mapping.values()).containsExactly(RosterField.FULL_NAME, RosterField.DATE_OF_BIRTH, RosterField.A_NUMBER,
                RosterField.BOOKING_NUMBER, RosterField.BOOKED_AT, RosterField.FACILITY, RosterField.CHARGE,
                RosterField.CHARGE_LEVEL, RosterField.DISPOSITION, RosterField.DISPOSITION_DATE, RosterField.ICE_HOLD);

        RosterSheet.Read read = RosterSheet.read(table, layout, mapping, LOOKUP);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rowCount()).isEqualTo(3);
        RosterRow first = read.rows().get(0);
        assertThat(first.row()).isEqualTo(5);
        assertThat(first.familyName()).isEqualTo("Muñoz");
        assertThat(first.givenNames()).isEqualTo("José Luis");
        assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 14));
        assertThat(first.aNumber().digits()).isEqualTo("012345678");
        assertThat(first.bookedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 16, 5));
        assertThat(first.facilityId()).isEqualTo(7L);
        assertThat(first.level()).isEqualTo(OffenseLevel.MISDEMEANOR);
        assertThat(first.category()).isEqualTo(OffenseCategory.DUI);
        assertThat(first.disposition()).isEqualTo(Disposition.PENDING);
        assertThat(first.holdForm()).isEqualTo("I_247A");
        assertThat(first.holdIssuedAt()).as("no detainer date: the booking's").isEqualTo(first.bookedAt());
        RosterRow second = read.rows().get(1);
        assertThat(second.level()).isEqualTo(OffenseLevel.FELONY);
        assertThat(second.category()).isEqualTo(OffenseCategory.DRUG_POSSESSION);
        assertThat(second.disposition()).isEqualTo(Disposition.CONVICTED);
        assertThat(second.dispositionDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        RosterRow third = read.rows().get(2);
        assertThat(third.familyName()).isEqualTo("O'Brien-García");
        assertThat(third.aNumber()).isNull();
        assertThat(third.category()).isEqualTo(OffenseCategory.THEFT);
        assertThat(third.holdForm()).as("N is no hold").isNull();
        assertThat(third.bookedAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 9, 30));
    }

    @Test
    void spanishHotlineSheetLabelsMapToTheSameFields() throws Exception {
        SheetTable table = csv("Apellidos,Nombres,Fecha de nacimiento,Número A,Centro,Quien llama,Parentesco,Teléfono\n"
                + "Pérez López,María,1999-07-01,,Travis County Jail,Rosa Pérez,hermana,555-0101\n", Charset.forName("UTF-8"));
        RosterSheet.Layout layout = RosterSheet.layout(table);
        assertThat(layout.suggestedMapping().values()).containsExactly(RosterField.FAMILY_NAME, RosterField.GIVEN_NAMES,
                RosterField.DATE_OF_BIRTH, RosterField.A_NUMBER, RosterField.FACILITY, RosterField.CALLER_NAME,
                RosterField.CALLER_RELATION, RosterField.CALLER_CONTACT);
        RosterRow row = RosterSheet.read(table, layout, layout.suggestedMapping(), LOOKUP).rows().get(0);
        assertThat(row.familyName()).as("mixed case is kept").isEqualTo("Pérez López");
        assertThat(row.facilityId()).isEqualTo(8L);
        assertThat(row.callerName()).isEqualTo("Rosa Pérez");
        assertThat(row.hasCharge()).isFalse();
    }

    @Test
    void aLayoutIsKnownByItsLabelsWhateverTheirCaseOrSpacing() throws Exception {
        String a = RosterSheet.layout(csv("Last Name,First Name,DOB\nX,Y,1/1/1990\n", Charset.forName("UTF-8"))).signature();
        String b = RosterSheet.layout(csv("LAST  NAME;first name;D.O.B\nX;Y;1/1/1990\n", Charset.forName("UTF-8"))).signature();
        String c = RosterSheet.layout(csv("Last Name,DOB,First Name\nX,1/1/1990,Y\n", Charset.forName("UTF-8"))).signature();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void eachBadValueIsAProblemNamingItsCellAndTheRowIsLeftOut() throws Exception {
        SheetTable table = csv("""
                Last Name,First Name,DOB,A-Number,Facility,Charge,Level,Disposition,Disposition Date,Sentence Days,ICE Hold,Detainer Date
                Ruiz,Luis,1/1/2030,A12,Harris,Theft,M,,,,,
                Soto,Ana,1/1/1990,,Nowhere Jail,Assault,Capital,Convicted,,,,
                Vega,Eva,1/1/1990,,County,,,Dismissed,1/2/2026,-3,,
                Lima,Jo,31/12/1990,,Harris,Theft,M,,,,I-999,
                Cruz,Li,1/1/1990,,Harris,Burglary,F,,,,I-247D,12/1/2026
                Mora,Ed,1/1/1990,,Harris,DWI,M,Convicted,1/1/2020,30,,
                """, Charset.forName("UTF-8"));
        RosterSheet.Layout layout = RosterSheet.layout(table);
        RosterSheet.Read read = RosterSheet.read(table, layout, layout.suggestedMapping(), LOOKUP);
        assertThat(read.problems()).extracting(ImportProblem::cell, ImportProblem::key).containsExactly(
                tuple("C2", "amparo.import.roster.future"),
                tuple("D2", "amparo.import.roster.aNumber"),
                tuple("E3", "amparo.import.roster.unknownFacility"),
                tuple("G3", "amparo.import.unknownValue"),
                tuple("I3", "amparo.validation.dispositionDate"),
                tuple("E4", "amparo.import.roster.unknownFacility"),
                tuple("J4", "amparo.import.notANumber"),
                tuple("F4", "amparo.import.roster.noCharge"),
                tuple("C5", "amparo.import.notADate"),
                tuple("K5", "amparo.import.unknownValue"),
                tuple("L6", "amparo.import.roster.future"));
        assertThat(read.problems().get(0).field()).isEqualTo("DOB");
        assertThat(read.rows()).extracting(RosterRow::familyName).containsExactly("Mora");
    }

    @Test
    void dateCellsKeepTheirTimeAndFormulasAreRefused() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Roster");
            CellStyle stamp = wb.createCellStyle();
            stamp.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy h:mm"));
            Row header = sheet.createRow(0);
            String[] labels = {"Name", "Booking Date", "Facility"};
            for (int i = 0; i < labels.length; i++) {
                header.createCell(i).setCellValue(labels[i]);
            }
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("Luna, Sol");
            r1.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 2, 23, 45));
            r1.getCell(1).setCellStyle(stamp);
            r1.createCell(2).setCellValue("Harris");
            Row r2 = sheet.createRow(2);
            r2.createCell(0).setCellFormula("\"Sol\"&\" Luna\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r2.getCell(0));
            r2.createCell(2).setCellValue("Harris");
            wb.write(out);
            SheetTable table = new SpreadsheetReader(1000).read(out.toByteArray(), null);
            RosterSheet.Layout layout = RosterSheet.layout(table);
            RosterSheet.Read read = RosterSheet.read(table, layout, layout.suggestedMapping(), LOOKUP);
            assertThat(read.rows()).singleElement().satisfies(r -> {
                assertThat(r.bookedAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 23, 45));
                assertThat(r.familyName()).isEqualTo("Luna");
            });
            assertThat(read.problems()).extracting(ImportProblem::cell, ImportProblem::key)
                    .contains(tuple("A3", "amparo.import.formula"));
        }
    }

    @Test
    void aDateOutsideTheYears1900To2200IsAProblemNamingItsCell() throws Exception {
        SheetTable table = csv("""
                Last Name,First Name,DOB,Facility,Release Date,Arrest Date
                Ruiz,Luis,1/1/1990,Harris,12/31/2300 5:00 PM,
                Soto,Ana,1/1/1990,Harris,,6/1/1850
                Vega,Eva,1/1/1990,Harris,12/31/2200 11:59 PM,1/1/1900
                """, Charset.forName("UTF-8"));
        RosterSheet.Layout layout = RosterSheet.layout(table);
        RosterSheet.Read read = RosterSheet.read(table, layout, layout.suggestedMapping(), LOOKUP);
        assertThat(read.problems()).extracting(ImportProblem::cell, ImportProblem::key).containsExactly(
                tuple("E2", "amparo.import.dateRange"),
                tuple("F3", "amparo.import.dateRange"));
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.familyName()).isEqualTo("Vega");
            assertThat(r.scheduledReleaseAt()).isEqualTo(LocalDateTime.of(2200, 12, 31, 23, 59));
        });
    }
}
