package org.amparo.hotline.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.amparo.hotline.domain.CallKind;
import org.amparo.hotline.domain.CallOutcome;
import org.amparo.shared.domain.PlausibleDate;

import java.time.Instant;

/**
 * A call to log. {@code receivedAt} absent means now. The caller's name and contact are kept only with
 * {@code callerConsented}.
 */
public record LogCallCommand(
        @PlausibleDate Instant receivedAt,
        @NotNull CallKind callKind,
        @Size(max = 40) String language,
        @NotNull CallOutcome outcome,
        @PositiveOrZero @Max(600) Integer minutes,
        Long caseId,
        @JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean callerConsented,
        @Size(max = 120) String callerName,
        @Size(max = 200) String callerContact) {
}
