package org.amparo.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the columns of one file layout (known by the digest of its header labels, which are not kept) map to roster
 * fields, as the last person who imported such a file confirmed it. Stored as "column=FIELD;..." with 0-based columns.
 */
@Entity
@Table(name = "import_layout")
public class ImportLayout {

    @Id
    @Column(name = "signature", length = 64)
    private String signature;

    @Column(name = "mapping", nullable = false, length = 2000)
    private String mapping;

    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ImportLayout() {
    }

    public ImportLayout(String signature) {
        this.signature = signature;
    }

    public void remember(Map<Integer, RosterField> columns, String by, Instant at) {
        StringBuilder text = new StringBuilder();
        columns.forEach((column, field) -> text.append(text.isEmpty() ? "" : ";").append(column).append('=').append(field.name()));
        this.mapping = text.toString();
        this.savedBy = by;
        this.savedAt = at;
    }

    /** The mapping as saved; fields no longer known are left out. */
    public Map<Integer, RosterField> mapping() {
        Map<Integer, RosterField> columns = new LinkedHashMap<>();
        for (String pair : mapping.split(";")) {
            String[] parts = pair.split("=");
            if (parts.length == 2) {
                try {
                    columns.put(Integer.parseInt(parts[0]), RosterField.valueOf(parts[1]));
                } catch (IllegalArgumentException unknown) {
                    // a field of an older release: the user maps that column again
                }
            }
        }
        return columns;
    }

    public String getSignature() {
        return signature;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
