package org.amparo.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.security.domain.Roles;

/**
 * The one way a new case starts, whether a caseworker opened it at intake or a roster import did: the case is saved
 * with the facts known so far, which starts its process at intake and screens it (the consequences of its
 * {@code CaseOpened}), and the opening is audited. Part of its caller's transaction.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseOpening {

    @Inject
    DetentionCases cases;

    @Inject
    AuditLog audit;

    /**
     * Opens the new case and returns its id.
     *
     * @param how what opened it, for the audit log ("import=12"), or null
     */
    public long open(DetentionCase detentionCase, String how) {
        cases.save(detentionCase);
        audit.record("case.opened", "DetentionCase", detentionCase.getId(),
                "person=" + detentionCase.getPerson().getId() + (how == null ? "" : " " + how));
        return detentionCase.getId();
    }
}
