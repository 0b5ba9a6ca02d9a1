package org.amparo.rules;

import java.time.LocalDate;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;

/** A charge that has no disposition yet. A charge is not a conviction: it never makes a priority. */
public record PendingChargeFact(LocalDate date, OffenseLevel level, OffenseCategory category) {
}
