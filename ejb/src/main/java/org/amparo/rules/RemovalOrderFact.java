package org.amparo.rules;

import java.time.LocalDate;

/** A removal order; {@code finalOrder} is null when nobody knows whether it is final. */
public record RemovalOrderFact(LocalDate date, Boolean finalOrder) {

    public boolean isFinal() {
        return Boolean.TRUE.equals(finalOrder);
    }
}
