package org.amparo.imports;

import org.amparo.imports.domain.FileDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a reference file is dated: its name's date, else its fiscal year, else its title's date, else its properties. */
class FileDateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDateInTheNameComesFirst() {
        var d = FileDate.of("participatingAgencies05182026am.xlsx", List.of("ICE FACILITIES DATA, FY25"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), TODAY);
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(d.source()).isEqualTo(FileDate.Source.FILE_NAME);
        assertThat(FileDate.of("C:\\Users\\me\\stats_2026-04-09.xlsx", List.of(), null, null, TODAY).asOf())
                .isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(FileDate.of("list20250306.xlsx", List.of(), null, null, TODAY).asOf()).isEqualTo(LocalDate.of(2025, 3, 6));
    }

    @Test
    void theFiscalYearRunsFromOctoberToSeptemberAndDatesTheFileItsLastDay() {
        var d = FileDate.of("FY2019_detentionStats.xlsx", List.of(), null, LocalDate.of(2026, 1, 1), TODAY);
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(d.fiscalYearStart()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(d.fiscalYearEnd()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(d.source()).isEqualTo(FileDate.Source.FISCAL_YEAR_IN_NAME);
        var title = FileDate.of("stats.xlsx", List.of("These statistics are made available", "ICE FACILITIES DATA, FY25"),
                null, null, TODAY);
        assertThat(title.asOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(title.source()).isEqualTo(FileDate.Source.FISCAL_YEAR_IN_TITLE);
        // a year not over yet: today, never a day to come
        assertThat(FileDate.of("FY27-ytd.xlsx", List.of(), null, null, TODAY).asOf()).isEqualTo(TODAY);
    }

    @Test
    void thenADateInTheTitleThenTheFileProperties() {
        assertThat(FileDate.of("list.xlsx", List.of("Facilities as of March 4, 2024"), null, null, TODAY).asOf())
                .isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(FileDate.of("list.xlsx", List.of("Updated 3/4/2024"), null, null, TODAY).source())
                .isEqualTo(FileDate.Source.TITLE);
        var saved = FileDate.of("list.xlsx", List.of("ICE ERO Detention Facilities"), LocalDate.of(2019, 3, 29),
                LocalDate.of(2020, 1, 7), TODAY);
        assertThat(saved.asOf()).isEqualTo(LocalDate.of(2020, 1, 7));
        assertThat(saved.source()).isEqualTo(FileDate.Source.FILE_SAVED);
        assertThat(FileDate.of("list.csv", List.of(), LocalDate.of(2019, 3, 29), null, TODAY).source())
                .isEqualTo(FileDate.Source.FILE_CREATED);
    }

    @Test
    void aFileNothingDatesIsUndatedAndADayToComeIsNotBelieved() {
        var none = FileDate.of("list.csv", List.of("ICE list"), null, null, TODAY);
        assertThat(none.dated()).isFalse();
        assertThat(none.asOf()).isNull();
        var future = FileDate.of("list12312099.xlsx", List.of(), null, LocalDate.of(2099, 1, 1), TODAY);
        assertThat(future.dated()).isFalse();
        assertThat(future.ignored()).containsExactly("12312099");
    }

    @Test
    void aPropertysDayBefore1900IsNotBelievedAndTheNextSourceIsTried() {
        var created = FileDate.of("list.xls", List.of(), LocalDate.of(2019, 3, 29), LocalDate.of(1601, 1, 1), TODAY);
        assertThat(created.asOf()).isEqualTo(LocalDate.of(2019, 3, 29));
        assertThat(created.source()).isEqualTo(FileDate.Source.FILE_CREATED);
        var none = FileDate.of("list.xls", List.of(), LocalDate.parse("-999999999-01-01"), LocalDate.of(1899, 12, 31), TODAY);
        assertThat(none.dated()).as("imported as history only, never dated year -999,999,999").isFalse();
    }
}
