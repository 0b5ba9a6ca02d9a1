package org.amparo.hotline.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.amparo.hotline.domain.Verification;

/** The outcome of checking a report: verified or a false report, and how it was checked. */
public record VerifyReportCommand(
        @NotNull(message = "{amparo.validation.required}") Verification state,
        @NotBlank(message = "{amparo.validation.required}") @Size(max = 500, message = "{amparo.validation.size}") String method) {
}
