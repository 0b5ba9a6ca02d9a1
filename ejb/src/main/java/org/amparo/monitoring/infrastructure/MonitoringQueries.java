package org.amparo.monitoring.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.CaseScope;
import org.amparo.cases.infrastructure.CaseAccessQuery;
import org.amparo.hotline.domain.ActivityReport;
import org.amparo.hotline.domain.Verification;
import org.amparo.process.CaseStep;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.SupportType;
import org.amparo.rules.detainer.Finding;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts per jurisdiction for its page and the policy map. A case belongs to its facility's jurisdiction; case figures
 * count only the cases the caller may count ({@link CaseScope}, as the dashboard does).
 */
@Dependent
public class MonitoringQueries {

    @PersistenceContext
    EntityManager em;

    public MonitoringQueries() {
    }

    /** Outside the container (tests). */
    public MonitoringQueries(EntityManager em) {
        this.em = em;
    }

    private static final String CASES = " from DetentionCase c left join c.facility fa left join fa.jurisdiction j ";

    /** Conditions on the case: scope, jurisdiction (when not null) and the period the case was opened in (when not null). */
    private record Where(String jpql, Map<String, Object> params) {
        static Where of(CaseScope scope, Long jurisdictionId, Instant from, Instant to) {
            Map<String, Object> params = new HashMap<>();
            StringBuilder w = new StringBuilder(" where j.id is not null");
            if (jurisdictionId != null) {
                w.append(" and j.id = :jurisdiction");
                params.put("jurisdiction", jurisdictionId);
            }
            if (from != null) {
                w.append(" and c.openedAt >= :from");
                params.put("from", from);
            }
            if (to != null) {
                w.append(" and c.openedAt < :to");
                params.put("to", to);
            }
            w.append(CaseAccessQuery.jpql(scope, "c", params));
            return new Where(w.append(' ').toString(), params);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /** Open cases per jurisdiction id. */
    public Map<Long, Long> openCases(CaseScope scope, Long jurisdictionId) {
        Where w = Where.of(scope, jurisdictionId, null, null);
        Map<Long, Long> counts = new HashMap<>();
        w.bind(em.createQuery("select j.id, count(c)" + CASES + w.jpql() + " and c.status = :open group by j.id", Tuple.class))
                .setParameter("open", CaseStatus.OPEN).getResultList()
                .forEach(t -> counts.put(t.get(0, Long.class), ((Number) t.get(1)).longValue()));
        return counts;
    }

    /** A jurisdiction's open cases per workflow step. */
    public Map<CaseStep, Long> openByStep(CaseScope scope, long jurisdictionId) {
        Where w = Where.of(scope, jurisdictionId, null, null);
        Map<CaseStep, Long> counts = new EnumMap<>(CaseStep.class);
        w.bind(em.createQuery("select c.workflowStep, count(c)" + CASES + w.jpql()
                        + " and c.status = :open and c.workflowStep is not null group by c.workflowStep", Tuple.class))
                .setParameter("open", CaseStatus.OPEN).getResultList()
                .forEach(t -> counts.put(t.get(0, CaseStep.class), ((Number) t.get(1)).longValue()));
        return counts;
    }

    /**
     * Cases (open or closed) per jurisdiction and finding, opened in [from, to) when those are given; {@code only} these
     * findings (all when empty).
     * <p>
     * One finding is asked for in the query (read from the index of findings, each case's by its key); several are
     * counted all and the ones asked for kept here: with a list of findings in the query, H2 read each case's findings
     * through the index of findings, every row of the listed findings again for each case (32 million index entries for
     * a county's 4,100 cases), where without it each case's findings are read by its key.
     */
    public Map<Long, Map<Finding, Long>> findings(CaseScope scope, Long jurisdictionId, Set<Finding> only, Instant from, Instant to) {
        Where w = Where.of(scope, jurisdictionId, from, to);
        Map<Long, Map<Finding, Long>> counts = new HashMap<>();
        boolean one = only.size() == 1;
        TypedQuery<Tuple> query = w.bind(em.createQuery("select j.id, f.finding, count(distinct c) from DetentionCase c join c.findings f"
                + " left join c.facility fa left join fa.jurisdiction j" + w.jpql() + (one ? " and f.finding = :finding" : "")
                + " group by j.id, f.finding", Tuple.class));
        if (one) {
            query.setParameter("finding", only.iterator().next());
        }
        query.getResultList().stream().filter(t -> only.isEmpty() || only.contains(t.get(1, Finding.class)))
                .forEach(t -> counts.computeIfAbsent(t.get(0, Long.class), k -> new EnumMap<>(Finding.class))
                        .put(t.get(1, Finding.class), ((Number) t.get(2)).longValue()));
        return counts;
    }

    /** A row of an open case the caller works, with its person's name. */
    public record OpenCaseRow(long id, String givenNames, String familyName, String facility, CaseStep step,
                              Instant holdExpiresAt) {
    }

    /** The jurisdiction's open cases in the caller's scope, soonest hold first, then the newest, at most {@code max}. */
    public List<OpenCaseRow> openCaseRows(CaseScope scope, long jurisdictionId, int max) {
        Where w = Where.of(scope, jurisdictionId, null, null);
        return w.bind(em.createQuery("select c.id, p.givenNames, p.familyName, fa.name, c.workflowStep, c.holdExpiresAt"
                        + " from DetentionCase c join c.person p left join c.facility fa left join fa.jurisdiction j" + w.jpql()
                        + " and c.status = :open order by case when c.holdExpiresAt is null then 1 else 0 end, c.holdExpiresAt, c.id desc",
                        Tuple.class))
                .setParameter("open", CaseStatus.OPEN).setMaxResults(max).getResultList().stream()
                .map(t -> new OpenCaseRow(t.get(0, Long.class), (String) t.get(1), (String) t.get(2), (String) t.get(3),
                        t.get(4, CaseStep.class), t.get(5, Instant.class)))
                .toList();
    }

    /** A case with a finding, as the evidence report counts it: its facility and when it was opened. */
    public record EvidenceCaseRow(long id, String facility, Instant openedAt) {
    }

    /**
     * The jurisdiction's cases in the caller's scope, open or closed, opened in [from, to) when those are given, that
     * have a finding, oldest first, at most {@code max}.
     */
    public List<EvidenceCaseRow> evidenceCaseRows(CaseScope scope, long jurisdictionId, Instant from, Instant to, int max) {
        Where w = Where.of(scope, jurisdictionId, from, to);
        return w.bind(em.createQuery("select c.id, fa.name, c.openedAt" + CASES + w.jpql()
                        + " and c.findings is not empty order by c.openedAt, c.id", Tuple.class))
                .setMaxResults(max).getResultList().stream()
                .map(t -> new EvidenceCaseRow(t.get(0, Long.class), (String) t.get(1), t.get(2, Instant.class)))
                .toList();
    }

    /**
     * The jurisdiction's cases in the caller's scope whose custody ended with the jail handing the person to ICE, in
     * [from, to) (the jail's local time) when those are given.
     */
    public long transfersToIce(CaseScope scope, long jurisdictionId, LocalDateTime from, LocalDateTime to) {
        Where w = Where.of(scope, jurisdictionId, null, null);
        StringBuilder ended = new StringBuilder(" and c.custodyEnd = :toIce");
        if (from != null) {
            ended.append(" and c.custodyEndedAt >= :endedFrom");
        }
        if (to != null) {
            ended.append(" and c.custodyEndedAt < :endedTo");
        }
        TypedQuery<Long> query = w.bind(em.createQuery("select count(c)" + CASES + w.jpql() + ended, Long.class))
                .setParameter("toIce", org.amparo.cases.domain.CustodyEnd.TRANSFERRED_TO_ICE);
        if (from != null) {
            query.setParameter("endedFrom", from);
        }
        if (to != null) {
            query.setParameter("endedTo", to);
        }
        return query.getSingleResult();
    }

    /** ICE documents of a form issued in one month to cases of the jurisdiction. */
    public record FormMonthCount(int year, int month, String formCode, long count) {
    }

    /**
     * ICE documents issued to the jurisdiction's cases in the caller's scope, per month and form, issued in [from, to)
     * (the jail's local time) when those are given; a document with no issue day recorded has no month and is left out.
     */
    public List<FormMonthCount> detainersByMonth(CaseScope scope, long jurisdictionId, LocalDateTime from, LocalDateTime to) {
        Where w = Where.of(scope, jurisdictionId, null, null);
        StringBuilder period = new StringBuilder(" and d.issuedAt is not null");
        if (from != null) {
            period.append(" and d.issuedAt >= :issuedFrom");
        }
        if (to != null) {
            period.append(" and d.issuedAt < :issuedTo");
        }
        TypedQuery<Tuple> query = w.bind(em.createQuery("""
                select year(d.issuedAt), month(d.issuedAt), d.form.code, count(d)
                from Detainer d join d.detentionCase c left join c.facility fa left join fa.jurisdiction j
                """ + w.jpql() + period + """
                 group by year(d.issuedAt), month(d.issuedAt), d.form.code
                order by 1, 2, 3""", Tuple.class));
        if (from != null) {
            query.setParameter("issuedFrom", from);
        }
        if (to != null) {
            query.setParameter("issuedTo", to);
        }
        return query.getResultList().stream()
                .map(t -> new FormMonthCount(((Number) t.get(0)).intValue(), ((Number) t.get(1)).intValue(), (String) t.get(2),
                        ((Number) t.get(3)).longValue()))
                .toList();
    }

    /** The findings of these cases, by case id (asked a thousand ids at a time). */
    public Map<Long, Set<Finding>> findingsOf(List<Long> caseIds) {
        Map<Long, Set<Finding>> found = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += 1000) {
            em.createQuery("select c.id, f.finding from DetentionCase c join c.findings f where c.id in :ids", Tuple.class)
                    .setParameter("ids", caseIds.subList(from, Math.min(caseIds.size(), from + 1000))).getResultList()
                    .forEach(t -> found.computeIfAbsent(t.get(0, Long.class), k -> EnumSet.noneOf(Finding.class))
                            .add(t.get(1, Finding.class)));
        }
        return found;
    }

