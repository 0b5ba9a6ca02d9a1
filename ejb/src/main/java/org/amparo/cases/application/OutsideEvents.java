package org.amparo.cases.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.CustodyEnd;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;

/**
 * Events from outside at any step (DOMAIN.md section 8), as a program posts them: the fact goes on the case, and its
 * consequences (screening, the process) follow from the case's own event, exactly as when the same fact is typed
 * into the case file.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class OutsideEvents {

    @Inject
    DetentionCases cases;

    @Inject
    IceDocumentForms forms;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    public void record(long caseId, OutsideEventCommand command) {
        access.require(caseId);
        validation.check(command);
        DetentionCase c = cases.require(caseId);
        try {
            c.requireOpen();
        } catch (DomainRuleViolation closed) {
            throw closed.onField("type");
        }
        LocalDateTime at = command.at() != null ? command.at()
                : LocalDateTime.now(clock.withZone(c.getFacility() == null ? ZoneOffset.UTC : c.getFacility().getTimeZone()));
        if (command.type() == OutsideEventCommand.Type.NEW_DETAINER) {
            IceDocumentForm form = forms.find(command.form())
                    .orElseThrow(() -> validation.invalid("form", "amparo.validation.unknownForm"));
            c.receiveIceDocument(form, command.issuedAt() != null ? command.issuedAt() : at, command.servedOnPerson());
        } else {
            c.endCustody(CustodyEnd.valueOf(command.type().name()), at);
        }
        cases.save(c);
        audit.record("case.event", "DetentionCase", caseId, "type=" + command.type());
    }
}
