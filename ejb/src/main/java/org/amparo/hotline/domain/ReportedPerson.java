package org.amparo.hotline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** Someone a report says was detained; once a case is opened for them, the case's number. */
@Embeddable
public class ReportedPerson {

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", length = 150)
    private String givenNames;

    /** What the caller said of them (age, clothes, where taken): encrypted, it can identify. */
    @Column(name = "description", length = 2000)
    @Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String description;

    @Column(name = "case_id")
    private Long caseId;

    protected ReportedPerson() {
    }

    public ReportedPerson(String familyName, String givenNames, String description) {
        this.familyName = familyName.trim();
        this.givenNames = givenNames == null || givenNames.isBlank() ? null : givenNames.trim();
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    void caseOpened(long caseId) {
        this.caseId = caseId;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getDescription() {
        return description;
    }

    public Long getCaseId() {
        return caseId;
    }
}
