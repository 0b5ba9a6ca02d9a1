package org.amparo.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.casefile.domain.Drafts;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.people.domain.People;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;
import org.amparo.shared.domain.SearchText;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Opening a case at intake, and the duplicate check before it. Each method is one transaction. */
@Stateless
@jakarta.interceptor.Interceptors(org.amparo.shared.domain.DomainRules.class)
public class CaseIntake {

    @Inject
    DetentionCases cases;

    @Inject
    People people;

    @Inject
    Facilities facilities;

    @Inject
    InputValidation validation;

    @Inject
    CaseOpening opening;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    @Inject
    org.amparo.audit.application.AuditLog audit;

    @Resource
    SessionContext session;

    @Inject
    CaseAccess access;

    /**
     * Opens a case for a person the hotline heard about and starts its workflow at intake.
     *
     * @return the new case's id
     * @throws InvalidInputException naming each field that is wrong; nothing is saved then
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public long openCase(OpenCaseCommand command) {
        validation.check(command);
        Facility facility = facilities.find(command.facilityId())
                .orElseThrow(() -> validation.invalid("facilityId", "amparo.validation.unknownFacility"));
        Person person;
        if (command.existingPersonId() != null) {
            person = people.find(command.existingPersonId())
                    .orElseThrow(() -> validation.invalid("existingPersonId", "amparo.validation.unknownPerson"));
            Long latest = cases.latestCaseOf(person.getId()).orElse(null);
            if (latest != null && !access.mayOpen(latest)) {
                // A new case for a person of another team's would open their file to the caller: that team opens it.
                throw validation.invalid("existingPersonId", "amparo.validation.personOnFileWithTeam",
                        access.teamNameOf(latest).orElse("-"));
            }
        } else {
            person = new Person(command.familyName(), command.givenNames(), command.dateOfBirth(),
                    ANumber.parseOptional(command.aNumber()));
            people.save(person);
        }
        String caller = session.getCallerPrincipal().getName();
        DetentionCase detentionCase = new DetentionCase(person, facility, caller, Instant.now(clock));
        detentionCase.recordCustody(command.bookingNumber(), null, null);
        detentionCase.recordCaller(command.callerName(), command.callerRelation(), command.callerContact());
        if (command.draftId() != null) {
            // The draft has become the case; one already gone (opened in another tab) is no reason to refuse.
            drafts.removeOwned(command.draftId(), caller);
        }
        return opening.open(detentionCase, null);
    }

    /**
     * People already on file who may be the person of a new intake: the same A-number, or the same date of birth and
     * a similar name (accents, case and word order aside; aliases count). Asked before a new person is created.
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<PossibleDuplicate> possibleDuplicates(OpenCaseCommand command) {
        Map<Long, PossibleDuplicate> found = new LinkedHashMap<>();
        ANumber aNumber = ANumber.isValid(command.aNumber()) ? ANumber.parse(command.aNumber()) : null;
        if (aNumber != null) {
            for (Person p : people.withANumber(aNumber, 20)) {
                found.put(p.getId(), duplicate(p, PossibleDuplicate.Reason.SAME_A_NUMBER));
            }
        }
        if (command.dateOfBirth() != null && command.familyName() != null && !command.familyName().isBlank()) {
            List<String> words = Arrays.stream(SearchText
                    .fold(Objects.toString(command.givenNames(), "") + " " + command.familyName()).split(" "))
                    .filter(w -> w.length() > 1).toList();
            for (Person p : people.bornOnNamed(command.dateOfBirth(), SearchText.fold(command.familyName()), 20)) {
                found.putIfAbsent(p.getId(), duplicate(p, PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH));
            }
            if (words.size() > 1) {
                for (Person p : people.bornOn(command.dateOfBirth(), 200)) {
                    String name = SearchText.fold(p.fullName());
                    if (words.stream().filter(name::contains).count() >= 2) {
                        found.putIfAbsent(p.getId(), duplicate(p, PossibleDuplicate.Reason.SIMILAR_NAME_SAME_BIRTH));
                    }
                }
            }
        }
        // Who was looked for is recorded as blind indexes only; who was found, by person id.
        audit.record("case.duplicateCheck", "Person", null, "aNumber=" + (aNumber == null ? "none"
                : org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.A_NUMBER, aNumber.digits()))
                + " born=" + (command.dateOfBirth() == null ? "none"
                : org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.DATE_OF_BIRTH, command.dateOfBirth().toString()))
                + " found=" + found.size() + " people=" + found.keySet().stream().limit(20).toList());
        return List.copyOf(found.values());
    }

    private PossibleDuplicate duplicate(Person p, PossibleDuplicate.Reason reason) {
        Long latest = cases.latestCaseOf(p.getId()).orElse(null);
        if (latest != null && !access.mayOpen(latest)) {
            // On file with another team: found, and said so, but not who it is.
            return PossibleDuplicate.withOtherTeam(p.getId(), reason, access.teamNameOf(latest).orElse(null));
        }
        return new PossibleDuplicate(p.getId(), latest, p.fullName(), p.getDateOfBirth(),
                p.getANumber() == null ? null : p.getANumber().formatted(), reason, false, null);
    }
}
