package org.amparo.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.casefile.application.CaseFile;
import org.amparo.casefile.application.CaseFileForms;
import org.amparo.casefile.application.PersonRecords;
import org.amparo.casefile.application.PersonRecords.ImmigrationList;
import org.amparo.people.domain.Citizenship;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.FamilyRelation;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.UnreadValues;
import org.amparo.web.VersionedSave;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The Person and Immigration tabs: the person's details and immigration facts as editable forms, and the lists
 * (aliases, family, entries, removal orders, applications, prior removals) added one item at a time. A save over
 * somebody else's newer change is refused and shows what they changed; the user's input stays in the form.
 */
@Named
@ViewScoped
public class PersonEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFileView caseFile;

    @Inject
    PersonRecords service;

    @Inject
    InputValidation validation;

    private int version;
    private String familyName;
    private String givenNames;
    private LocalDate dateOfBirth;
    private String aNumber;
    private String genderIdentity;
    private String address;
    private String phone;
    private String countryOfOrigin;
    private String preferredLanguage;
    private String otherLanguages;
    private String employment;
    private String communityTies;
    private Boolean consentToPublicize;
    private ImmigrationStatus immigrationStatus;
    private Education education;
    private LocalDate continuousResidenceSince;
    private Boolean gangMember;
    private Boolean apprehendedAtBorder;
    private Boolean visaAbuse;
    private Boolean inRemovalProceedings;
    private Boolean nationalSecurityConcern;
    private String reasonForMigration;
    private Boolean victimOfCrime;
    private Boolean victimOfAbuse;
    private Boolean victimOfFraud;
    private String aliasFamilyName;
    private String aliasGivenNames;
    private String memberName;
    private FamilyRelation memberRelation;
    private LocalDate memberBorn;
    private Citizenship memberCitizenship;
    private boolean memberDependent;
    private LocalDate enteredOn;
    private String manner;
    private String place;
    private LocalDate orderedOn;
    private Boolean finalOrder;
    private LocalDate filedOn;
    private String kind;
    private String result;
    private LocalDate removedOn;
    private String removalPlace;
    private List<FieldChange> conflict = List.of();
    /** The file as the forms last read it: a field still at its value here is one the user has not touched. */
    private CaseFile read;

    @PostConstruct
    void init() {
        if (caseFile.getFile() != null) {
            fill(caseFile.getFile());
        }
    }

    private void fill(CaseFile f) {
        read = f;
        version = f.person().version();
        fillPerson(f.person());
        fillImmigration(f.immigration());
    }

    private void fillPerson(CaseFile.Person p) {
        familyName = p.familyName();
        givenNames = p.givenNames();
        dateOfBirth = p.dateOfBirth();
        aNumber = p.aNumber();
        genderIdentity = p.genderIdentity();
        address = p.address();
        phone = p.phone();
        countryOfOrigin = p.countryOfOrigin();
        preferredLanguage = p.preferredLanguage();
        otherLanguages = p.otherLanguages();
        employment = p.employment();
        communityTies = p.communityTies();
        consentToPublicize = p.consentToPublicize();
    }

    private void fillImmigration(CaseFile.Immigration i) {
        immigrationStatus = i.immigrationStatus();
        education = i.education();
        continuousResidenceSince = i.continuousResidenceSince();
        gangMember = i.gangMember();
        apprehendedAtBorder = i.apprehendedAtBorder();
        visaAbuse = i.visaAbuse();
        inRemovalProceedings = i.inRemovalProceedings();
        nationalSecurityConcern = i.nationalSecurityConcern();
        reasonForMigration = i.reasonForMigration();
        victimOfCrime = i.victimOfCrime();
        victimOfAbuse = i.victimOfAbuse();
        victimOfFraud = i.victimOfFraud();
    }

    /**
     * A section's form sent with a value it could not read (a date such as 31/02/1990), which JSF refuses before any
     * action: the rest of it is refused with that value, by its command's constraints, not at the next try.
     */
    public void readTheRest(ComponentSystemEvent event) {
        UnreadValues.refuseTheRest(event, validation, java.util.Map.of(
                "savePerson", this::personForm,
                "saveImmigration", this::immigrationForm,
                "addFamily", this::familyMemberForm,
                "addEntry", this::entryForm,
                "addOrder", this::removalOrderForm,
                "addApplication", this::applicationForm,
                "addRemoval", this::priorRemovalForm));
    }

    private CaseFileForms.PersonForm personForm() {
        return new CaseFileForms.PersonForm(version, familyName, givenNames, dateOfBirth, aNumber, genderIdentity,
                address, phone, countryOfOrigin, preferredLanguage, otherLanguages, employment, communityTies,
                consentToPublicize);
    }

    private CaseFileForms.ImmigrationForm immigrationForm() {
        return new CaseFileForms.ImmigrationForm(version, immigrationStatus, education, continuousResidenceSince,
                gangMember, nationalSecurityConcern, reasonForMigration, victimOfCrime, victimOfAbuse, victimOfFraud,
                apprehendedAtBorder, visaAbuse, inRemovalProceedings);
    }

    private CaseFileForms.FamilyMemberForm familyMemberForm() {
        return new CaseFileForms.FamilyMemberForm(memberName, memberRelation, memberBorn, memberCitizenship, memberDependent);
    }

    private CaseFileForms.EntryForm entryForm() {
        return new CaseFileForms.EntryForm(enteredOn, manner, place);
    }

    private CaseFileForms.RemovalOrderForm removalOrderForm() {
        return new CaseFileForms.RemovalOrderForm(orderedOn, finalOrder);
    }

    private CaseFileForms.ApplicationForm applicationForm() {
        return new CaseFileForms.ApplicationForm(filedOn, kind, result);
    }

    private CaseFileForms.PriorRemovalForm priorRemovalForm() {
        return new CaseFileForms.PriorRemovalForm(removedOn, removalPlace);
    }

    public void savePerson() {
        save("person", () -> service.updatePerson(id(), personForm()));
    }

    public void saveImmigration() {
        save("immigration", () -> service.updateImmigration(id(), immigrationForm()));
    }

    public void addAlias() {
        if (apply("aliases", () -> service.addAlias(id(), new CaseFileForms.AliasForm(aliasFamilyName, aliasGivenNames)))) {
            aliasFamilyName = null;
            aliasGivenNames = null;
        }
    }

    public void removeAlias(long aliasId) {
        apply("aliases", () -> service.removeAlias(id(), aliasId));
    }

    public void addFamilyMember() {
        if (apply("family", () -> service.addFamilyMember(id(), familyMemberForm()))) {
            memberName = null;
            memberRelation = null;
            memberBorn = null;
            memberCitizenship = null;
            memberDependent = false;
        }
    }

    public void removeFamilyMember(long memberId) {
        apply("family", () -> service.removeFamilyMember(id(), memberId));
    }

    public void addEntry() {
        if (apply("entries", () -> service.addEntry(id(), entryForm()))) {
            enteredOn = null;
            manner = null;
            place = null;
        }
    }

    public void addRemovalOrder() {
        if (apply("orders", () -> service.addRemovalOrder(id(), removalOrderForm()))) {
            orderedOn = null;
            finalOrder = null;
        }
    }

    public void addApplication() {
        if (apply("applications", () -> service.addApplication(id(), applicationForm()))) {
            filedOn = null;
            kind = null;
            result = null;
        }
    }

    public void addPriorRemoval() {
        if (apply("removals", () -> service.addPriorRemoval(id(), priorRemovalForm()))) {
            removedOn = null;
            removalPlace = null;
        }
    }

    /**
     * Removes the row at that place of the list shown, unless the person changed since that list was drawn: the button
     * sends the version its rows were drawn at ({@code shownVersion}), since another list or form of the page may have
     * been saved since without this list being drawn again.
     */
    public void removeItem(String list, int index) {
        int shown = shownVersion();
        try {
            apply("immigration", () -> service.removeImmigrationItem(id(), ImmigrationList.valueOf(list), index, shown));
        } catch (org.amparo.shared.domain.EditConflictException changed) {
            readAgain(null);
            Messages.error("caseFile.removeConflict");
        }
    }

    /** The version the clicked row's list was drawn at; none read (-1) is refused as a change since. */
    private static int shownVersion() {
        String shown = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("shownVersion");
        try {
            return shown == null ? -1 : Integer.parseInt(shown.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** Saves one of the two versioned forms; on a conflict keeps the input and shows the other person's changes. */
    private void save(String formId, Runnable work) {
        VersionedSave.Outcome outcome = VersionedSave.attempt(formId, work);
        conflict = outcome.conflict();
        if (outcome.saved()) {
            readAgain(formId); // the saved form shows what is now on file (an A-number as it is written, say)
        } else if (outcome.currentVersion() != null) {
            // After a conflict, the other person's values come into the fields this user left alone; saving again,
            // having seen the other changes, overwrites on purpose only what this user changed.
            readAgain(null);
        }
    }

    /**
     * The file read again after this user's change or someone else's: the lists show it anew, the forms keep what this
     * user typed and take the file's values in the fields they left alone, and the next save starts from this version.
     */
    private void readAgain(String savedForm) {
        caseFile.reload();
        CaseFile now = caseFile.getFile();
        if ("person".equals(savedForm)) {
            fillPerson(now.person());
        } else {
            mergePerson(read.person(), now.person());
        }
        if ("immigration".equals(savedForm)) {
            fillImmigration(now.immigration());
        } else {
            mergeImmigration(read.immigration(), now.immigration());
        }
        read = now;
        version = now.person().version();
    }

    private void mergePerson(CaseFile.Person was, CaseFile.Person is) {
        familyName = VersionedSave.mine(familyName, was.familyName(), is.familyName());
        givenNames = VersionedSave.mine(givenNames, was.givenNames(), is.givenNames());
        dateOfBirth = VersionedSave.mine(dateOfBirth, was.dateOfBirth(), is.dateOfBirth());
        aNumber = VersionedSave.mine(aNumber, was.aNumber(), is.aNumber());
        genderIdentity = VersionedSave.mine(genderIdentity, was.genderIdentity(), is.genderIdentity());
        address = VersionedSave.mine(address, was.address(), is.address());
        phone = VersionedSave.mine(phone, was.phone(), is.phone());
        countryOfOrigin = VersionedSave.mine(countryOfOrigin, was.countryOfOrigin(), is.countryOfOrigin());
        preferredLanguage = VersionedSave.mine(preferredLanguage, was.preferredLanguage(), is.preferredLanguage());
        otherLanguages = VersionedSave.mine(otherLanguages, was.otherLanguages(), is.otherLanguages());
        employment = VersionedSave.mine(employment, was.employment(), is.employment());
        communityTies = VersionedSave.mine(communityTies, was.communityTies(), is.communityTies());
        consentToPublicize = VersionedSave.mine(consentToPublicize, was.consentToPublicize(), is.consentToPublicize());
    }

    private void mergeImmigration(CaseFile.Immigration wasI, CaseFile.Immigration isI) {
        immigrationStatus = VersionedSave.mine(immigrationStatus, wasI.immigrationStatus(), isI.immigrationStatus());
        education = VersionedSave.mine(education, wasI.education(), isI.education());
        continuousResidenceSince = VersionedSave.mine(continuousResidenceSince, wasI.continuousResidenceSince(), isI.continuousResidenceSince());
        gangMember = VersionedSave.mine(gangMember, wasI.gangMember(), isI.gangMember());
        apprehendedAtBorder = VersionedSave.mine(apprehendedAtBorder, wasI.apprehendedAtBorder(), isI.apprehendedAtBorder());
        visaAbuse = VersionedSave.mine(visaAbuse, wasI.visaAbuse(), isI.visaAbuse());
        inRemovalProceedings = VersionedSave.mine(inRemovalProceedings, wasI.inRemovalProceedings(), isI.inRemovalProceedings());
        nationalSecurityConcern = VersionedSave.mine(nationalSecurityConcern, wasI.nationalSecurityConcern(), isI.nationalSecurityConcern());
        reasonForMigration = VersionedSave.mine(reasonForMigration, wasI.reasonForMigration(), isI.reasonForMigration());
        victimOfCrime = VersionedSave.mine(victimOfCrime, wasI.victimOfCrime(), isI.victimOfCrime());
        victimOfAbuse = VersionedSave.mine(victimOfAbuse, wasI.victimOfAbuse(), isI.victimOfAbuse());
        victimOfFraud = VersionedSave.mine(victimOfFraud, wasI.victimOfFraud(), isI.victimOfFraud());
    }

    /** Adds or removes a list item; the lists then show the file anew, the forms keep what the user typed. */
    private boolean apply(String formId, Runnable work) {
        try {
            work.run();
            readAgain(null);
            Messages.info("caseFile.saved");
            return true;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors(formId, invalid);
            return false;
        }
    }

    private long id() {
        return caseFile.getId();
    }

    public List<FieldChange> getConflict() { return conflict; }
    public ImmigrationStatus[] getStatuses() { return ImmigrationStatus.values(); }
    public Education[] getEducations() { return Education.values(); }
    public FamilyRelation[] getRelations() { return FamilyRelation.values(); }
    public Citizenship[] getCitizenships() { return Citizenship.values(); }
    public LocalDate getToday() { return LocalDate.now(); }

    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
    public String getANumber() { return aNumber; }
    public void setANumber(String v) { aNumber = v; }
    public String getGenderIdentity() { return genderIdentity; }
    public void setGenderIdentity(String v) { genderIdentity = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getCountryOfOrigin() { return countryOfOrigin; }
    public void setCountryOfOrigin(String v) { countryOfOrigin = v; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String v) { preferredLanguage = v; }
    public String getOtherLanguages() { return otherLanguages; }
    public void setOtherLanguages(String v) { otherLanguages = v; }
    public String getEmployment() { return employment; }
    public void setEmployment(String v) { employment = v; }
    public String getCommunityTies() { return communityTies; }
    public void setCommunityTies(String v) { communityTies = v; }
    public Boolean getConsentToPublicize() { return consentToPublicize; }
    public void setConsentToPublicize(Boolean v) { consentToPublicize = v; }
    public ImmigrationStatus getImmigrationStatus() { return immigrationStatus; }
    public void setImmigrationStatus(ImmigrationStatus v) { immigrationStatus = v; }
    public Education getEducation() { return education; }
    public void setEducation(Education v) { education = v; }
    public LocalDate getContinuousResidenceSince() { return continuousResidenceSince; }
    public void setContinuousResidenceSince(LocalDate v) { continuousResidenceSince = v; }
    public Boolean getApprehendedAtBorder() { return apprehendedAtBorder; }
    public void setApprehendedAtBorder(Boolean v) { apprehendedAtBorder = v; }
    public Boolean getVisaAbuse() { return visaAbuse; }
    public void setVisaAbuse(Boolean v) { visaAbuse = v; }
    public Boolean getInRemovalProceedings() { return inRemovalProceedings; }
    public void setInRemovalProceedings(Boolean v) { inRemovalProceedings = v; }
    public Boolean getGangMember() { return gangMember; }
    public void setGangMember(Boolean v) { gangMember = v; }
    public Boolean getNationalSecurityConcern() { return nationalSecurityConcern; }
    public void setNationalSecurityConcern(Boolean v) { nationalSecurityConcern = v; }
    public String getReasonForMigration() { return reasonForMigration; }
    public void setReasonForMigration(String v) { reasonForMigration = v; }
    public Boolean getVictimOfCrime() { return victimOfCrime; }
    public void setVictimOfCrime(Boolean v) { victimOfCrime = v; }
    public Boolean getVictimOfAbuse() { return victimOfAbuse; }
    public void setVictimOfAbuse(Boolean v) { victimOfAbuse = v; }
    public Boolean getVictimOfFraud() { return victimOfFraud; }
    public void setVictimOfFraud(Boolean v) { victimOfFraud = v; }
    public String getAliasFamilyName() { return aliasFamilyName; }
    public void setAliasFamilyName(String v) { aliasFamilyName = v; }
    public String getAliasGivenNames() { return aliasGivenNames; }
    public void setAliasGivenNames(String v) { aliasGivenNames = v; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String v) { memberName = v; }
    public FamilyRelation getMemberRelation() { return memberRelation; }
    public void setMemberRelation(FamilyRelation v) { memberRelation = v; }
    public LocalDate getMemberBorn() { return memberBorn; }
    public void setMemberBorn(LocalDate v) { memberBorn = v; }
    public Citizenship getMemberCitizenship() { return memberCitizenship; }
    public void setMemberCitizenship(Citizenship v) { memberCitizenship = v; }
    public boolean isMemberDependent() { return memberDependent; }
    public void setMemberDependent(boolean v) { memberDependent = v; }
    public LocalDate getEnteredOn() { return enteredOn; }
    public void setEnteredOn(LocalDate v) { enteredOn = v; }
    public String getManner() { return manner; }
    public void setManner(String v) { manner = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public LocalDate getOrderedOn() { return orderedOn; }
    public void setOrderedOn(LocalDate v) { orderedOn = v; }
    public Boolean getFinalOrder() { return finalOrder; }
    public void setFinalOrder(Boolean v) { finalOrder = v; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate v) { filedOn = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getResult() { return result; }
    public void setResult(String v) { result = v; }
    public LocalDate getRemovedOn() { return removedOn; }
    public void setRemovedOn(LocalDate v) { removedOn = v; }
    public String getRemovalPlace() { return removalPlace; }
    public void setRemovalPlace(String v) { removalPlace = v; }
}
