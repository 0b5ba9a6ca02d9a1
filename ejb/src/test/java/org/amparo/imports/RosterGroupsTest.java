package org.amparo.imports;

import org.amparo.imports.domain.RosterGroups;
import org.amparo.imports.domain.RosterRow;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.shared.domain.ANumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rows become people and bookings the way a caseworker reading the roster would group them. */
class RosterGroupsTest {

    private static final LocalDate BORN = LocalDate.of(1990, 3, 14);
    private static final LocalDateTime BOOKED = LocalDateTime.of(2026, 11, 20, 16, 5);

    private static RosterRow row(int n, String family, String given, LocalDate born, String aNumber, String booking,
                                 String charge, String hold) {
        return new RosterRow(n, family, given, born, aNumber == null ? null : ANumber.parse(aNumber), booking, BOOKED, 7L, null,
                null, null, charge, charge == null ? null : OffenseLevel.MISDEMEANOR, charge == null ? null : OffenseCategory.OTHER,
                charge == null ? null : Disposition.PENDING, null, null, hold, hold == null ? null : BOOKED, null, null, null, null);
    }

    @Test
    void aRowPerChargeIsOnePersonWithOneBookingAndEachChargeAndHoldOnce() {
        RosterGroups.Result result = RosterGroups.group(List.of(
                row(2, "Muñoz", "José", BORN, "A012345678", "B-1", "DWI", "I_247A"),
                row(3, "MUNOZ", "JOSE", BORN, null, "B-1", "Theft", "I_247A"),
                row(4, "Muñoz", "José", BORN, "A012345678", "B-1", "DWI", null)));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.people()).singleElement().satisfies(p -> {
            assertThat(p.aNumber().digits()).isEqualTo("012345678");
            assertThat(p.bookings()).singleElement().satisfies(b -> {
                assertThat(b.bookingNumber()).isEqualTo("B-1");
                assertThat(b.charges()).extracting(RosterRow::charge).containsExactly("DWI", "Theft");
                assertThat(b.holds()).hasSize(1);
            });
            assertThat(p.rows().stream().map(RosterRow::nameKey).distinct()).as("the same name in capitals is no alias").hasSize(1);
        });
    }

    @Test
    void theSameANumberUnderAnotherNameIsTheSamePersonAndTheNameAnAlias() {
        RosterGroups.Result result = RosterGroups.group(List.of(
                row(2, "Muñoz", "José", BORN, "A012345678", "B-1", null, null),
                row(3, "Munoz Perez", "Jose", null, "012345678", "B-9", null, null)));
        assertThat(result.people()).singleElement().satisfies(p -> {
            assertThat(p.bookings()).extracting(RosterGroups.Booking::bookingNumber).containsExactly("B-1", "B-9");
            assertThat(p.rows().stream().map(RosterRow::nameKey).distinct()).containsExactly("jose munoz", "jose munoz perez");
        });
    }

    @Test
    void namesAloneNeverMakeOnePersonButNameAndBirthDo() {
        RosterGroups.Result result = RosterGroups.group(List.of(
                row(2, "Lopez", "Ana", null, null, null, "Theft", null),
                row(3, "Lopez", "Ana", null, null, null, "Assault", null),
                row(4, "LÓPEZ", "ANA", BORN, null, null, null, null),
                row(5, "Ana", "Lopez", BORN, null, null, null, null)));
        assertThat(result.people()).hasSize(3);
        assertThat(result.people().get(2).rows()).extracting(RosterRow::row).containsExactly(4, 5);
    }

    @Test
    void rowsThatDisagreeOnTheBirthOfOnePersonAreConflictsNotGuesses() {
        RosterGroups.Result result = RosterGroups.group(List.of(
                row(2, "Muñoz", "José", BORN, "A012345678", "B-1", null, null),
                row(3, "Muñoz", "José", BORN.plusDays(1), null, "B-1", null, null),
                row(4, "Vega", "Eva", BORN, "A012345678", "B-7", null, null)));
        assertThat(result.conflicts()).extracting(RosterGroups.Conflict::row, RosterGroups.Conflict::field, RosterGroups.Conflict::earlierRow)
                .containsExactly(tuple(3, "dateOfBirth", 2));
        assertThat(result.people()).singleElement().satisfies(p ->
                assertThat(p.rows()).extracting(RosterRow::row).containsExactly(2, 4));
    }

    @Test
    void rowsWithoutABookingNumberJoinThePersonsFirstBooking() {
        RosterGroups.Result result = RosterGroups.group(List.of(
                row(2, "Ruiz", "Luis", BORN, null, null, "Theft", null),
                row(3, "Ruiz", "Luis", BORN, null, "B-5", "Assault", null)));
        assertThat(result.people()).singleElement().satisfies(p ->
                assertThat(p.bookings()).singleElement().satisfies(b -> {
                    assertThat(b.bookingNumber()).isEqualTo("B-5");
                    assertThat(b.rows()).extracting(RosterRow::row).containsExactly(2, 3);
                }));
    }
}
