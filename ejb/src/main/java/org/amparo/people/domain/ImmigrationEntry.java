package org.amparo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry into the United States: when, how (e.g. without inspection, visa) and where. A plain class rather than
 * a record, so that Envers can rebuild it when it reads the person's history.
 */
@Embeddable
public class ImmigrationEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(name = "manner", length = 60)
    private String manner;

    @Column(name = "place", length = 120)
    private String place;

    protected ImmigrationEntry() {
    }

    public ImmigrationEntry(LocalDate enteredOn, String manner, String place) {
        this.enteredOn = enteredOn;
        this.manner = manner;
        this.place = place;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }

    public String manner() {
        return manner;
    }

    public String place() {
        return place;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImmigrationEntry e && Objects.equals(enteredOn, e.enteredOn)
                && Objects.equals(manner, e.manner) && Objects.equals(place, e.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enteredOn, manner, place);
    }

    @Override
    public String toString() {
        return enteredOn + (manner == null ? "" : " " + manner) + (place == null ? "" : " (" + place + ")");
    }
}
