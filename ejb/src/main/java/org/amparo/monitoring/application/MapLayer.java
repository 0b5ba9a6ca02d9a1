package org.amparo.monitoring.application;

import java.util.Arrays;
import java.util.Optional;

/** What the policy map shows over the detainer policies: nothing more, hotline reports, holds past expiry, or findings. */
public enum MapLayer {
    POLICY("policy"), REPORTS("reports"), HELD_PAST_EXPIRY("heldPastExpiry"), FINDINGS("findings");

    private final String parameter;

    MapLayer(String parameter) {
        this.parameter = parameter;
    }

    /** The layer's name in the API's {@code layer} parameter. */
    public String parameter() {
        return parameter;
    }

    /** The layer of a {@code layer} parameter; the policy layer when there is none. */
    public static Optional<MapLayer> ofParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(POLICY);
        }
        return Arrays.stream(values()).filter(l -> l.parameter.equalsIgnoreCase(value.strip()) || l.name().equalsIgnoreCase(value.strip()))
                .findFirst();
    }
}
