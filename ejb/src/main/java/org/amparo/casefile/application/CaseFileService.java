package org.amparo.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.application.CaseFileForms.AliasForm;
import org.amparo.casefile.application.CaseFileForms.ApplicationForm;
import org.amparo.casefile.application.CaseFileForms.ChargeForm;
import org.amparo.casefile.application.CaseFileForms.CourtDateForm;
import org.amparo.casefile.application.CaseFileForms.CustodyForm;
import org.amparo.casefile.application.CaseFileForms.EntryForm;
import org.amparo.casefile.application.CaseFileForms.FamilyMemberForm;
import org.amparo.casefile.application.CaseFileForms.IceRequestForm;
import org.amparo.casefile.application.CaseFileForms.ImmigrationForm;
import org.amparo.casefile.application.CaseFileForms.NoteForm;
import org.amparo.casefile.application.CaseFileForms.PersonForm;
import org.amparo.casefile.application.CaseFileForms.PriorRemovalForm;
import org.amparo.casefile.application.CaseFileForms.RemovalOrderForm;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.casefile.infrastructure.DocumentStore;
import org.amparo.casefile.infrastructure.DocumentTypes;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.people.domain.Arrests;
import org.amparo.people.domain.People;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.security.application.UserAccounts;
import org.amparo.shared.domain.DomainRules;
import jakarta.interceptor.Interceptors;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Biography;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.EditConflictException;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.process.CaseProcess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Use cases that change a case file, one per method, each one transaction. Every change to the facts the screening
 * reads re-screens the case and tells the workflow, in the same transaction; forms that edit a versioned record are
 * refused with an {@link EditConflictException} when somebody else saved first. Every change is audited (Envers
 * keeps field-level history; the audit log says who did what).
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class CaseFileService {

    /** Uploads above this size are refused (scans of forms and court papers are far smaller). */
    public static final int MAX_DOCUMENT_MB = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    DetentionCases cases;

    @Inject
    People people;

    @Inject
    Arrests arrests;

    @Inject
    Facilities facilities;

    @Inject
    IceDocumentForms forms;

    @Inject
    UserAccounts accounts;

    @Inject
    CaseProcess process;

    @Inject
    AuditLog audit;

    @Inject
    AuditedChanges changes;

    @Inject
    DocumentStore store;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Corrects the person's name, birth, A-number and biography. */
    public void updatePerson(long caseId, PersonForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        Person p = c.getPerson();
        requireVersion(Person.class, p.getId(), p.getVersion(), form.version(), "Person");
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
        validation.check(form);
        DetentionCase c = openCase(caseId);
        Person p = c.getPerson();
        requireVersion(Person.class, p.getId(), p.getVersion(), form.version(), "Person");
        p.recordImmigrationFacts(form.immigrationStatus(), form.education(), form.continuousResidenceSince(),
                form.gangMember(), form.nationalSecurityConcern());
        p.recordMigrationBackground(form.reasonForMigration(), form.victimOfCrime(), form.victimOfAbuse(), form.victimOfFraud());
        people.save(p);
        audit.record("person.immigration.updated", "Person", p.getId(), "case=" + caseId);
    }

    public long addAlias(long caseId, AliasForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        var alias = c.getPerson().addAlias(form.familyName(), form.givenNames());
        people.save(c.getPerson());
        audit.record("person.alias.added", "Person", c.getPerson().getId(), "case=" + caseId);
        return alias.getId();
    }

    public void removeAlias(long caseId, long aliasId) {
        DetentionCase c = openCase(caseId);
        c.getPerson().removeAlias(aliasId);
        people.save(c.getPerson());
        audit.record("person.alias.removed", "Person", c.getPerson().getId(), "case=" + caseId + " alias=" + aliasId);
    }

    public long addFamilyMember(long caseId, FamilyMemberForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        var member = c.getPerson().addFamilyMember(form.fullName(), form.relation(), form.dateOfBirth(),
                form.citizenship(), form.dependent());
        people.save(c.getPerson());
        audit.record("person.family.added", "Person", c.getPerson().getId(), "case=" + caseId);
        return member.getId();
    }

    public void removeFamilyMember(long caseId, long memberId) {
        DetentionCase c = openCase(caseId);
        c.getPerson().removeFamilyMember(memberId);
        people.save(c.getPerson());
        audit.record("person.family.removed", "Person", c.getPerson().getId(), "case=" + caseId + " member=" + memberId);
    }

    public void addEntry(long caseId, EntryForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        c.getPerson().recordEntry(form.enteredOn(), form.manner(), form.place());
        people.save(c.getPerson());
        audit.record("person.entry.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    public void addRemovalOrder(long caseId, RemovalOrderForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        c.getPerson().recordRemovalOrder(form.orderedOn(), form.finalOrder());
        people.save(c.getPerson());
        audit.record("person.removalOrder.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    public void addApplication(long caseId, ApplicationForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        c.getPerson().recordApplication(form.filedOn(), form.kind(), form.result());
        people.save(c.getPerson());
        audit.record("person.application.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    public void addPriorRemoval(long caseId, PriorRemovalForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        c.getPerson().recordPriorRemoval(form.removedOn(), form.place());
        people.save(c.getPerson());
        audit.record("person.priorRemoval.added", "Person", c.getPerson().getId(), "case=" + caseId);
    }

    /** Removes one item of an immigration list (entries, removal orders, applications, prior removals) by position. */
    public void removeImmigrationItem(long caseId, ImmigrationList list, int index) {
        DetentionCase c = openCase(caseId);
        Person p = c.getPerson();
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

    /**
     * Records a charge and its disposition (a conviction, a pending charge, a dismissal...): one dialog, one call.
     * Dates must follow birth and arrest, and a conviction needs its date.
     *
     * @return the charge's id
     */
    public long recordCharge(long caseId, ChargeForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        Person p = c.getPerson();
        Arrest arrest;
        if (form.arrestId() != null) {
            arrest = arrests.ofPerson(p.getId(), form.arrestId())
                    .orElseThrow(() -> validation.invalid("arrestId", "amparo.validation.unknownArrest"));
        } else {
            arrest = new Arrest(p, form.arrestedOn(), blankToNull(form.agency()));
            arrest.recordPlaceHeld(form.placeHeld());
        }
        Charge charge = arrest.charge(blankToNull(form.description()), form.level(), form.category());
        charge.recordIncident(form.incident());
        if (form.disposition() == Disposition.CONVICTED) {
            charge.convict(form.dispositionDate(), form.sentenceDays() == null ? 0 : form.sentenceDays(),
                    form.sentenceSuspended(), form.juvenile());
        } else if (form.disposition() != Disposition.PENDING) {
            charge.close(form.disposition(), form.dispositionDate());
        }
        arrests.save(arrest);
        audit.record("person.charge.recorded", "Person", p.getId(), "case=" + caseId + " charge=" + charge.getId());
        return charge.getId();
    }

    public void removeCharge(long caseId, long chargeId) {
        DetentionCase c = openCase(caseId);
        Charge charge = arrests.chargeOfPerson(c.getPerson().getId(), chargeId)
                .orElseThrow(() -> new NotFoundException("Charge", chargeId));
        Arrest arrest = charge.getArrest();
        arrest.removeCharge(chargeId);
        if (arrest.getCharges().isEmpty() && arrest.getCourtDates().isEmpty()) {
            arrests.remove(arrest);
        } else {
            arrests.save(arrest);
        }
        audit.record("person.charge.removed", "Person", c.getPerson().getId(), "case=" + caseId + " charge=" + chargeId);
    }

    /** The aggravated-felony finding is a legal judgement: only an attorney records it. */
    @RolesAllowed(Roles.ATTORNEY)
    public void recordAggravatedFelony(long caseId, long chargeId, boolean aggravated) {
        DetentionCase c = openCase(caseId);
        Charge charge = arrests.chargeOfPerson(c.getPerson().getId(), chargeId)
                .orElseThrow(() -> new NotFoundException("Charge", chargeId));
        charge.setAggravatedFelony(aggravated);
        arrests.save(charge.getArrest());
        audit.record("person.charge.aggravatedFelony", "Person", c.getPerson().getId(), "case=" + caseId + " charge=" + chargeId);
    }

    public long addCourtDate(long caseId, CourtDateForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        Arrest arrest = arrests.ofPerson(c.getPerson().getId(), form.arrestId())
                .orElseThrow(() -> validation.invalid("arrestId", "amparo.validation.unknownArrest"));
        var date = arrest.scheduleCourtDate(form.scheduledAt(), form.court(), form.purpose());
        arrests.save(arrest);
        audit.record("person.courtDate.added", "Person", c.getPerson().getId(), "case=" + caseId);
        return date.getId();
    }

    /** Records where and since when the person is held, bail, what ICE did, and who called the hotline. */
    public void updateCustody(long caseId, CustodyForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        requireVersion(DetentionCase.class, c.getId(), c.getVersion(), form.version(), "DetentionCase");
        Facility facility = facilities.find(form.facilityId())
                .orElseThrow(() -> validation.invalid("facilityId", "amparo.validation.unknownFacility"));
        c.holdAt(facility);
        c.recordCustody(form.bookingNumber(), form.bookedAt(), form.scheduledReleaseAt());
        c.recordCustodyDetails(form.bailStatus(), form.bailAmount(), form.iceInterviewed(), form.toldOfHold());
        c.recordCaller(form.callerName(), form.callerRelation(), form.callerContact());
        cases.save(c);
        audit.record("case.custody.updated", "DetentionCase", caseId, null);
    }

    /**
     * Records an ICE document the jail received (any form of the reference list) with what the jail did about it and
     * how ICE interfered with the criminal case: one dialog, one call.
     *
     * @return the document's id
     */
    public long recordIceRequest(long caseId, IceRequestForm form) {
        validation.check(form);
        DetentionCase c = openCase(caseId);
        IceDocumentForm kind = forms.find(form.formCode().trim())
                .orElseThrow(() -> validation.invalid("formCode", "amparo.validation.unknownForm"));
        Detainer d = c.receiveIceDocument(kind, form.issuedAt(), form.servedOnPerson());
        d.recordJailResponse(form.honored(), form.notifiedIce());
        d.recordInterference(form.interference() == null || form.interference().isEmpty()
                ? EnumSet.noneOf(org.amparo.rules.detainer.Interference.class) : EnumSet.copyOf(form.interference()));
        cases.save(c);
        audit.record("case.iceRequest.recorded", "DetentionCase", caseId, "detainer=" + d.getId() + " form=" + kind.getCode());
        return d.getId();
    }

    /** ICE lifted (withdrew) a request: it no longer holds anyone, and the hold watch stands down. */
    public void liftIceRequest(long caseId, long detainerId) {
        DetentionCase c = openCase(caseId);
        c.liftIceDocument(detainerId);
        cases.save(c);
        audit.record("case.iceRequest.lifted", "DetentionCase", caseId, "detainer=" + detainerId);
    }

    public void removeIceRequest(long caseId, long detainerId) {
        DetentionCase c = openCase(caseId);
        c.detainer(detainerId).orElseThrow(() -> new NotFoundException("Detainer", detainerId));
        c.removeIceDocument(detainerId);
        cases.save(c);
        audit.record("case.iceRequest.removed", "DetentionCase", caseId, "detainer=" + detainerId);
    }

    /** Gives the case to another caseworker (an active account with the caseworker role). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void reassignCaseworker(long caseId, String caseworker) {
        DetentionCase c = openCase(caseId);
        if (caseworker == null || !accounts.isActive(caseworker.trim(), Roles.CASEWORKER)) {
            throw validation.invalid("caseworker", "amparo.validation.unknownCaseworker");
        }
        c.assignCaseworker(caseworker.trim());
        cases.save(c);
        audit.record("case.caseworker.assigned", "DetentionCase", caseId, "caseworker=" + caseworker.trim());
    }

    /** Adds a note. Only attorneys and supervisors may mark one privileged (attorney-client). */
    public long addNote(long caseId, NoteForm form) {
        validation.check(form);
        DetentionCase c = load(caseId);
        if (form.privileged() && !session.isCallerInRole(Roles.ATTORNEY) && !session.isCallerInRole(Roles.SUPERVISOR)) {
            throw validation.invalid("privileged", "amparo.validation.privileged");
        }
        CaseNote note = new CaseNote(c, caller(), Instant.now(clock), form.text(), form.privileged());
        em.persist(note);
        em.flush();
        audit.record("case.note.added", "DetentionCase", caseId, "note=" + note.getId() + (form.privileged() ? " privileged" : ""));
        return note.getId();
    }

    /**
     * Stores an uploaded document outside the web root. Its type is told by its content (PDF, PNG, JPEG, TIFF); empty
     * files and files over {@value #MAX_DOCUMENT_MB} MB are refused. If the transaction rolls back, the bytes go too.
     */
    public long uploadDocument(long caseId, String fileName, String description, byte[] content) {
        DetentionCase c = load(caseId);
        String name = fileName == null ? "" : java.nio.file.Paths.get(fileName.replace('\\', '/')).getFileName() == null
                ? "" : java.nio.file.Paths.get(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw validation.invalid("file", "amparo.validation.fileName");
        }
        if (content == null || content.length == 0) {
            throw validation.invalid("file", "amparo.validation.documentEmpty");
        }
        if (content.length > MAX_DOCUMENT_MB * 1024 * 1024) {
            throw validation.invalid("file", "amparo.validation.documentSize", MAX_DOCUMENT_MB);
        }
        if (description != null && description.length() > 200) {
            throw validation.invalid("description", "amparo.validation.size");
        }
        String type = DocumentTypes.detect(content)
                .orElseThrow(() -> validation.invalid("file", "amparo.validation.documentType"));
        String key = store.put(content);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
        CaseDocument doc = new CaseDocument(c, name, type, content.length, org.amparo.shared.domain.Digests.sha256(content), key, description,
                caller(), Instant.now(clock));
        em.persist(doc);
        em.flush();
        audit.record("case.document.uploaded", "DetentionCase", caseId, "document=" + doc.getId() + " type=" + type);
        return doc.getId();
    }

    /** Takes a document off the case (the bytes stay until the case is purged, for the audit). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void removeDocument(long caseId, long documentId) {
        CaseDocument doc = em.find(CaseDocument.class, documentId);
        if (doc == null || doc.getDetentionCase().getId() != caseId) {
            throw new NotFoundException("Document", documentId);
        }
        em.remove(doc);
        audit.record("case.document.removed", "DetentionCase", caseId, "document=" + documentId);
    }

    /**
     * Soft-deletes a case: it leaves every list, query and inbox, its workflow ends, and its rows and history stay.
     * Only an admin may do it, and it is audited.
     */
    @RolesAllowed(Roles.ADMIN)
    public void deleteCase(long caseId, String reason) {
        DetentionCase c = load(caseId);
        c.softDelete(caller(), Instant.now(clock));
        process.cancel(caseId, "deleted");
        audit.record("case.deleted", "DetentionCase", caseId, reason == null ? null : reason.strip());
    }

    private void requireVersion(Class<?> type, Object id, int current, int expected, String record) {
        if (current != expected) {
            throw new EditConflictException(record, current, changes.since(type, id, expected));
        }
    }

    /** A case being changed: locked against a concurrent save of the same case, and not closed. */
    private DetentionCase openCase(long caseId) {
        DetentionCase c = load(caseId);
        c.requireOpen();
        return c;
    }

    private DetentionCase load(long caseId) {
        return cases.require(caseId);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
