package org.amparo.people.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDateTime;

/** A hearing in the criminal case that followed an arrest, local to the court. */
@Entity
@Table(name = "court_date")
@Audited
public class CourtDate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "court_date_seq")
    @SequenceGenerator(name = "court_date_seq", sequenceName = "court_date_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "arrest_id")
    private Arrest arrest;

    @Column(name = "scheduled_at", nullable = false)
    private LocalDateTime scheduledAt;

    @Column(name = "court", length = 150)
    private String court;

    @Column(name = "purpose", length = 150)
    private String purpose;

    protected CourtDate() {
    }

    CourtDate(Arrest arrest, LocalDateTime scheduledAt, String court, String purpose) {
        if (scheduledAt == null) {
            throw new DomainRuleViolation("scheduledAt", "amparo.validation.required");
        }
        if (arrest.getArrestedOn() != null && scheduledAt.toLocalDate().isBefore(arrest.getArrestedOn())) {
            throw new DomainRuleViolation("scheduledAt", "amparo.validation.beforeArrest");
        }
        this.arrest = arrest;
        this.scheduledAt = scheduledAt;
        this.court = court == null || court.isBlank() ? null : court.trim();
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.trim();
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public String getCourt() {
        return court;
    }

    public String getPurpose() {
        return purpose;
    }
}
