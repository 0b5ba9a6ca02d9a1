package org.amparo.filters.domain;

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

/**
 * A filter one person saved on one list, by a name they chose: its criteria as {@code key=value} pairs (codes, ids
 * and true/false only, checked by {@code FilterCriteria} before they are stored; never a search text).
 */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    public static final int NAME_MAX = 60;
    public static final int CRITERIA_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "page", nullable = false, length = 10)
    private FilterPage page;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "criteria", nullable = false, length = CRITERIA_MAX)
    private String criteria;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
    }

    public SavedFilter(String username, FilterPage page, String name, String criteria, Instant createdAt) {
        this.username = username;
        this.page = page;
        this.name = name;
        this.criteria = criteria;
        this.createdAt = createdAt;
    }

    /** Saving again under the same name replaces the criteria. */
    public void replaceCriteria(String criteria, Instant at) {
        this.criteria = criteria;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public FilterPage getPage() {
        return page;
    }

    public String getName() {
        return name;
    }

    public String getCriteria() {
        return criteria;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
