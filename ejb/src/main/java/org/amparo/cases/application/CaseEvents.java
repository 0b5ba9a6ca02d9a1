package org.amparo.cases.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.CustodyEnd;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.workflow.CaseEvent;
import org.amparo.workflow.CaseWorkflow;

/**
 * Events from outside at any step (DOMAIN.md section 8): the fact goes on the case, the case is screened again, and
 * the process hears of it in the same transaction. A release or transfer ends the hold watch; a new ICE request
 * re-enters screening and the ICE-hold check.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseScreening screening;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public void record(long caseId, CaseEventCommand command) {
        validation.check(command);
        DetentionCase c = em.find(DetentionCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw InvalidInputException.of("type", "The case is closed");
        }
        LocalDateTime at = command.at() != null ? command.at()
                : LocalDateTime.now(clock.withZone(c.getFacility() == null ? ZoneOffset.UTC : c.getFacility().getTimeZone()));
        CaseEvent event;
        switch (command.type()) {
            case NEW_DETAINER -> {
                IceDocumentForm form = command.form() == null ? null : em.find(IceDocumentForm.class, command.form().trim());
                if (form == null) {
                    throw InvalidInputException.of("form", "is required and must be a known ICE form");
                }
                c.receiveIceDocument(form, command.issuedAt() != null ? command.issuedAt() : at, command.servedOnPerson());
                event = CaseEvent.NEW_DETAINER;
            }
            default -> {
                if (c.getCustodyEnd() != null) {
                    throw InvalidInputException.of("type", "Custody already ended");
                }
                try {
                    c.endCustody(CustodyEnd.valueOf(command.type().name()), at);
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("at", "cannot be before the booking");
                }
                event = CaseEvent.CUSTODY_ENDED;
            }
        }
        em.flush();
        screening.rescreen(caseId);
        var facts = ProcessFacts.of(c).toVariables();
        workflow.raise(caseId, event, facts);
        if (event == CaseEvent.NEW_DETAINER) {
            workflow.raise(caseId, CaseEvent.HOLD_CHANGED, facts);
        }
        audit.record("case.event", "DetentionCase", caseId, "type=" + command.type());
    }
}
