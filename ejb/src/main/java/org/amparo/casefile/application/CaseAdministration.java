package org.amparo.casefile.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.process.CaseProcess;
import org.amparo.security.application.UserAccounts;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;

/**
 * Who works a case, and taking a case off every list: supervisors' and administrators' use cases, each one
 * transaction and audited.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class CaseAdministration {

    @Inject
    CaseFileEdits edits;

    @Inject
    Clock clock;

    @Inject
    InputValidation validation;

    @Inject
    DetentionCases cases;

    @Inject
    UserAccounts accounts;

    @Inject
    CaseProcess process;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Gives the case to another caseworker (an active account with the caseworker role). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void reassignCaseworker(long caseId, String caseworker) {
        DetentionCase c = edits.open(caseId);
        if (caseworker == null || !accounts.isActive(caseworker.trim(), Roles.CASEWORKER)) {
            throw validation.invalid("caseworker", "amparo.validation.unknownCaseworker");
        }
        c.assignCaseworker(caseworker.trim());
        cases.save(c);
        audit.record("case.caseworker.assigned", "DetentionCase", caseId, "caseworker=" + caseworker.trim());
    }

    /**
     * Soft-deletes a case: it leaves every list, query and inbox, its workflow ends, and its rows and history stay.
     * Only an admin may do it, and it is audited.
     */
    @RolesAllowed(Roles.ADMIN)
    public void deleteCase(long caseId, String reason) {
        DetentionCase c = edits.load(caseId);
        c.softDelete(caller(), Instant.now(clock));
        process.cancel(caseId, "deleted");
        audit.record("case.deleted", "DetentionCase", caseId, reason == null ? null : reason.strip());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
