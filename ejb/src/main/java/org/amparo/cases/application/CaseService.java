package org.amparo.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.workflow.CaseWorkflow;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Use cases that change cases. Each method is one transaction: the case and its workflow step commit together. */
@Stateless
public class CaseService {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    CaseWorkflow workflow;

    @Inject
    AuditLog audit;

    @Inject
    CaseScreening screening;

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
        Person person = new Person(command.familyName(), command.givenNames(), command.dateOfBirth(),
                ANumber.parseOptional(command.aNumber()));
        em.persist(person);
        String caller = session.getCallerPrincipal().getName();
        DetentionCase detentionCase = new DetentionCase(person, facility, caller, Instant.now(clock));
        detentionCase.recordCustody(command.bookingNumber(), null, null);
        em.persist(detentionCase);
        em.flush();
        Map<String, Object> variables = new HashMap<>(ProcessFacts.Variables.initial());
        variables.putAll(ProcessFacts.of(detentionCase).toVariables());
        String processId = workflow.start(detentionCase.getId(), variables);
        detentionCase.attachWorkflow(processId);
        screening.rescreen(detentionCase.getId());
        audit.record("case.opened", "DetentionCase", detentionCase.getId(), "person=" + person.getId());
        return detentionCase.getId();
    }
}
