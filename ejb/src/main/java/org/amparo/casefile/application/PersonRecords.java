package org.amparo.casefile.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Objects;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.application.CaseFileForms.AliasForm;
import org.amparo.casefile.application.CaseFileForms.ApplicationForm;
import org.amparo.casefile.application.CaseFileForms.EntryForm;
import org.amparo.casefile.application.CaseFileForms.FamilyMemberForm;
import org.amparo.casefile.application.CaseFileForms.ImmigrationForm;
import org.amparo.casefile.application.CaseFileForms.PersonForm;
import org.amparo.casefile.application.CaseFileForms.PriorRemovalForm;
import org.amparo.casefile.application.CaseFileForms.RemovalOrderForm;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Arrests;
import org.amparo.people.domain.Biography;
import org.amparo.people.domain.People;
import org.amparo.people.domain.Person;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;

/**
 * The person's records in a case file: name, birth and biography, immigration facts and history, aliases and
 * family. Each method is one use case and one transaction; the person's own methods check the rules, and saving the
 * person lets every open case of theirs be screened again and its process told.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class PersonRecords {

    @Inject
    CaseFileEdits edits;

    @Inject
    InputValidation validation;

    @Inject
    People people;

    @Inject
    Arrests arrests;

    @Inject
    AuditLog audit;

    /** Corrects the person's name, birth, A-number and biography. */
    public void updatePerson(long caseId, PersonForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        Person p = c.getPerson();
        edits.requireVersion(Person.class, p.getId(), p.getVersion(), form.version(), "Person");
        if (form.dateOfBirth() != null && arrests.anyBefore(p, form.dateOfBirth())) {
            throw validation.invalid("dateOfBirth", "amparo.validation.laterBirth");
        }
        p.correctDateOfBirth(form.dateOfBirth());
        p.rename(form.familyName(), form.givenNames());
        p.setANumber(ANumber.parseOptional(form.aNumber()));
        p.describe(new Biography(form.genderIdentity(), form.address(), form.phone(), form.countryOfOrigin(),
                form.preferredLanguage(), form.otherLanguages(), form.employment(), form.communityTies()));
        p.recordConsentToPublicize(form.consentToPublicize());
        people.save(p);
        audit.record("person.updated", "Person", p.getId(), "case=" + caseId);
    }

    /** Records the person's status and background facts from the Immigration tab. */
    public void updateImmigration(long caseId, ImmigrationForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        Person p = c.getPerson();
        edits.requireVersion(Person.class, p.getId(), p.getVersion(), form.version(), "Person");
        p.recordImmigrationFacts(form.immigrationStatus(), form.education(), form.continuousResidenceSince(),
                form.gangMember(), form.nationalSecurityConcern());
        p.recordMigrationBackground(form.reasonForMigration(), form.victimOfCrime(), form.victimOfAbuse(), form.victimOfFraud());
        p.recordEnforcementFacts(form.apprehendedAtBorder(), form.visaAbuse(), form.inRemovalProceedings());
        people.save(p);
        audit.record("person.immigration.updated", "Person", p.getId(), "case=" + caseId);
    }

    public long addAlias(long caseId, AliasForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        var alias = c.getPerson().addAlias(form.familyName(), form.givenNames());
        people.save(c.getPerson());
        audit.record("person.alias.added", "Person", c.getPerson().getId(), "case=" + caseId);
        return alias.getId();
    }

    public void removeAlias(long caseId, long aliasId) {
        DetentionCase c = edits.open(caseId);
        c.getPerson().removeAlias(aliasId);
        people.save(c.getPerson());
        audit.record("person.alias.removed", "Person", c.getPerson().getId(), "case=" + caseId + " alias=" + aliasId);
    }

    public long addFamilyMember(long caseId, FamilyMemberForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        var member = c.getPerson().addFamilyMember(form.fullName(), form.relation(), form.dateOfBirth(),
                form.citizenship(), form.dependent());
        people.save(c.getPerson());
        audit.record("person.family.added", "Person", c.getPerson().getId(), "case=" + caseId);
        return member.getId();
    }

    public void removeFamilyMember(long caseId, long memberId) {
        DetentionCase c = edits.open(caseId);
        c.getPerson().removeFamilyMember(memberId);
        people.save(c.getPerson());
        audit.record("person.family.removed", "Person", c.getPerson().getId(), "case=" + caseId + " member=" + memberId);
    }

    public void addEntry(long caseId, EntryForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        c.getPerson().recordEntry(form.enteredOn(), form.manner(), form.place());
        people.save(c.getPerson());
        audit.record("person.entry.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    public void addRemovalOrder(long caseId, RemovalOrderForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        c.getPerson().recordRemovalOrder(form.orderedOn(), form.finalOrder());
        people.save(c.getPerson());
        audit.record("person.removalOrder.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    public void addApplication(long caseId, ApplicationForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        c.getPerson().recordApplication(form.filedOn(), form.kind(), form.result());
        people.save(c.getPerson());
        audit.record("person.application.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    public void addPriorRemoval(long caseId, PriorRemovalForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        c.getPerson().recordPriorRemoval(form.removedOn(), form.place());
        people.save(c.getPerson());
        audit.record("person.priorRemoval.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    /**
     * Removes one item of an immigration list (entries, removal orders, applications, prior removals) by its position
     * in the list as the user read it, at the person's version then: after someone else changed the person (an item
     * added or removed moves the positions), the removal is refused rather than taking another row.
     *
     * @throws org.amparo.shared.domain.EditConflictException when the person is at another version
     */
    public void removeImmigrationItem(long caseId, ImmigrationList list, int index, int version) {
        DetentionCase c = edits.open(caseId);
        Person p = c.getPerson();
        edits.requireVersion(Person.class, p.getId(), p.getVersion(), version, "Person");
        switch (Objects.requireNonNull(list)) {
            case ENTRIES -> p.removeEntry(index);
            case REMOVAL_ORDERS -> p.removeRemovalOrder(index);
            case APPLICATIONS -> p.removeApplication(index);
            case PRIOR_REMOVALS -> p.removePriorRemoval(index);
        }
        people.save(p);
        audit.record("person.immigration.removed", "Person", p.getId(), "case=" + caseId + " list=" + list);
    }

    /** The lists of the Immigration tab. */
    public enum ImmigrationList { ENTRIES, REMOVAL_ORDERS, APPLICATIONS, PRIOR_REMOVALS }
}
