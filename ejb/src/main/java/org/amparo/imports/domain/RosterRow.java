package org.amparo.imports.domain;

import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.SearchText;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One roster row as understood: its row number as the spreadsheet shows it, the person, the booking, at most one
 * charge and at most one ICE hold. Every value is already normalised; absent ones are null. The facility is the
 * resolved facility's id.
 */
public record RosterRow(
        int row,
        String familyName,
        String givenNames,
        LocalDate dateOfBirth,
        ANumber aNumber,
        String bookingNumber,
        LocalDateTime bookedAt,
        Long facilityId,
        LocalDateTime scheduledReleaseAt,
        LocalDate arrestedOn,
        String arrestingAgency,
        String charge,
        OffenseLevel level,
        OffenseCategory category,
        Disposition disposition,
        LocalDate dispositionDate,
        Integer sentenceDays,
        String holdForm,
        LocalDateTime holdIssuedAt,
        org.amparo.rules.detainer.AdministrativeWarrant holdWarrant,
        String callerName,
        String callerRelation,
        String callerContact) {

    /** Name words, folded and sorted: "MUÑOZ, José" and "Jose Munoz" are the same name. */
    public String nameKey() {
        return nameKey(givenNames, familyName);
    }

    public static String nameKey(String givenNames, String familyName) {
        return java.util.Arrays.stream(SearchText.fold(java.util.Objects.toString(givenNames, "") + " "
                        + java.util.Objects.toString(familyName, "")).split(" "))
                .filter(w -> !w.isBlank()).sorted().reduce((a, b) -> a + " " + b).orElse("");
    }

    public boolean hasCharge() {
        return charge != null || level != null;
    }

    public boolean hasHold() {
        return holdForm != null;
    }

    /** The day of the arrest the charge came from: the arrest date, else the day of booking. */
    public LocalDate arrestDay() {
        return arrestedOn != null ? arrestedOn : bookedAt == null ? null : bookedAt.toLocalDate();
    }
}
