package org.amparo.people.domain;

import org.amparo.people.domain.event.*;
import org.amparo.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A charge from an arrest and, once decided, its disposition (conviction, sentence, juvenile or adult). */
@Entity
@Table(name = "criminal_charge")
@org.hibernate.envers.Audited
public class Charge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criminal_charge_seq")
    @SequenceGenerator(name = "criminal_charge_seq", sequenceName = "criminal_charge_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arrest_id")
    private Arrest arrest;

    @Column(name = "description", length = 200)
    private String description;

    @jakarta.validation.constraints.NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "offense_level", nullable = false, length = 20)
    private OffenseLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "offense_category", nullable = false, length = 30)
    private OffenseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", nullable = false, length = 20)
    private Disposition disposition = Disposition.PENDING;

    @jakarta.validation.constraints.PastOrPresent
    @Column(name = "disposition_date")
    private LocalDate dispositionDate;

    @jakarta.validation.constraints.PositiveOrZero
    @Column(name = "sentence_days")
    private Integer sentenceDays;

    @Column(name = "sentence_suspended", nullable = false)
    private boolean sentenceSuspended;

    @Column(name = "juvenile", nullable = false)
    private boolean juvenile;

    /** Which incident the charge arose from, when one arrest covers several (the "separate incidents" rule). */
    @Column(name = "incident", length = 60)
    private String incident;

    /** A legal finding only an attorney records. */
    @Column(name = "aggravated_felony", nullable = false)
    private boolean aggravatedFelony;

    protected Charge() {
    }

    Charge(Arrest arrest, String description, OffenseLevel level, OffenseCategory category) {
        if (level == null) {
            throw new DomainRuleViolation("level", "amparo.validation.required");
        }
        if (category == null) {
            throw new DomainRuleViolation("category", "amparo.validation.required");
        }
        this.arrest = arrest;
        this.description = description;
        this.level = level;
        this.category = category;
    }

    /** Records a conviction with its sentence. A negative sentence is impossible. */
    public void convict(LocalDate on, int sentenceDays, boolean suspended, boolean juvenile) {
        if (on == null) {
            throw new DomainRuleViolation("dispositionDate", "amparo.validation.dispositionDate");
        }
        if (sentenceDays < 0) {
            throw new DomainRuleViolation("sentenceDays", "amparo.validation.notNegative");
        }
        requireAfterArrest(on);
        this.disposition = Disposition.CONVICTED;
        this.dispositionDate = on;
        this.sentenceDays = sentenceDays;
        this.sentenceSuspended = suspended;
        this.juvenile = juvenile;
        arrest.chargeChanged(new ChargeDisposed());
    }

    /** A disposition is dated after the person's birth and after the arrest it arose from. */
    private void requireAfterArrest(LocalDate on) {
        arrest.getPerson().requireAfterBirth(on, "dispositionDate");
        if (on != null && arrest.getArrestedOn() != null && on.isBefore(arrest.getArrestedOn())) {
            throw new DomainRuleViolation("dispositionDate", "amparo.validation.beforeArrest");
        }
    }

    /** Records an outcome that is not a conviction (dismissed, acquitted, diversion). */
    public void close(Disposition outcome, LocalDate on) {
        if (outcome == Disposition.CONVICTED) {
            throw new IllegalArgumentException("Use convict() to record a conviction");
        }
        requireAfterArrest(on);
        this.disposition = outcome;
        this.dispositionDate = on;
        arrest.chargeChanged(new ChargeDisposed());
    }

    public void recordIncident(String incident) {
        this.incident = incident == null || incident.isBlank() ? null : incident.trim();
    }

    public String getIncident() {
        return incident;
    }

    public boolean isConviction() {
        return disposition == Disposition.CONVICTED;
    }

    public Long getId() {
        return id;
    }

    public Arrest getArrest() {
        return arrest;
    }

    public String getDescription() {
        return description;
    }

    public OffenseLevel getLevel() {
        return level;
    }

    public OffenseCategory getCategory() {
        return category;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public LocalDate getDispositionDate() {
        return dispositionDate;
    }

    public Integer getSentenceDays() {
        return sentenceDays;
    }

    public boolean isSentenceSuspended() {
        return sentenceSuspended;
    }

    public boolean isJuvenile() {
        return juvenile;
    }

    public boolean isAggravatedFelony() {
        return aggravatedFelony;
    }

    public void setAggravatedFelony(boolean aggravatedFelony) {
        this.aggravatedFelony = aggravatedFelony;
        arrest.chargeChanged(new AggravatedFelonyFound());
    }
}
