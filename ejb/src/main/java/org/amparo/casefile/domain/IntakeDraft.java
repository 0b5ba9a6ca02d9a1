package org.amparo.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An intake a volunteer saved half-done (the call dropped, the family will call back). Only its owner sees it; it is
 * deleted when the case is opened from it. The form's fields are kept as JSON, valid or not yet.
 */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_draft_seq")
    @SequenceGenerator(name = "intake_draft_seq", sequenceName = "intake_draft_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "owner", nullable = false, length = 64)
    private String owner;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** What the owner's draft list shows: the name typed so far. */
    @Column(name = "summary", length = 200)
    private String summary;

    @Column(name = "form", nullable = false, length = 96000)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String form;

    protected IntakeDraft() {
    }

    public IntakeDraft(String owner) {
        this.owner = owner;
    }

    public void save(String summary, String form, Instant at) {
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.form = form;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSummary() {
        return summary;
    }

    public String getForm() {
        return form;
    }
}