    /** Reports of events in [from, to) per jurisdiction, false reports left out: {reports, current alerts at now}. */
    public Map<Long, long[]> reports(Instant from, Instant to, Instant now) {
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("""
                        select r.jurisdiction.id, count(r),
                               sum(case when r.alertExpiresAt > :now then 1 else 0 end)
                        from ActivityReport r
                        where r.occurredAt >= :from and r.occurredAt < :to and r.verification <> :falseReport
                        group by r.jurisdiction.id""", Tuple.class)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now)
                .setParameter("falseReport", Verification.FALSE_REPORT).getResultList()
                .forEach(t -> counts.put(t.get(0, Long.class), new long[]{((Number) t.get(1)).longValue(),
                        t.get(2) == null ? 0 : ((Number) t.get(2)).longValue()}));
        return counts;
    }

    /** A jurisdiction's reports of events since {@code from}, newest first, at most {@code max}. */
    public List<ActivityReport> reportsIn(long jurisdictionId, Instant from, int max) {
        return em.createQuery("""
                        select r from ActivityReport r where r.jurisdiction.id = :id and r.occurredAt >= :from
                        order by r.occurredAt desc, r.id desc""", ActivityReport.class)
                .setParameter("id", jurisdictionId).setParameter("from", from).setMaxResults(max).getResultList();
    }

