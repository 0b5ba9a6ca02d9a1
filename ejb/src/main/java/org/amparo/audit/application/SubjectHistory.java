package org.amparo.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.domain.AuditEvent;
import org.amparo.security.domain.Roles;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Reads back the audit events about given records (an account's sign-ins and changes): for administrators only. */
@Stateless
public class SubjectHistory {

    /** One audit event as read back: when, who, what, about which record, and the detail recorded (never personal data). */
    public record Entry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String detail)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** The newest events about these records of one type, newest first, at most {@code max} (1 to 1000). */
    @RolesAllowed(Roles.ADMIN)
    public List<Entry> about(String subjectType, Collection<String> subjectIds, int max) {
        return em.createQuery(
                        "select e from AuditEvent e where e.subjectType = :type and e.subjectId in :ids order by e.occurredAt desc, e.id desc",
                        AuditEvent.class).setParameter("type", subjectType).setParameter("ids", subjectIds)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList().stream()
                .map(e -> new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getDetail()))
                .toList();
    }
}
