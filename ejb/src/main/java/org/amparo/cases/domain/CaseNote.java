package org.amparo.cases.domain;

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

import java.time.Instant;

/**
 * A note on a case. An attorney's note can be privileged (attorney-client): then only attorneys and supervisors
 * may read it, in every screen, export and API answer.
 */
@Entity
@Table(name = "case_note")
@Audited
public class CaseNote {

    public static final int MAX_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DetentionCase detentionCase;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @jakarta.validation.constraints.NotBlank
    @jakarta.validation.constraints.Size(max = MAX_LENGTH)
    @Column(name = "body", nullable = false, length = 48000)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String body;

    @Column(name = "privileged", nullable = false)
    private boolean privileged;

    protected CaseNote() {
    }

    public CaseNote(DetentionCase detentionCase, String author, Instant writtenAt, String body, boolean privileged) {
        if (body == null || body.isBlank()) {
            throw new DomainRuleViolation("text", "amparo.validation.required");
        }
        this.detentionCase = detentionCase;
        this.author = author;
        this.writtenAt = writtenAt;
        this.body = body.strip();
        this.privileged = privileged;
    }

    public Long getId() {
        return id;
    }

    public DetentionCase getDetentionCase() {
        return detentionCase;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }

    public boolean isPrivileged() {
        return privileged;
    }
}
