package org.amparo.hotline.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.amparo.shared.domain.PlausibleDate;

import java.time.LocalDate;

/**
 * Opens a case for the report's person at {@code person} (from 0): the name and the caller come from the report; what
 * the intake needs beyond it (where the person is held, and what else is known) comes here.
 */
public record OpenCaseFromReportCommand(
        @NotNull(message = "{amparo.validation.required}") @PositiveOrZero Integer person,
        @NotNull(message = "{amparo.validation.required}") Long facilityId,
        @PlausibleDate LocalDate dateOfBirth,
        String aNumber,
        @Size(max = 40, message = "{amparo.validation.size}") String bookingNumber) {
}
