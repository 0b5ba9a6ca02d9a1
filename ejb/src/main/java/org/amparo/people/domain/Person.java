package org.amparo.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "immigration_status", length = 20)
    private ImmigrationStatus immigrationStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "education", length = 30)
    private Education education;

    @Column(name = "continuous_residence_since")
    private LocalDate continuousResidenceSince;

    @Column(name = "gang_member")
    private Boolean gangMember;

    @Column(name = "national_security_concern")
    private Boolean nationalSecurityConcern;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "immigration_entry", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("enteredOn")
    private List<ImmigrationEntry> entries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "removal_order", joinColumns = @JoinColumn(name = "person_id"))
    private List<RemovalOrder> removalOrders = new ArrayList<>();

    /** Whether the person agreed to be named in public (a campaign story); null while nobody asked. */
    @Column(name = "consent_to_publicize")
    private Boolean consentToPublicize;

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

    /** Corrects the date of birth; nothing on record (entries, orders) may then lie before it. */
    public void correctDateOfBirth(LocalDate born) {
        if (born != null && (entries.stream().anyMatch(e -> e.enteredOn().isBefore(born))
                || (continuousResidenceSince != null && continuousResidenceSince.isBefore(born)))) {
            throw new IllegalArgumentException("Entries and residence cannot be before birth");
        }
        this.dateOfBirth = born;
    }

    /**
     * Records the immigration facts screening needs. Null means unknown. Continuous residence cannot start before
     * birth.
     */
    public void recordImmigrationFacts(ImmigrationStatus status, Education education, LocalDate residentSince,
                                       Boolean gangMember, Boolean nationalSecurityConcern) {
        requireAfterBirth(residentSince, "Continuous residence cannot start before birth");
        this.immigrationStatus = status;
        this.education = education;
        this.continuousResidenceSince = residentSince;
        this.gangMember = gangMember;
        this.nationalSecurityConcern = nationalSecurityConcern;
    }

    /** Adds an entry into the United States; it cannot be before birth. */
    public void recordEntry(LocalDate enteredOn, String manner, String place) {
        if (enteredOn == null) {
            throw new IllegalArgumentException("An entry needs its date");
        }
        requireAfterBirth(enteredOn, "An entry cannot be before birth");
        entries.add(new ImmigrationEntry(enteredOn, blankToNull(manner), blankToNull(place)));
    }

    public void recordRemovalOrder(LocalDate orderedOn, Boolean finalOrder) {
        requireAfterBirth(orderedOn, "A removal order cannot be before birth");
        removalOrders.add(new RemovalOrder(orderedOn, finalOrder));
    }

    private void requireAfterBirth(LocalDate day, String message) {
        if (day != null && dateOfBirth != null && day.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public void recordConsentToPublicize(Boolean consent) {
        this.consentToPublicize = consent;
    }

    /** Only an explicit yes counts as consent. */
    public boolean hasConsentedToPublicize() {
        return Boolean.TRUE.equals(consentToPublicize);
    }

    public ImmigrationStatus getImmigrationStatus() {
        return immigrationStatus;
    }

    public Education getEducation() {
        return education;
    }

    public LocalDate getContinuousResidenceSince() {
        return continuousResidenceSince;
    }

    public Boolean getGangMember() {
        return gangMember;
    }

    public Boolean getNationalSecurityConcern() {
        return nationalSecurityConcern;
    }

    public List<ImmigrationEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }

    public List<RemovalOrder> getRemovalOrders() {
        return Collections.unmodifiableList(removalOrders);
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
