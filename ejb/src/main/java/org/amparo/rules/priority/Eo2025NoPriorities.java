package org.amparo.rules.priority;

import java.time.LocalDate;

/**
 * Executive Order 14159 of 20 January 2025 ("Protecting the American People Against Invasion"), which rescinded the
 * 2021 guidelines: no priorities in effect; every removable person may be arrested.
 */
public final class Eo2025NoPriorities extends NoPriorities {

    public static final String ID = "EO-2025-01-20";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2025, 1, 20);
    }
}
