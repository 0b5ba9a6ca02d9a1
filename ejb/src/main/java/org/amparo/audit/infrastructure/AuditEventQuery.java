package org.amparo.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.amparo.audit.application.AuditEntry;
import org.amparo.audit.application.AuditFilter;
import org.amparo.audit.domain.AuditEvent;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The audit trail's read model: newest first, filtered by account, case and period. Read-only by construction. */
@ApplicationScoped
public class AuditEventQuery {

    /** The actions that are a read of one case's file. */
    public static final List<String> CASE_READS = List.of("case.viewed", "case.file.viewed", "case.history.viewed",
            "case.document.viewed", "case.file.exported");

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        return bind(em.createQuery("select e from AuditEvent e" + where(filter) + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class), filter).setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(AuditEventQuery::entry).toList();
    }

    /** The latest records of one action, newest first. */
    public List<AuditEntry> latest(String action, int max) {
        return em.createQuery("select e from AuditEvent e where e.action = :a order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("a", action).setMaxResults(max).getResultList().stream().map(AuditEventQuery::entry).toList();
    }

    public long count(AuditFilter filter) {
        return bind(em.createQuery("select count(e) from AuditEvent e" + where(filter), Long.class), filter).getSingleResult();
    }

    /** Every matching record, newest first, for an export: streamed, not held. */
    public Stream<AuditEntry> stream(AuditFilter filter) {
        return bind(em.createQuery("select e from AuditEvent e" + where(filter) + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class), filter).getResultStream().map(AuditEventQuery::entry);
    }

    /** Per account: how many distinct cases it read in the period. */
    public Map<String, Long> casesReadPerActor(LocalDateTime from, LocalDateTime to) {
        Map<String, Long> read = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                        select e.actor, count(distinct e.subjectId) from AuditEvent e
                        where e.subjectType = 'DetentionCase' and e.action in :reads and e.occurredAt >= :from and e.occurredAt < :to
                        group by e.actor order by count(distinct e.subjectId) desc""", Object[].class)
                .setParameter("reads", CASE_READS).setParameter("from", from.toInstant(java.time.ZoneOffset.UTC))
                .setParameter("to", to.toInstant(java.time.ZoneOffset.UTC)).getResultList()) {
            read.put((String) row[0], ((Number) row[1]).longValue());
        }
        return read;
    }

    /** Per account: the open cases it works, as caseworker or attorney. */
    public long caseload(String actor) {
        return em.createQuery("""
                        select count(c) from DetentionCase c where c.status = org.amparo.cases.domain.CaseStatus.OPEN
                        and (c.caseworker = :a or c.attorney = :a)""", Long.class)
                .setParameter("a", actor).getSingleResult();
    }

    private static String where(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            parts.add("e.actor = :actor");
        }
        if (f.caseId() != null) {
            // A case's own records, and its person's, which name the case in their detail.
            parts.add("((e.subjectType = 'DetentionCase' and e.subjectId = :caseId) or e.detail = :caseDetail or e.detail like :caseDetailMore)");
        }
        if (f.from() != null) {
            parts.add("e.occurredAt >= :from");
        }
        if (f.to() != null) {
            parts.add("e.occurredAt < :to");
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditFilter f) {
        if (f.actor() != null && !f.actor().isBlank()) {
            q.setParameter("actor", f.actor().trim());
        }
        if (f.caseId() != null) {
            q.setParameter("caseId", f.caseId().toString());
            q.setParameter("caseDetail", "case=" + f.caseId());
            q.setParameter("caseDetailMore", "case=" + f.caseId() + " %");
        }
        if (f.from() != null) {
            q.setParameter("from", f.from().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        }
        if (f.to() != null) {
            q.setParameter("to", f.to().plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        }
        return q;
    }

    private static AuditEntry entry(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubjectType(), e.getSubjectId(),
                e.getDetail());
    }
}
