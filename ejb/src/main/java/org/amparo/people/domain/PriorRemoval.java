package org.amparo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** An earlier deportation: matters for re-entry charges and for relief. */
@Embeddable
public class PriorRemoval implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "removed_on", nullable = false)
    private LocalDate removedOn;

    @Column(name = "place", length = 120)
    private String place;

    protected PriorRemoval() {
    }

    public PriorRemoval(LocalDate removedOn, String place) {
        this.removedOn = removedOn;
        this.place = place;
    }

    public LocalDate removedOn() {
        return removedOn;
    }

    public String place() {
        return place;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorRemoval r && Objects.equals(removedOn, r.removedOn) && Objects.equals(place, r.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(removedOn, place);
    }

    @Override
    public String toString() {
        return removedOn + (place == null ? "" : " (" + place + ")");
    }
}
