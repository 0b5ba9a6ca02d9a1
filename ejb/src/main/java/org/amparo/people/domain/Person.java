package org.amparo.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.SearchText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A detained person whose file the organisation keeps. One person can have several cases over the years.
 * Holds the biographical facts; immigration and criminal history hang off it.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", length = 150)
    private String givenNames;

    /** Folded "given family" name, kept in step by the entity itself, for accent-insensitive search. */
    @Column(name = "search_name", nullable = false, length = 260)
    private String searchName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "a_number", length = 9)
    private ANumber aNumber;

    @Column(name = "country_of_origin", length = 80)
    private String countryOfOrigin;

    @Column(name = "preferred_language", length = 40)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Person() {
    }

    public Person(String familyName, String givenNames, LocalDate dateOfBirth, ANumber aNumber) {
        rename(familyName, givenNames);
        this.dateOfBirth = dateOfBirth;
        this.aNumber = aNumber;
    }

    /** Corrects the name, e.g. when the jail spelt it differently from the family. */
    public void rename(String familyName, String givenNames) {
        if (familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("A person needs a family name");
        }
        this.familyName = familyName.trim();
        this.givenNames = givenNames == null || givenNames.isBlank() ? null : givenNames.trim();
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        searchName = SearchText.fold(Objects.toString(givenNames, "") + " " + familyName);
    }

    public String fullName() {
        return givenNames == null ? familyName : givenNames + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public ANumber getANumber() {
        return aNumber;
    }

    public void setANumber(ANumber aNumber) {
        this.aNumber = aNumber;
    }

    public String getCountryOfOrigin() {
        return countryOfOrigin;
    }

    public void setCountryOfOrigin(String countryOfOrigin) {
        this.countryOfOrigin = countryOfOrigin;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
