package org.amparo.people.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import java.time.LocalDate;
import java.time.Period;

/** A child, partner or other relative; US-citizen children and dependents matter for relief. */
@Entity
@Table(name = "family_member")
@Audited
public class FamilyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_member_seq")
    @SequenceGenerator(name = "family_member_seq", sequenceName = "family_member_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private FamilyRelation relation;

    @Column(name = "date_of_birth", length = 120)
    @jakarta.persistence.Convert(converter = org.amparo.protection.infrastructure.EncryptedDate.class)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "citizenship", length = 20)
    private Citizenship citizenship;

    @Column(name = "dependent", nullable = false)
    private boolean dependent;

    protected FamilyMember() {
    }

    FamilyMember(Person person, String fullName, FamilyRelation relation, LocalDate dateOfBirth,
                 Citizenship citizenship, boolean dependent) {
        if (fullName == null || fullName.isBlank()) {
            throw new DomainRuleViolation("fullName", "amparo.validation.required");
        }
        if (relation == null) {
            throw new DomainRuleViolation("relation", "amparo.validation.required");
        }
        this.person = person;
        this.fullName = fullName.trim();
        this.relation = relation;
        this.dateOfBirth = dateOfBirth;
        this.citizenship = citizenship;
        this.dependent = dependent;
    }

    /** Age in whole years on the given day, or null when the date of birth is unknown. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public FamilyRelation getRelation() {
        return relation;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Citizenship getCitizenship() {
        return citizenship;
    }

    public boolean isDependent() {
        return dependent;
    }
}
