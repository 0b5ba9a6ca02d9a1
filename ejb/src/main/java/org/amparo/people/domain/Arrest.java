package org.amparo.people.domain;

import org.amparo.people.domain.event.*;
import org.amparo.shared.domain.DomainRuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One encounter with law enforcement: the head of the chain arrest -> charges -> disposition.
 * Charges from one arrest arose from one incident, which matters for the "three separate incidents" rule.
 */
@Entity
@Table(name = "arrest")
@Audited
public class Arrest extends org.amparo.shared.domain.AggregateRoot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "arrest_seq")
    @SequenceGenerator(name = "arrest_seq", sequenceName = "arrest_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "arrested_on")
    private LocalDate arrestedOn;

    @Column(name = "agency", length = 120)
    private String agency;

    /** Where the person was held for this arrest. */
    @Column(name = "place_held", length = 150)
    private String placeHeld;

    @OneToMany(mappedBy = "arrest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Charge> charges = new ArrayList<>();

    @OneToMany(mappedBy = "arrest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("scheduledAt")
    private List<CourtDate> courtDates = new ArrayList<>();

    protected Arrest() {
    }

    public Arrest(Person person, LocalDate arrestedOn, String agency) {
        person.requireAfterBirth(arrestedOn, "arrestedOn");
        this.person = person;
        this.arrestedOn = arrestedOn;
        this.agency = agency;
    }

    /** Adds a charge arising from this arrest; it starts pending. */
    public Charge charge(String description, OffenseLevel level, OffenseCategory category) {
        Charge charge = new Charge(this, description, level, category);
        charges.add(charge);
        raise(new ChargeRecorded());
        return charge;
    }

    public void recordPlaceHeld(String place) {
        this.placeHeld = place == null || place.isBlank() ? null : place.trim();
    }

    /** Schedules a hearing in the criminal case; upcoming ones drive reminders. */
    public CourtDate scheduleCourtDate(java.time.LocalDateTime at, String court, String purpose) {
        if (at != null && arrestedOn != null && at.toLocalDate().isBefore(arrestedOn)) {
            throw new DomainRuleViolation("scheduledAt", "amparo.validation.beforeArrest");
        }
        CourtDate date = new CourtDate(this, at, court, purpose);
        courtDates.add(date);
        raise(new CourtDateScheduled());
        return date;
    }

    public void removeCourtDate(long courtDateId) {
        courtDates.removeIf(d -> d.getId() != null && d.getId() == courtDateId);
    }

    public void removeCharge(long chargeId) {
        if (charges.removeIf(c -> c.getId() != null && c.getId() == chargeId)) {
            raise(new ChargeRemoved());
        }
    }

    /** Called by a charge of this arrest when it changed. */
    void chargeChanged(org.amparo.shared.domain.DomainEvent event) {
        raise(event);
    }

    /** The charge of this arrest with this id. */
    public java.util.Optional<Charge> charge(long chargeId) {
        return charges.stream().filter(c -> c.getId() != null && c.getId() == chargeId).findFirst();
    }

    public String getPlaceHeld() {
        return placeHeld;
    }

    public List<CourtDate> getCourtDates() {
        return Collections.unmodifiableList(courtDates);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    public String getAgency() {
        return agency;
    }

    public List<Charge> getCharges() {
        return Collections.unmodifiableList(charges);
    }
}
