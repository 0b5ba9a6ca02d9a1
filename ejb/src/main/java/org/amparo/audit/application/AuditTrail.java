package org.amparo.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.security.domain.Roles;

import java.util.Collection;
import java.util.List;

/** Reads the audit trail back: for administrators only. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** The newest events about these records of one type, newest first, at most {@code max}. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> about(String subjectType, Collection<String> subjectIds, int max) {
        return em.createQuery("""
                        select new org.amparo.audit.application.AuditEntry(e.occurredAt, e.actor, e.action, e.subjectType, e.subjectId, e.detail)
                        from AuditEvent e where e.subjectType = :type and e.subjectId in :ids order by e.occurredAt desc, e.id desc""",
                AuditEntry.class).setParameter("type", subjectType).setParameter("ids", subjectIds)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }
}
