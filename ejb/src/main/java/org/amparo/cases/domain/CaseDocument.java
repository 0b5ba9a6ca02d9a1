package org.amparo.cases.domain;

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
 * An uploaded scan (detainer form, court papers) of a case. The bytes live in the document store outside the web
 * root under a random key; this row says what they are, checked by content, and who brought them.
 */
@Entity
@Table(name = "case_document")
@Audited
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DetentionCase detentionCase;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 80)
    private String storageKey;

    @Column(name = "description", length = 200)
    private String description;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    public CaseDocument(DetentionCase detentionCase, String fileName, String contentType, long sizeBytes, String sha256,
                        String storageKey, String description, String uploadedBy, Instant uploadedAt) {
        this.detentionCase = detentionCase;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.description = description == null || description.isBlank() ? null : description.trim();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public DetentionCase getDetentionCase() {
        return detentionCase;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getDescription() {
        return description;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
