package org.amparo.people.domain;

import org.amparo.people.domain.event.*;
import org.amparo.shared.domain.DomainRuleViolation;
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
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
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
@Audited
@jakarta.persistence.EntityListeners(org.amparo.protection.infrastructure.FingerprintListener.class)
public class Person extends org.amparo.shared.domain.AggregateRoot
        implements org.amparo.shared.domain.Fingerprinted {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @jakarta.validation.constraints.NotBlank
    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @jakarta.validation.constraints.Size(max = 150)
    @Column(name = "given_names", length = 150)
    private String givenNames;

    /** Folded "given family" name, kept in step by the entity itself, for accent-insensitive search. */
    @NotAudited
    @Column(name = "search_name", nullable = false, length = 260)
    private String searchName;

    /** The folded name and every alias, " | " between them: what the case list's search reads. */
    @NotAudited
    @Column(name = "search_text", nullable = false, length = 2000)
    private String searchText;

    /**
     * The words of the name and of every alias, folded (see {@link SearchText#words}): the name index that search
     * reads by prefix, so "jose quin" and "quinonez jose" both find José Ramón Quiñónez. Kept in step with the text
     * above.
     */
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_name_token", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "token", nullable = false, length = SearchText.MAX_TOKEN)
    private java.util.Set<String> nameTokens = new java.util.HashSet<>();

    @jakarta.validation.constraints.Past
    @Column(name = "date_of_birth", length = 120)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedDate.class)
    private LocalDate dateOfBirth;

    /** Blind indexes (keyed hashes) of the encrypted identifiers, for exact search and the duplicate check. */
    @org.hibernate.envers.NotAudited
    @Column(name = "date_of_birth_bidx", length = 32)
    private String dateOfBirthIndex;

    @org.hibernate.envers.NotAudited
    @Column(name = "a_number_bidx", length = 32)
    private String aNumberIndex;

    @org.hibernate.envers.NotAudited
    @Column(name = "a_number_last4_bidx", length = 32)
    private String aNumberLast4Index;

    @Column(name = "a_number", length = 120)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedANumber.class)
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

    /** Apprehended at the border or a port of entry while attempting to enter unlawfully (null: unknown). */
    @Column(name = "apprehended_at_border")
    private Boolean apprehendedAtBorder;

    /** Significant abuse of the visa or visa-waiver programs (null: unknown). */
    @Column(name = "visa_abuse")
    private Boolean visaAbuse;

    /** In removal proceedings, or under a final removal or voluntary-departure order (null: unknown). */
    @Column(name = "in_removal_proceedings")
    private Boolean inRemovalProceedings;

    @Column(name = "national_security_concern")
    private Boolean nationalSecurityConcern;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "immigration_entry", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("enteredOn, manner, place")
    private List<ImmigrationEntry> entries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "removal_order", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("orderedOn, finalOrder") // the page removes a row by its place in the list: the same place each read
    private List<RemovalOrder> removalOrders = new ArrayList<>();

    /** Whether the person agreed to be named in public (a campaign story); null while nobody asked. */
    @Column(name = "consent_to_publicize")
    private Boolean consentToPublicize;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "gender_identity", length = 60)
    private String genderIdentity;

    @jakarta.validation.constraints.Size(max = 300)
    @Column(name = "address", length = 1200)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String address;

    @jakarta.validation.constraints.Size(max = 40)
    @Column(name = "phone", length = 200)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String phone;

    @Column(name = "other_languages", length = 200)
    private String otherLanguages;

    @Column(name = "employment", length = 300)
    private String employment;

    @Column(name = "community_ties", length = 1000)
    private String communityTies;

    @Column(name = "reason_for_migration", length = 500)
    private String reasonForMigration;

    /** Victim indicators: possible U visa (crime), VAWA (abuse), T visa or fraud remedies. Null: not asked. */
    @Column(name = "victim_of_crime")
    private Boolean victimOfCrime;

    @Column(name = "victim_of_abuse")
    private Boolean victimOfAbuse;

    @Column(name = "victim_of_fraud")
    private Boolean victimOfFraud;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PersonAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<FamilyMember> family = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "immigration_application", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("filedOn, kind, result")
    private List<ImmigrationApplication> applications = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "prior_removal", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("removedOn, place")
    private List<PriorRemoval> priorRemovals = new ArrayList<>();

    protected Person() {
    }

    public Person(String familyName, String givenNames, LocalDate dateOfBirth, ANumber aNumber) {
        requireBornAfter1900(dateOfBirth);
        rename(familyName, givenNames);
        this.dateOfBirth = dateOfBirth;
        this.aNumber = aNumber;
    }

    /** Corrects the name, e.g. when the jail spelt it differently from the family. */
    public void rename(String familyName, String givenNames) {
        if (familyName == null || familyName.isBlank()) {
            throw new DomainRuleViolation("familyName", "amparo.validation.required");
        }
        this.familyName = familyName.trim();
        this.givenNames = givenNames == null || givenNames.isBlank() ? null : givenNames.trim();
        refreshSearchText();
        raise(new PersonRenamed());
    }

    /** The database no longer sees the date (it is encrypted), so the rule it checked lives here. */
    private static void requireBornAfter1900(LocalDate born) {
        if (born != null && !born.isAfter(LocalDate.of(1900, 1, 1))) {
            throw new DomainRuleViolation("dateOfBirth", "amparo.validation.bornAfter1900");
        }
    }

    @Override
    public void refreshFingerprints(org.amparo.shared.domain.Fingerprints f) {
        dateOfBirthIndex = dateOfBirth == null ? null : f.of(org.amparo.shared.domain.Fingerprints.DATE_OF_BIRTH, dateOfBirth.toString());
        aNumberIndex = aNumber == null ? null : f.of(org.amparo.shared.domain.Fingerprints.A_NUMBER, aNumber.digits());
        aNumberLast4Index = aNumber == null ? null
                : f.of(org.amparo.shared.domain.Fingerprints.A_NUMBER_LAST4, aNumber.digits().substring(5));
    }

    /** Kept in step by every method that changes a name or an alias (never in a flush callback: aliases are lazy). */
    private void refreshSearchText() {
        StringBuilder text = new StringBuilder(SearchText.fold(Objects.toString(givenNames, "") + " " + familyName));
        for (PersonAlias alias : aliases) {
            text.append(" | ").append(SearchText.fold(Objects.toString(alias.getGivenNames(), "") + " " + alias.getFamilyName()));
        }
        searchText = text.length() <= 2000 ? text.toString() : text.substring(0, 2000);
        java.util.Set<String> words = SearchText.words(text.toString());
        nameTokens.retainAll(words);
        nameTokens.addAll(words);
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        searchName = SearchText.fold(Objects.toString(givenNames, "") + " " + familyName);
    }

    /** Corrects the date of birth; nothing on record (entries, orders, removals) may then lie before it. */
    public void correctDateOfBirth(LocalDate born) {
        if (born != null && (entries.stream().anyMatch(e -> e.enteredOn().isBefore(born))
                || removalOrders.stream().anyMatch(o -> o.orderedOn() != null && o.orderedOn().isBefore(born))
                || priorRemovals.stream().anyMatch(r -> r.removedOn().isBefore(born))
                || (continuousResidenceSince != null && continuousResidenceSince.isBefore(born)))) {
            throw new DomainRuleViolation("dateOfBirth", "amparo.validation.laterBirth");
        }
        requireBornAfter1900(born);
        if (!Objects.equals(this.dateOfBirth, born)) {
            this.dateOfBirth = born;
            raise(new DateOfBirthCorrected());
        }
    }

    /** Replaces the biographical details the hotline questionnaire asks for; blank text means unknown. */
    public void describe(Biography b) {
        this.genderIdentity = blankToNull(b.genderIdentity());
        this.address = blankToNull(b.address());
        this.phone = blankToNull(b.phone());
        this.countryOfOrigin = blankToNull(b.countryOfOrigin());
        this.preferredLanguage = blankToNull(b.preferredLanguage());
        this.otherLanguages = blankToNull(b.otherLanguages());
        this.employment = blankToNull(b.employment());
        this.communityTies = blankToNull(b.communityTies());
        raise(new BiographyRecorded());
    }

    public Biography biography() {
        return new Biography(genderIdentity, address, phone, countryOfOrigin, preferredLanguage, otherLanguages,
                employment, communityTies);
    }

    /** Why the person came, and whether they were ever a victim of crime, abuse or fraud (null: not asked). */
    public void recordMigrationBackground(String reason, Boolean victimOfCrime, Boolean victimOfAbuse, Boolean victimOfFraud) {
        this.reasonForMigration = blankToNull(reason);
        this.victimOfCrime = victimOfCrime;
        this.victimOfAbuse = victimOfAbuse;
        this.victimOfFraud = victimOfFraud;
        raise(new BiographyRecorded());
    }

    public PersonAlias addAlias(String familyName, String givenNames) {
        PersonAlias alias = new PersonAlias(this, familyName, givenNames);
        aliases.add(alias);
        refreshSearchText();
        raise(new PersonRenamed());
        return alias;
    }

    public void removeAlias(long aliasId) {
        aliases.removeIf(a -> a.getId() != null && a.getId() == aliasId);
        refreshSearchText();
        raise(new PersonRenamed());
    }

    public FamilyMember addFamilyMember(String fullName, FamilyRelation relation, LocalDate bornOn,
                                        Citizenship citizenship, boolean dependent) {
        FamilyMember member = new FamilyMember(this, fullName, relation, bornOn, citizenship, dependent);
        family.add(member);
        raise(new FamilyChanged());
        return member;
    }

    public void removeFamilyMember(long memberId) {
        family.removeIf(m -> m.getId() != null && m.getId() == memberId);
        raise(new FamilyChanged());
    }

    public void recordApplication(LocalDate filedOn, String kind, String result) {
        if (kind == null || kind.isBlank()) {
            throw new DomainRuleViolation("kind", "amparo.validation.required");
        }
        requireAfterBirth(filedOn, "filedOn");
        applications.add(new ImmigrationApplication(filedOn, kind.trim(), blankToNull(result)));
        raise(new ImmigrationHistoryChanged());
    }

    public void recordPriorRemoval(LocalDate removedOn, String place) {
        if (removedOn == null) {
            throw new DomainRuleViolation("removedOn", "amparo.validation.required");
        }
        requireAfterBirth(removedOn, "removedOn");
        priorRemovals.add(new PriorRemoval(removedOn, blankToNull(place)));
        raise(new ImmigrationHistoryChanged());
    }

    /** Removes the n-th (0-based) entry as listed; an index out of range changes nothing. */
    public void removeEntry(int index) {
        removeAt(entries, index);
    }

    public void removeRemovalOrder(int index) {
        removeAt(removalOrders, index);
    }

    public void removeApplication(int index) {
        removeAt(applications, index);
    }

    public void removePriorRemoval(int index) {
        removeAt(priorRemovals, index);
    }

    private void removeAt(List<?> list, int index) {
        if (index >= 0 && index < list.size()) {
            list.remove(index);
            raise(new ImmigrationHistoryChanged());
        }
    }

    /**
     * Records the immigration facts screening needs. Null means unknown. Continuous residence cannot start before
     * birth.
     */
    public void recordImmigrationFacts(ImmigrationStatus status, Education education, LocalDate residentSince,
                                       Boolean gangMember, Boolean nationalSecurityConcern) {
        requireAfterBirth(residentSince, "continuousResidenceSince");
        this.immigrationStatus = status;
        this.education = education;
        this.continuousResidenceSince = residentSince;
        this.gangMember = gangMember;
        this.nationalSecurityConcern = nationalSecurityConcern;
        raise(new ImmigrationFactsRecorded());
    }

    /**
     * Adds what a step of the case process learnt of the immigration facts: a fact the step leaves unknown (null) is one
     * it did not learn, and what the file holds stays. Changing or clearing a fact is the case file's
     * ({@link #recordImmigrationFacts}): a step's form left blank never erases what someone recorded before it.
     */
    public void learnImmigrationFacts(ImmigrationStatus status, Education education, LocalDate residentSince,
                                      Boolean gangMember, Boolean nationalSecurityConcern) {
        recordImmigrationFacts(status != null ? status : this.immigrationStatus,
                education != null ? education : this.education,
                residentSince != null ? residentSince : this.continuousResidenceSince,
                gangMember != null ? gangMember : this.gangMember,
                nationalSecurityConcern != null ? nationalSecurityConcern : this.nationalSecurityConcern);
    }

    /** Records the enforcement facts the rule sets since 2011 read (DOMAIN.md section 3). Null means unknown. */
    public void recordEnforcementFacts(Boolean apprehendedAtBorder, Boolean visaAbuse, Boolean inRemovalProceedings) {
        if (!java.util.Objects.equals(this.apprehendedAtBorder, apprehendedAtBorder)
                || !java.util.Objects.equals(this.visaAbuse, visaAbuse)
                || !java.util.Objects.equals(this.inRemovalProceedings, inRemovalProceedings)) {
            this.apprehendedAtBorder = apprehendedAtBorder;
            this.visaAbuse = visaAbuse;
            this.inRemovalProceedings = inRemovalProceedings;
            raise(new ImmigrationFactsRecorded());
        }
    }

    public Boolean getApprehendedAtBorder() {
        return apprehendedAtBorder;
    }

    public Boolean getVisaAbuse() {
        return visaAbuse;
    }

    public Boolean getInRemovalProceedings() {
        return inRemovalProceedings;
    }

    /** Adds an entry into the United States; it cannot be before birth. */
    public void recordEntry(LocalDate enteredOn, String manner, String place) {
        if (enteredOn == null) {
            throw new DomainRuleViolation("enteredOn", "amparo.validation.required");
        }
        requireAfterBirth(enteredOn, "enteredOn");
        entries.add(new ImmigrationEntry(enteredOn, blankToNull(manner), blankToNull(place)));
        raise(new ImmigrationHistoryChanged());
    }

    public void recordRemovalOrder(LocalDate orderedOn, Boolean finalOrder) {
        requireAfterBirth(orderedOn, "orderedOn");
        removalOrders.add(new RemovalOrder(orderedOn, finalOrder));
        raise(new ImmigrationHistoryChanged());
    }

    /**
     * Nothing in a person's life is recorded before their birth: the one place this rule lives (arrests and
     * dispositions ask it too).
     *
     * @param field the input field the day came from, for the message
     */
    public void requireAfterBirth(LocalDate day, String field) {
        if (day != null && dateOfBirth != null && day.isBefore(dateOfBirth)) {
            throw new DomainRuleViolation(field, "amparo.validation.beforeBirth", dateOfBirth);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public void recordConsentToPublicize(Boolean consent) {
        this.consentToPublicize = consent;
        raise(new BiographyRecorded());
    }

    /** What a step of the process learnt of the consent to be named: unknown (null) keeps what the file holds. */
    public void learnConsentToPublicize(Boolean consent) {
        if (consent != null) {
            recordConsentToPublicize(consent);
        }
    }

    public Boolean getConsentToPublicize() {
        return consentToPublicize;
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
        raise(new BiographyRecorded());
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

    public String getReasonForMigration() {
        return reasonForMigration;
    }

    public Boolean getVictimOfCrime() {
        return victimOfCrime;
    }

    public Boolean getVictimOfAbuse() {
        return victimOfAbuse;
    }

    public Boolean getVictimOfFraud() {
        return victimOfFraud;
    }

    public List<PersonAlias> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    public List<FamilyMember> getFamily() {
        return Collections.unmodifiableList(family);
    }

    public List<ImmigrationApplication> getApplications() {
        return Collections.unmodifiableList(applications);
    }

    public List<PriorRemoval> getPriorRemovals() {
        return Collections.unmodifiableList(priorRemovals);
    }
}
