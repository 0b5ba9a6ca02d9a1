package org.amparo.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates typed as people write them: month first in English, day first in Spanish, ISO in both (issue 15). */
class TypedDatesTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void datesAreReadTheWayEachLanguageWritesThem() {
        assertThat(TypedDates.date("03/14/1988", EN)).contains(LocalDate.of(1988, 3, 14));
        assertThat(TypedDates.date("14/03/1988", ES)).contains(LocalDate.of(1988, 3, 14));
        assertThat(TypedDates.date("3-4-1988", EN)).contains(LocalDate.of(1988, 3, 4));
        assertThat(TypedDates.date("1988-03-14", ES)).contains(LocalDate.of(1988, 3, 14));
        assertThat(TypedDates.date("14/03/1988", EN)).as("there is no 14th month").isEmpty();
        assertThat(TypedDates.date("yesterday", EN)).isEmpty();
        assertThat(TypedDates.format(LocalDate.of(1988, 3, 14), ES)).isEqualTo("14/03/1988");
    }

    @Test
    void aTimeMayFollowInTwentyFourOrTwelveHours() {
        assertThat(TypedDates.dateTime("12/01/2026 18:30", EN)).contains(LocalDateTime.of(2026, 12, 1, 18, 30));
        assertThat(TypedDates.dateTime("12/01/2026 6:30 pm", EN)).contains(LocalDateTime.of(2026, 12, 1, 18, 30));
        assertThat(TypedDates.dateTime("01/12/2026 12:05 a.m.", ES)).contains(LocalDateTime.of(2026, 12, 1, 0, 5));
        assertThat(TypedDates.dateTime("2026-12-01T08:00", EN)).contains(LocalDateTime.of(2026, 12, 1, 8, 0));
        assertThat(TypedDates.dateTime("12/01/2026", EN)).as("a time is needed").isEmpty();
        assertThat(TypedDates.dateTime("12/01/2026 25:00", EN)).isEmpty();
    }

    @Test
    void aDayWrittenAsOneButNamingNoneSaysWhichPartIsWrong() {
        assertThat(TypedDates.noSuchDay("02/31/1990", EN)).contains(new TypedDates.NoSuchDay(1990, 2, 31));
        assertThat(TypedDates.noSuchDay("31/02/1990", ES)).contains(new TypedDates.NoSuchDay(1990, 2, 31));
        assertThat(TypedDates.noSuchDay("02/29/2023", EN)).as("2023 was no leap year").isPresent();
        assertThat(TypedDates.noSuchDay("02/29/2024", EN)).as("2024 was").isEmpty();
        assertThat(TypedDates.noSuchDay("14/03/1988", EN).orElseThrow().monthExists()).as("day first in English").isFalse();
        assertThat(TypedDates.noSuchDay("1990-02-30", ES)).contains(new TypedDates.NoSuchDay(1990, 2, 30));
        assertThat(TypedDates.noSuchDay("02/31/2026 10:00", EN)).as("a date and time's day").isPresent();
        assertThat(TypedDates.noSuchDay("03/14/1988", EN)).as("a day").isEmpty();
        assertThat(TypedDates.noSuchDay("yesterday", EN)).as("no day's shape: the usual words").isEmpty();
        assertThat(new TypedDates.NoSuchDay(1990, 2, 31).monthName(ES)).isEqualTo("febrero");
        assertThat(new TypedDates.NoSuchDay(1990, 2, 31).monthName(EN)).isEqualTo("February");
    }
}
