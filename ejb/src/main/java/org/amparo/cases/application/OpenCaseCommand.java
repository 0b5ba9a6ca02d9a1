package org.amparo.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.amparo.shared.domain.ValidANumber;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a caseworker knows when a call comes in: who is held, where. The A-number may be typed in any of
 * its written forms.
 */
public record OpenCaseCommand(
        @NotBlank(message = "{amparo.validation.required}") @Size(max = 100, message = "{amparo.validation.size}") String familyName,
        @Size(max = 150, message = "{amparo.validation.size}") String givenNames,
        @Past(message = "{amparo.validation.past}") LocalDate dateOfBirth,
        @ValidANumber String aNumber,
        @NotNull(message = "{amparo.validation.required}") Long facilityId,
        @Size(max = 40, message = "{amparo.validation.size}") String bookingNumber) implements Serializable {
}
