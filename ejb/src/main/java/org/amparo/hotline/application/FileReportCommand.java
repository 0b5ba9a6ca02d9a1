package org.amparo.hotline.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.amparo.hotline.domain.Agency;
import org.amparo.hotline.domain.IceActivity;
import org.amparo.hotline.domain.LocalParticipation;
import org.amparo.shared.domain.PlausibleDate;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An enforcement-activity report as the hotline takes it. {@code occurredAt} absent means now; {@code alertExpiresAt}
 * absent means 12 hours after the event. The caller's name and contact are kept only with {@code callerConsented}.
 */
public record FileReportCommand(
        @PlausibleDate Instant occurredAt,
        @NotBlank(message = "{amparo.validation.required}") @Size(max = 300, message = "{amparo.validation.size}") String place,
        @NotNull(message = "{amparo.validation.required}") Long jurisdictionId,
        Set<IceActivity> iceActivities,
        Set<LocalParticipation> localParticipation,
        Set<Agency> agencies,
        @Size(max = 4000, message = "{amparo.validation.size}") String comments,
        @JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean callerConsented,
        @Size(max = 120, message = "{amparo.validation.size}") String callerName,
        @Size(max = 200, message = "{amparo.validation.size}") String callerContact,
        @Valid @Size(max = 50, message = "{amparo.validation.tooManyLines}") List<PersonSeen> people,
        @PlausibleDate Instant alertExpiresAt) {

    /** Someone the caller saw detained. */
    public record PersonSeen(
            @NotBlank(message = "{amparo.validation.required}") @Size(max = 100, message = "{amparo.validation.size}") String familyName,
            @Size(max = 150, message = "{amparo.validation.size}") String givenNames,
            @Size(max = 1000, message = "{amparo.validation.size}") String description) {
    }
}
