package org.amparo.people.domain;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A removal order against the person; {@code finalOrder} is null while nobody knows whether it is final. */
@Embeddable
public record RemovalOrder(
        @Column(name = "ordered_on") LocalDate orderedOn,
        @Column(name = "final_order") Boolean finalOrder) implements Serializable {
}
