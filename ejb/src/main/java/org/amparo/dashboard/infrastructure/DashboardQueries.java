package org.amparo.dashboard.infrastructure;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.dashboard.application.DashboardFigures.Caseload;
import org.amparo.dashboard.application.DashboardFigures.HoldAlert;
import org.amparo.dashboard.application.DashboardFigures.HoldCounts;
import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;
import org.amparo.dashboard.application.DashboardFigures.PipelineStep;
import org.amparo.dashboard.application.DashboardFigures.StepCase;
import org.amparo.dashboard.application.DashboardFigures.UnassignedCase;
import org.amparo.dashboard.application.DashboardFilter;
import org.amparo.rules.detainer.Finding;

/**
 * The dashboard's figures as aggregate queries. JPQL where it can; the pipeline's median is native SQL
 * ({@code percentile_disc}, which H2 and PostgreSQL both have). Every query applies the same case filter.
 */
@Dependent
public class DashboardQueries {

    @PersistenceContext
    EntityManager em;

    public DashboardQueries() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public DashboardQueries(EntityManager em) {
        this.em = em;
    }

    /** Cases with their person, for the lists that name people. */
    private static final String CASES = """
             from DetentionCase c join c.person p left join c.facility fa
            """;

    /**
     * Cases alone, for the counts: no count needs the person, the facility or the jurisdiction, so none joins them (the
     * filters look facilities up by subquery). PostgreSQL drops such unused joins from the plan, but still reads each
     * open case's row for the facility id it joined on: with no join the counts of open cases are read from an index
     * alone (at a million cases, a view of every case: the pipeline 195 to 56 ms, the caseload 70 to 30, the hold counts
     * 35-67 to 10-18, with V52's indexes).
     */
    private static final String CASES_ONLY = """
             from DetentionCase c
            """;

    /**
     * The filters' conditions in JPQL and in SQL: the jurisdiction and the facility as conditions on the case's own
     * facility id (looked up by subquery, no join), the caseworker and the attorney as the case's columns.
     */
    private record Columns(String inJurisdiction, String atFacility, String caseworker, String attorney, boolean sql) {
        static final Columns JPQL = new Columns(
                "c.facility.id in (select wf.id from Facility wf where wf.jurisdiction.id = :jurisdiction)",
                "c.facility.id = :facility", "c.caseworker", "c.attorney", false);
        static final Columns SQL = new Columns(
                "c.facility_id in (select wf.id from facility wf where wf.jurisdiction_id = :jurisdiction)",
                "c.facility_id = :facility", "c.caseworker", "c.attorney", true);
    }

    /** The filters every figure shares, as conditions on the case, its facility and jurisdiction. */
    private record Where(String jpql, Map<String, Object> params) {

        static Where of(DashboardFilter filter) {
            return of(filter, Columns.JPQL);
        }

        static Where of(DashboardFilter filter, Columns col) {
            // Deleted cases are never counted. Said here, not left to the case's own restriction, which a query that
            // reaches the case only through a join (the ICE documents per month) does not apply.
            StringBuilder where = new StringBuilder(col.sql() ? " where c.deleted_at is null" : " where c.deletedAt is null");
            Map<String, Object> params = new HashMap<>();
            if (filter.jurisdictionId() != null) {
                where.append(" and ").append(col.inJurisdiction());
                params.put("jurisdiction", filter.jurisdictionId());
            }
            if (filter.facilityId() != null) {
                where.append(" and ").append(col.atFacility());
                params.put("facility", filter.facilityId());
            }
            if (filter.caseworker() != null && filter.attorney() != null) {
                where.append(" and (").append(col.caseworker()).append(" = :caseworker or ").append(col.attorney()).append(" = :attorney)");
                params.put("caseworker", filter.caseworker());
                params.put("attorney", filter.attorney());
            } else if (filter.caseworker() != null) {
                where.append(" and ").append(col.caseworker()).append(" = :caseworker");
                params.put("caseworker", filter.caseworker());
            } else if (filter.attorney() != null) {
                where.append(" and ").append(col.attorney()).append(" = :attorney");
                params.put("attorney", filter.attorney());
            }
            if (filter.scope() != null) {
                // Per-case access: the same rule as the case list's (CaseScope), here as JPQL or SQL.
                where.append(col.sql() ? org.amparo.cases.infrastructure.CaseAccessQuery.sql(filter.scope(), "c", params)
                        : org.amparo.cases.infrastructure.CaseAccessQuery.jpql(filter.scope(), "c", params));
            }
            return new Where(where.append(" ").toString(), params);
        }

