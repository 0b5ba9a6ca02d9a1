package org.amparo.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.amparo.shared.domain.PlausibleDate;
import org.amparo.shared.domain.ValidANumber;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a caseworker knows when a call comes in: who is held, where, and who called. The A-number may be typed in any
 * of its written forms. With {@code existingPersonId} the case is a new detention episode of a person already on
 * file (the duplicate check found them); with {@code draftId} the intake draft it came from is discarded.
 */
public record OpenCaseCommand(
        @NotBlank(message = "{amparo.validation.required}") @Size(max = 100, message = "{amparo.validation.size}") String familyName,
        @Size(max = 150, message = "{amparo.validation.size}") String givenNames,
        @PlausibleDate @Past(message = "{amparo.validation.past}") LocalDate dateOfBirth,
        @ValidANumber String aNumber,
        @NotNull(message = "{amparo.validation.required}") Long facilityId,
        @Size(max = 40, message = "{amparo.validation.size}") String bookingNumber,
        @Size(max = 200, message = "{amparo.validation.size}") String callerName,
        @Size(max = 60, message = "{amparo.validation.size}") String callerRelation,
        @Size(max = 200, message = "{amparo.validation.size}") String callerContact,
        Long existingPersonId,
        Long draftId) implements Serializable {

    @jakarta.json.bind.annotation.JsonbCreator
    public OpenCaseCommand {
    }

    /** The intake of the first release: the person and where they are held. */
    public OpenCaseCommand(String familyName, String givenNames, LocalDate dateOfBirth, String aNumber, Long facilityId,
                           String bookingNumber) {
        this(familyName, givenNames, dateOfBirth, aNumber, facilityId, bookingNumber, null, null, null, null, null);
    }
}
