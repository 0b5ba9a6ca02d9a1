package org.amparo.people.domain;

import org.amparo.shared.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.amparo.shared.domain.SearchText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.util.Objects;

/** Another name the person is known by: jails and ICE misspell names, so search finds aliases too. */
@Entity
@Table(name = "person_alias")
@Audited
public class PersonAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_alias_seq")
    @SequenceGenerator(name = "person_alias_seq", sequenceName = "person_alias_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotBlank
    @Size(max = 100)
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Size(max = 150)
    @Column(name = "given_names", length = 150)
    private String givenNames;

    @NotAudited
    @Column(name = "search_name", nullable = false, length = 260)
    private String searchName;

    protected PersonAlias() {
    }

    PersonAlias(Person person, String familyName, String givenNames) {
        if (familyName == null || familyName.isBlank()) {
            throw new DomainRuleViolation("familyName", "amparo.validation.required");
        }
        this.person = person;
        this.familyName = familyName.trim();
        this.givenNames = givenNames == null || givenNames.isBlank() ? null : givenNames.trim();
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        searchName = SearchText.fold(Objects.toString(givenNames, "") + " " + familyName);
    }

    public String fullName() {
        return givenNames == null ? familyName : givenNames + " " + familyName;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }
}