    /** How many reports of events since {@code from} the jurisdiction has (all verification states). */
    public long reportCount(long jurisdictionId, Instant from) {
        return em.createQuery("select count(r) from ActivityReport r where r.jurisdiction.id = :id and r.occurredAt >= :from", Long.class)
                .setParameter("id", jurisdictionId).setParameter("from", from).getSingleResult();
    }

    /** How many reports of events in [from, to) the jurisdiction has, false reports left out. */
    public long reportCount(long jurisdictionId, Instant from, Instant to) {
        return em.createQuery("""
                        select count(r) from ActivityReport r
                        where r.jurisdiction.id = :id and r.occurredAt >= :from and r.occurredAt < :to
                          and r.verification <> :falseReport""", Long.class)
                .setParameter("id", jurisdictionId).setParameter("from", from).setParameter("to", to)
                .setParameter("falseReport", Verification.FALSE_REPORT).getSingleResult();
    }

    /** The jurisdiction's facilities by name. */
    public List<Facility> facilitiesOf(long jurisdictionId) {
        return em.createQuery("select f from Facility f where f.jurisdiction.id = :id order by f.name", Facility.class)
                .setParameter("id", jurisdictionId).getResultList();
    }

    /** The models of the current (signed, not ended) 287(g) agreements, per jurisdiction id. */
    public Map<Long, Set<SupportType>> current287gModels() {
        Map<Long, Set<SupportType>> models = new HashMap<>();
        em.createQuery("""
                        select distinct a.jurisdiction.id, a.supportType from Agreement287g a
                        where a.endedOn is null and a.pending = false""", Tuple.class).getResultList()
                .forEach(t -> models.computeIfAbsent(t.get(0, Long.class), k -> EnumSet.noneOf(SupportType.class))
                        .add(t.get(1, SupportType.class)));
        return models;
    }

    /** The jurisdictions with a facility recorded as having a 287(g) agreement that has not ended. */
    public Set<Long> withFacility287g() {
        return new java.util.HashSet<>(em.createQuery("""
                select distinct f.jurisdiction.id from Facility f
                where f.jurisdiction is not null and f.has287g = true and f.ended287g is null""", Long.class).getResultList());
    }
}
