package org.amparo.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;

/** Use cases that change cases. Each method is one transaction: the case and its workflow step commit together. */
@Stateless
public class CaseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    CaseOpening opening;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Opens a case for a person the hotline heard about and starts its workflow at intake.
     *
     * @return the new case's id
     * @throws InvalidInputException naming each field that is wrong; nothing is saved then
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public long openCase(OpenCaseCommand command) {
        validation.check(command);
        Facility facility = em.find(Facility.class, command.facilityId());
        if (facility == null) {
            throw InvalidInputException.of("facilityId", "No such facility");
        }
        Person person;
        if (command.existingPersonId() != null) {
            person = em.find(Person.class, command.existingPersonId());
            if (person == null) {
                throw InvalidInputException.of("existingPersonId", "No such person");
            }
        } else {
            person = new Person(command.familyName(), command.givenNames(), command.dateOfBirth(),
                    ANumber.parseOptional(command.aNumber()));
            em.persist(person);
        }
        String caller = session.getCallerPrincipal().getName();
        DetentionCase detentionCase = new DetentionCase(person, facility, caller, Instant.now(clock));
        detentionCase.recordCustody(command.bookingNumber(), null, null);
        detentionCase.recordCaller(command.callerName(), command.callerRelation(), command.callerContact());
        if (command.draftId() != null) {
            em.createQuery("delete from IntakeDraft d where d.id = :id and d.owner = :owner")
                    .setParameter("id", command.draftId()).setParameter("owner", session.getCallerPrincipal().getName())
                    .executeUpdate();
        }
        return opening.start(detentionCase, null);
    }

    /**
     * People already on file who may be the person of a new intake: the same A-number, or the same date of birth and
     * a similar name (accents, case and word order aside; aliases count). Asked before a new person is created.
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public java.util.List<PossibleDuplicate> possibleDuplicates(OpenCaseCommand command) {
        java.util.Map<Long, PossibleDuplicate> found = new java.util.LinkedHashMap<>();
        ANumber aNumber = ANumber.isValid(command.aNumber()) ? ANumber.parse(command.aNumber()) : null;
        if (aNumber != null) {
            for (Person p : em.createQuery("select p from Person p where p.aNumber = :a", Person.class)
                    .setParameter("a", aNumber).setMaxResults(20).getResultList()) {
                found.put(p.getId(), duplicate(p, PossibleDuplicate.Reason.SAME_A_NUMBER));
            }
        }
        if (command.dateOfBirth() != null && command.familyName() != null && !command.familyName().isBlank()) {
            java.util.List<String> words = java.util.Arrays.stream(org.amparo.shared.domain.SearchText
                    .fold(java.util.Objects.toString(command.givenNames(), "") + " " + command.familyName()).split(" "))
                    .filter(w -> w.length() > 1).toList();
            String family = org.amparo.shared.domain.SearchText.fold(command.familyName());
            for (Person p : em.createQuery("""
                    select distinct p from Person p left join p.aliases a where p.dateOfBirth = :born                     and (p.searchName like :family or a.searchName like :family)""", Person.class)
                    .setParameter("born", command.dateOfBirth()).setParameter("family", "%" + family + "%")
                    .setMaxResults(20).getResultList()) {
                found.putIfAbsent(p.getId(), duplicate(p, PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH));
            }
            if (words.size() > 1) {
                for (Person p : em.createQuery("select p from Person p where p.dateOfBirth = :born", Person.class)
                        .setParameter("born", command.dateOfBirth()).setMaxResults(200).getResultList()) {
                    String name = org.amparo.shared.domain.SearchText.fold(p.fullName());
                    if (words.stream().filter(name::contains).count() >= 2) {
                        found.putIfAbsent(p.getId(), duplicate(p, PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH));
                    }
                }
            }
        }
        return java.util.List.copyOf(found.values());
    }

    private PossibleDuplicate duplicate(Person p, PossibleDuplicate.Reason reason) {
        Long latest = em.createQuery("select max(c.id) from DetentionCase c where c.person = :p", Long.class)
                .setParameter("p", p).getSingleResult();
        return new PossibleDuplicate(p.getId(), latest, p.fullName(), p.getDateOfBirth(),
                p.getANumber() == null ? null : p.getANumber().formatted(), reason);
    }
}
