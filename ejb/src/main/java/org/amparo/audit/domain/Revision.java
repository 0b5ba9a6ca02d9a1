package org.amparo.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.util.Date;

/** One transaction that changed audited records: when, and by whom. Envers writes it; the History tab reads it. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "occurred_at", nullable = false)
    private Date occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    public Long getId() {
        return id;
    }

    public Date getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    void setActor(String actor) {
        this.actor = actor;
    }
}
