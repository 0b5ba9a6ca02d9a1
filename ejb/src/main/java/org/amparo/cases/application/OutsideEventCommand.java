package org.amparo.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.amparo.shared.domain.PlausibleDate;

/**
 * An event from outside the organisation that moves a case: a release, a transfer, a new ICE request.
 *
 * @param at                 when it happened, local to the facility (default: now)
 * @param form               for {@code NEW_DETAINER}: the ICE form's code
 * @param issuedAt           for {@code NEW_DETAINER}: when ICE issued it
 * @param servedOnPerson     for {@code NEW_DETAINER}: whether the person got a copy
 */
public record OutsideEventCommand(
        @NotNull(message = "{amparo.validation.required}") Type type,
        @PlausibleDate LocalDateTime at,
        @Size(max = 20, message = "{amparo.validation.size}") String form,
        @PlausibleDate LocalDateTime issuedAt,
        Boolean servedOnPerson) implements Serializable {

    public enum Type {
        RELEASED, TRANSFERRED_TO_ICE, TRANSFERRED, NEW_DETAINER
    }
}