        <T extends Query> T bind(T query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    private static final String HELD = " and c.status = :open and c.custodyEnd is null and c.holdExpiresAt is not null";

    public HoldCounts holdCounts(DashboardFilter filter, Instant now) {
        Where w = Where.of(filter);
        Tuple t = w.bind(em.createQuery("""
                        select sum(case when c.holdExpiresAt >= :now and c.holdExpiresAt < :in24 then 1 else 0 end),
                               sum(case when c.holdExpiresAt >= :now and c.holdExpiresAt < :in48 then 1 else 0 end),
                               sum(case when c.holdExpiresAt < :now then 1 else 0 end)
                        """ + CASES_ONLY + w.jpql() + HELD, Tuple.class))
                .setParameter("now", now).setParameter("in24", now.plus(org.amparo.cases.domain.HoldWindows.URGENT))
                .setParameter("in48", now.plus(org.amparo.cases.domain.HoldWindows.SOON)).setParameter("open", CaseStatus.OPEN)
                .getSingleResult();
        return new HoldCounts(number(t.get(0)), number(t.get(1)), number(t.get(2)));
    }

    /** Holds expiring before {@code until} (and those already past) whose person is still held, soonest first. */
    public List<HoldAlert> holds(DashboardFilter filter, Instant until, int max) {
        Where w = Where.of(filter);
        List<Long> ids = w.bind(em.createQuery("select c.id" + CASES_ONLY + w.jpql() + HELD
                        + " and c.holdExpiresAt < :until order by c.holdExpiresAt, c.id", Long.class))
                .setParameter("open", CaseStatus.OPEN).setParameter("until", until).setMaxResults(max).getResultList();
        return inOrder(ids, "c.id, p.givenNames, p.familyName, fa.name, fa.timeZone, c.caseworker, c.attorney, c.holdExpiresAt",
                t -> new HoldAlert(t.get(0, Long.class), name(t.get(1), t.get(2)), (String) t.get(3), (String) t.get(4),
                        (String) t.get(5), (String) t.get(6), t.get(7, Instant.class)));
    }

    /**
     * The rows of a list that names people, for the cases picked, in the order picked. The lists pick their page of
     * cases from the cases alone (an index holds every column the pick reads) and only then read those cases' people
     * and facilities: in one query H2 joined every matching open case's person before it sorted and kept the first
     * 500 (at a million cases, 100,000 open: the holds list 768 ms and the cases without a caseworker 2,029 ms alone,
     * against 27 and 71 ms for the pick and a few for the 500 rows).
     */
    private <T> List<T> inOrder(List<Long> ids, String columns, java.util.function.Function<Tuple, T> row) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = new HashMap<>();
        for (Tuple t : em.createQuery("select " + columns + CASES + " where c.id in :ids", Tuple.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(t.get(0, Long.class), row.apply(t));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Open cases per step with the median and oldest time in the step (of an even count, the younger of the two middle ones). */
    public List<PipelineStep> pipeline(DashboardFilter filter, Instant now) {
        Where w = Where.of(filter, Columns.SQL);
        Query query = w.bind(em.createNativeQuery("""
                select c.workflow_step, count(*), min(c.step_entered_at),
                       percentile_disc(0.5) within group (order by c.step_entered_at desc)
                from detention_case c
                """ + w.jpql() + """
                 and c.status = 'OPEN' and c.workflow_step is not null and c.step_entered_at is not null
                group by c.workflow_step"""));
        List<PipelineStep> steps = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            steps.add(new PipelineStep(org.amparo.process.CaseStep.valueOf((String) r[0]), number(r[1]), hoursSince(r[3], now), hoursSince(r[2], now)));
        }
        return steps;
    }

    public List<StepCase> casesAtStep(DashboardFilter filter, org.amparo.process.CaseStep step, int max) {
        Where w = Where.of(filter);
        List<Long> ids = w.bind(em.createQuery("select c.id" + CASES_ONLY + w.jpql()
                        + " and c.status = :open and c.workflowStep = :step order by c.stepEnteredAt, c.id", Long.class))
                .setParameter("open", CaseStatus.OPEN).setParameter("step", step).setMaxResults(max).getResultList();
        return inOrder(ids, "c.id, p.givenNames, p.familyName, fa.name, c.caseworker, c.stepEnteredAt",
                t -> new StepCase(t.get(0, Long.class), name(t.get(1), t.get(2)), (String) t.get(3), (String) t.get(4),
                        t.get(5, Instant.class)));
    }

    public List<UnassignedCase> unassigned(DashboardFilter filter, int max) {
        Where w = Where.of(filter);
        List<Long> ids = w.bind(em.createQuery("select c.id" + CASES_ONLY + w.jpql() + UNASSIGNED + " order by c.id", Long.class))
                .setParameter("open", CaseStatus.OPEN).setParameter("withAnAttorney", org.amparo.process.CaseStep.withAnAttorney())
                .setMaxResults(max).getResultList();
        return inOrder(ids, "c.id, p.givenNames, p.familyName, c.workflowStep, c.caseworker, c.attorney",
                t -> new UnassignedCase(t.get(0, Long.class), name(t.get(1), t.get(2)), t.get(3, org.amparo.process.CaseStep.class),
                        t.get(4) == null, t.get(5) == null));
    }

    /** Open cases nobody has: no caseworker, or at a step with an attorney and none assigned. */
    private static final String UNASSIGNED = """
             and c.status = :open and (c.caseworker is null or (c.attorney is null
                  and c.workflowStep in :withAnAttorney))""";

    /** Which of these cases pass the filter. */
    public List<Long> casesInView(DashboardFilter filter, List<Long> caseIds) {
        Where w = Where.of(filter);
        return w.bind(em.createQuery("select c.id" + CASES_ONLY + w.jpql() + " and c.id in :ids", Long.class))
                .setParameter("ids", caseIds).getResultList();
    }

    public long unassignedCount(DashboardFilter filter) {
        Where w = Where.of(filter);
        return w.bind(em.createQuery("select count(c)" + CASES_ONLY + w.jpql() + UNASSIGNED, Long.class))
                .setParameter("open", CaseStatus.OPEN).setParameter("withAnAttorney", org.amparo.process.CaseStep.withAnAttorney())
                .getSingleResult();
    }

    /** Open cases per caseworker and per attorney; open tasks come from the workflow and are merged in. */
    public List<Caseload> caseload(DashboardFilter filter, Map<String, Long> openTasks) {
        Where w = Where.of(filter);
        Map<String, long[]> load = new java.util.TreeMap<>();
        for (Tuple t : w.bind(em.createQuery("select c.caseworker, count(c)" + CASES_ONLY + w.jpql()
                + " and c.status = :open and c.caseworker is not null group by c.caseworker", Tuple.class))
                .setParameter("open", CaseStatus.OPEN).getResultList()) {
            load.computeIfAbsent((String) t.get(0), k -> new long[3])[0] = number(t.get(1));
        }
        for (Tuple t : w.bind(em.createQuery("select c.attorney, count(c)" + CASES_ONLY + w.jpql()
                + " and c.status = :open and c.attorney is not null group by c.attorney", Tuple.class))
                .setParameter("open", CaseStatus.OPEN).getResultList()) {
            load.computeIfAbsent((String) t.get(0), k -> new long[3])[1] = number(t.get(1));
        }
        openTasks.forEach((user, count) -> load.computeIfAbsent(user, k -> new long[3])[2] = count);
        return load.entrySet().stream().map(e -> new Caseload(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Cases closed in the period, per month and outcome. */
    public List<MonthCount> outcomesByMonth(DashboardFilter filter) {
        Where w = Where.of(filter);
        return w.bind(em.createQuery("""
                        select year(c.closedAt), month(c.closedAt), c.outcome, count(c)
                        """ + CASES_ONLY + w.jpql() + """
                         and c.closedAt >= :from and c.closedAt < :to
                        group by year(c.closedAt), month(c.closedAt), c.outcome
                        order by 1, 2, 3""", Tuple.class))
                .setParameter("from", filter.fromInstant()).setParameter("to", filter.toInstantExclusive())
                .getResultList().stream()
                .map(t -> new MonthCount(number(t.get(0)).intValue(), number(t.get(1)).intValue(), String.valueOf(t.get(2)), number(t.get(3))))
                .toList();
    }

    /** ICE documents issued in the period, per month and form. */
    public List<MonthCount> detainersByMonth(DashboardFilter filter) {
        Where w = Where.of(filter);
        return w.bind(em.createQuery("""
                        select year(d.issuedAt), month(d.issuedAt), d.form.code, count(d)
                        from Detainer d join d.detentionCase c
                        """ + w.jpql() + """
                         and d.issuedAt >= :from and d.issuedAt < :to
                        group by year(d.issuedAt), month(d.issuedAt), d.form.code
                        order by 1, 2, 3""", Tuple.class))
                .setParameter("from", localStart(filter)).setParameter("to", localEnd(filter))
                .getResultList().stream()
                .map(t -> new MonthCount(number(t.get(0)).intValue(), number(t.get(1)).intValue(), (String) t.get(2), number(t.get(3))))
                .toList();
    }

    /** ICE documents issued in the period, per facility. */
    public List<LabelCount> detainersByFacility(DashboardFilter filter) {
        Where w = Where.of(filter);
        return w.bind(em.createQuery("""
                        select coalesce(fa.name, '-'), count(d)
                        from Detainer d join d.detentionCase c left join c.facility fa
                        """ + w.jpql() + """
                         and d.issuedAt >= :from and d.issuedAt < :to
                        group by fa.name order by count(d) desc, fa.name""", Tuple.class))
                .setParameter("from", localStart(filter)).setParameter("to", localEnd(filter))
                .getResultList().stream().map(t -> new LabelCount((String) t.get(0), number(t.get(1)))).toList();
    }

    /**
     * These findings on cases opened in the period, per jurisdiction. Every finding is counted and these are kept here:
     * with the list in the query, H2 read each case's findings through the index of findings, every row of the listed
     * findings again for each case, where without it each case's findings are read by its key.
     */
    public List<JurisdictionFinding> findingsByJurisdiction(DashboardFilter filter, List<Finding> findings) {
        Where w = Where.of(filter);
        TypedQuery<Tuple> query = w.bind(em.createQuery("""
                        select coalesce(j.name, '-'), f.finding, count(distinct c)
                        from DetentionCase c join c.findings f left join c.facility fa left join fa.jurisdiction j
                        """ + w.jpql() + """
                         and c.openedAt >= :from and c.openedAt < :to
                        group by j.name, f.finding order by 1, 2""", Tuple.class));
        return query.setParameter("from", filter.fromInstant()).setParameter("to", filter.toInstantExclusive())
                .getResultList().stream().filter(t -> findings.contains(t.get(1, Finding.class)))
                .map(t -> new JurisdictionFinding((String) t.get(0), t.get(1, Finding.class), number(t.get(2))))
                .toList();
    }

    private static LocalDateTime localStart(DashboardFilter filter) {
        return (filter.from() == null ? java.time.LocalDate.of(1900, 1, 1) : filter.from()).atStartOfDay();
    }

    private static LocalDateTime localEnd(DashboardFilter filter) {
        return (filter.to() == null ? java.time.LocalDate.of(9999, 1, 1) : filter.to().plusDays(1)).atStartOfDay();
    }

    private static double hoursSince(Object timestamp, Instant now) {
        // Instants are stored as UTC wall-clock time in plain timestamp columns.
        Instant at = timestamp instanceof Timestamp ts ? ts.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)
                : timestamp instanceof LocalDateTime ldt ? ldt.toInstant(java.time.ZoneOffset.UTC)
                : timestamp instanceof Instant i ? i
                : timestamp instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
        return at == null ? Double.NaN : Duration.between(at, now).toMinutes() / 60.0;
    }

    private static Long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    private static String name(Object given, Object family) {
        return given == null ? String.valueOf(family) : given + " " + family;
    }
}
