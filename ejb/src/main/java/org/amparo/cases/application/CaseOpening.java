package org.amparo.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.security.domain.Roles;
import org.amparo.workflow.CaseWorkflow;

import java.util.HashMap;
import java.util.Map;

/**
 * The one way a new case starts, whether a caseworker opened it at intake or a roster import did: the case is stored
 * with the facts known so far, its workflow starts at intake with them, it is screened, and the opening is audited.
 * Part of its caller's transaction.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseOpening {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseWorkflow workflow;

    @Inject
    CaseScreening screening;

    @Inject
    AuditLog audit;

    /**
     * Starts the case (stored here if it is not yet) and returns its id.
     *
     * @param how what opened it, for the audit log ("import=12"), or null
     */
    public long start(DetentionCase detentionCase, String how) {
        if (detentionCase.getId() == null) {
            em.persist(detentionCase);
        }
        em.flush();
        Map<String, Object> variables = new HashMap<>(ProcessFacts.Variables.initial());
        variables.putAll(ProcessFacts.of(detentionCase).toVariables());
        String processId = workflow.start(detentionCase.getId(), variables);
        detentionCase.attachWorkflow(processId);
        screening.rescreen(detentionCase.getId());
        audit.record("case.opened", "DetentionCase", detentionCase.getId(),
                "person=" + detentionCase.getPerson().getId() + (how == null ? "" : " " + how));
        return detentionCase.getId();
    }
}
