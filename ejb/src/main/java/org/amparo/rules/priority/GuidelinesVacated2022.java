package org.amparo.rules.priority;

import java.time.LocalDate;

/**
 * The 2021 guidelines vacated nationwide on 10 June 2022 (Texas v. United States, S.D. Tex.) until the Supreme Court
 * reversed on 23 June 2023 (United States v. Texas, 599 U.S. 670): no priorities in effect.
 */
public final class GuidelinesVacated2022 extends NoPriorities {

    public static final String ID = "NONE-2022-06-10";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2022, 6, 10);
    }
}
