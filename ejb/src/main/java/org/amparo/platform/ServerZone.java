package org.amparo.platform;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone times are shown in when no facility's zone applies (task due dates, a hold of a case without a
 * facility): {@code amparo.zone} or {@code AMPARO_ZONE} (e.g. {@code America/Chicago}), else the server's own zone.
 */
public final class ServerZone {

    private ServerZone() {
    }

    public static ZoneId get() {
        String configured = System.getProperty("amparo.zone", System.getenv("AMPARO_ZONE"));
        if (configured != null && !configured.isBlank()) {
            try {
                return ZoneId.of(configured.trim());
            } catch (DateTimeException unknown) {
                // an unknown zone falls back to the server's own
            }
        }
        return ZoneId.systemDefault();
    }
}
