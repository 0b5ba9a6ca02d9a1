package org.amparo.cases.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.security.domain.Roles;
import org.amparo.workflow.CaseEvent;
import org.amparo.workflow.CaseWorkflow;

/**
 * What follows every change to the facts the screening reads, whoever made it (a case-file form, a roster import):
 * the case is re-screened and its workflow told, in the caller's transaction. A change that may move the ICE hold
 * raises {@link CaseEvent#HOLD_CHANGED}, so the hold watch re-arms.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseFactsChange {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseScreening screening;

    @Inject
    CaseWorkflow workflow;

    public void changed(DetentionCase c, boolean holdMayChange) {
        em.flush();
        screening.rescreen(c.getId());
        if (c.getStatus() == CaseStatus.OPEN && c.getProcessInstanceId() != null) {
            var facts = ProcessFacts.of(c).toVariables();
            if (holdMayChange) {
                workflow.raise(c.getId(), CaseEvent.HOLD_CHANGED, facts);
            } else {
                workflow.updateFacts(c.getId(), facts);
            }
        }
    }
}
