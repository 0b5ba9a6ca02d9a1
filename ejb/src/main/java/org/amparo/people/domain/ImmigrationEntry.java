package org.amparo.people.domain;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One entry into the United States: when, how (e.g. without inspection, visa) and where. */
@Embeddable
public record ImmigrationEntry(
        @Column(name = "entered_on", nullable = false) LocalDate enteredOn,
        @Column(name = "manner", length = 60) String manner,
        @Column(name = "place", length = 120) String place) implements Serializable {
}
