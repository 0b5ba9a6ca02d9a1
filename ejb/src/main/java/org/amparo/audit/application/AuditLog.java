package org.amparo.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.domain.AuditEvent;

import java.time.Instant;

/**
 * Writes audit events in the caller's transaction: an action and its audit record commit together or not at all
 * (refusals excepted, see {@link #recordRefusal}).
 * Callers are application services, which have already checked the caller's roles.
 */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public void record(String action, String subjectType, Object subjectId, String detail) {
        String actor = session.getCallerPrincipal() == null ? "system" : session.getCallerPrincipal().getName();
        em.persist(new AuditEvent(Instant.now(), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail));
    }

    /**
     * Writes an audit event in a transaction of its own, committed at once: for a refusal, whose own transaction the
     * refusal rolls back (a record written there would vanish with it).
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String action, String subjectType, Object subjectId, String detail) {
        record(action, subjectType, subjectId, detail);
    }
}
