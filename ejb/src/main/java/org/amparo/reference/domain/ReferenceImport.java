package org.amparo.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One committed import of a reference file: which file (and its checksum), as of when, by whom, what it changed. */
@Entity
@Table(name = "reference_import")
public class ReferenceImport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The reference files Amparo reads. Files of one family (the 287(g) lists, participating or pending) are told apart
     * by their headings, whichever of the family's kinds was chosen.
     */
    public enum Kind {
        ICE_287G, ICE_FACILITIES, ICE_287G_PENDING;

        public boolean is287g() {
            return this != ICE_FACILITIES;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_import_seq")
    @SequenceGenerator(name = "reference_import_seq", sequenceName = "reference_import_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "ended", nullable = false)
    private int ended;

    @Column(name = "skipped", nullable = false)
    private int skipped;

    /** How the file's date was found (file name, fiscal year, title, file properties); null before issue 19. */
    @Column(name = "dated_by", length = 30)
    private String datedBy;

    /** Imported as history only (an older or undated file): it changed no current fact. */
    @Column(name = "history_only", nullable = false)
    private boolean historyOnly;

    protected ReferenceImport() {
    }

    public ReferenceImport(Kind kind, String fileName, String sha256, LocalDate asOf, Instant importedAt, String importedBy,
                           int rowCount, int added, int updated, int ended, int skipped) {
        this.kind = kind;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.asOf = asOf;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.rowCount = rowCount;
        this.added = added;
        this.updated = updated;
        this.ended = ended;
        this.skipped = skipped;
    }

    /** The import of a file dated by {@code datedBy}; imported as history only when {@code historyOnly}. */
    public ReferenceImport(Kind kind, String fileName, String sha256, LocalDate asOf, Instant importedAt, String importedBy,
                           int rowCount, int added, int updated, int ended, int skipped, String datedBy, boolean historyOnly) {
        this(kind, fileName, sha256, asOf, importedAt, importedBy, rowCount, added, updated, ended, skipped);
        this.datedBy = datedBy;
        this.historyOnly = historyOnly;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public LocalDate getAsOf() { return asOf; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
    public int getRowCount() { return rowCount; }
    public int getAdded() { return added; }
    public int getUpdated() { return updated; }
    public int getEnded() { return ended; }
    public int getSkipped() { return skipped; }
    public String getDatedBy() { return datedBy; }
    public boolean isHistoryOnly() { return historyOnly; }
}
