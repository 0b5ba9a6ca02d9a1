package org.amparo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A removal order against the person; {@code finalOrder} is null while nobody knows whether it is final. */
@Embeddable
public class RemovalOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Column(name = "final_order")
    private Boolean finalOrder;

    protected RemovalOrder() {
    }

    public RemovalOrder(LocalDate orderedOn, Boolean finalOrder) {
        this.orderedOn = orderedOn;
        this.finalOrder = finalOrder;
    }

    public LocalDate orderedOn() {
        return orderedOn;
    }

    public Boolean finalOrder() {
        return finalOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemovalOrder r && Objects.equals(orderedOn, r.orderedOn) && Objects.equals(finalOrder, r.finalOrder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderedOn, finalOrder);
    }

    @Override
    public String toString() {
        return orderedOn + (finalOrder == null ? "" : finalOrder ? " final" : " pending");
    }
}
