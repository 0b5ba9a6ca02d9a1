package org.amparo.dashboard.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;
import org.amparo.rules.detainer.Finding;

/**
 * The dashboard's figures over time kept per calendar month and facility ({@code dashboard_month_count}): a recount
 * from the cases, and the figures of a run of whole months read back, with the same filters (jurisdiction, facility)
 * and the same rules as {@link DashboardQueries}' counts from the cases (deleted cases left out; outcomes by the day a
 * case closed, ICE documents by their issue date, findings by the day their case was opened).
 */
@Dependent
public class MonthCounts {

    /** What a recount found: when it began, how many cases the file held, how long it took. */
    public record Run(Instant countedAt, long cases, long tookMillis) {
    }

    private static final String OUTCOME = "OUTCOME";
    private static final String DETAINER = "DETAINER";
    private static final String FINDING = "FINDING";

    @PersistenceContext
    EntityManager em;

    public MonthCounts() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public MonthCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * Counts every month afresh in the caller's transaction. The run's row is locked first, so that two servers'
     * recounts take turns (the second deletes what the first wrote); the dashboard reads the earlier counts until
     * this commits.
     */
    public Run recount(Instant startedAt) {
        long started = System.nanoTime();
        em.createNativeQuery("update dashboard_count_run set took_ms = took_ms where id = 1").executeUpdate();
        em.createNativeQuery("delete from dashboard_month_count").executeUpdate();
        em.createNativeQuery(insert(OUTCOME, "c.closed_at", "c.outcome", "count(*)", """
                from detention_case c where c.deleted_at is null and c.closed_at is not null""")).executeUpdate();
        em.createNativeQuery(insert(DETAINER, "d.issued_at", "d.form_code", "count(*)", """
                from detainer d join detention_case c on c.id = d.case_id
                where c.deleted_at is null and d.issued_at is not null""")).executeUpdate();
        em.createNativeQuery(insert(FINDING, "c.opened_at", "f.finding", "count(distinct c.id)", """
                from detention_case c join case_finding f on f.case_id = c.id where c.deleted_at is null""")).executeUpdate();
        long cases = ((Number) em.createNativeQuery("select count(*) from detention_case where deleted_at is null")
                .getSingleResult()).longValue();
        long took = (System.nanoTime() - started) / 1_000_000;
        em.createNativeQuery("update dashboard_count_run set counted_at = :at, cases = :cases, took_ms = :took where id = 1")
                .setParameter("at", LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC)).setParameter("cases", cases)
                .setParameter("took", took).executeUpdate();
        return new Run(startedAt, cases, took);
    }

    private static String insert(String figure, String when, String label, String count, String from) {
        String month = "cast(date_trunc('month', " + when + ") as date)";
        return "insert into dashboard_month_count (figure, month_start, facility_id, label, cases) select '" + figure
                + "', " + month + ", c.facility_id, " + label + ", " + count + " " + from
                + " group by " + month + ", c.facility_id, " + label;
    }

    /**
     * Whether the months counted here are UTC months, as the days of a period counted from the cases are UTC days. On
     * PostgreSQL, always: instants are written as UTC date-times whatever the server's zone. H2 is given instants with
     * their zone and writes them in the server's (the JVM's) zone, so there this holds only when that zone is UTC (as on
     * the test and demo servers here); elsewhere the dashboard counts every figure from the cases, as before these
     * counts.
     */
    public boolean monthsAreUtc() {
        Boolean utc = monthsAreUtc;
        if (utc == null) {
            boolean postgres = em.unwrap(org.hibernate.Session.class).doReturningWork(org.amparo.platform.Databases::isPostgres);
            java.time.ZoneId zone = java.time.ZoneId.systemDefault();
            utc = postgres || (zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC));
            monthsAreUtc = utc;
        }
        return utc;
    }

    private static volatile Boolean monthsAreUtc;

    /** The last recount, empty before the first. */
    public Optional<Run> lastRun() {
        Object[] row = (Object[]) em.createNativeQuery("select counted_at, cases, took_ms from dashboard_count_run where id = 1")
                .getSingleResult();
        if (row[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Run(instant(row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
    }

    /** Cases closed in the months, per month and outcome. */
    public List<MonthCount> outcomesByMonth(Long jurisdictionId, Long facilityId, YearMonth first, YearMonth last) {
        return perMonth(OUTCOME, jurisdictionId, facilityId, first, last);
    }

    /** ICE documents issued in the months, per month and form. */
    public List<MonthCount> detainersByMonth(Long jurisdictionId, Long facilityId, YearMonth first, YearMonth last) {
        return perMonth(DETAINER, jurisdictionId, facilityId, first, last);
    }

    private List<MonthCount> perMonth(String figure, Long jurisdictionId, Long facilityId, YearMonth first, YearMonth last) {
        String year = "extract(year from s.month_start)";
        String month = "extract(month from s.month_start)";
        Query query = em.createNativeQuery("select " + year + ", " + month + ", s.label, sum(s.cases)"
                + from(jurisdictionId, facilityId) + " group by " + year + ", " + month + ", s.label");
        return rows(bind(query, figure, jurisdictionId, facilityId, first, last)).stream()
                .map(r -> new MonthCount(number(r[0]).intValue(), number(r[1]).intValue(), String.valueOf(r[2]), number(r[3])))
                .toList();
    }

    /** ICE documents issued in the months, per facility (by its name, as the count from the cases groups them). */
    public List<LabelCount> detainersByFacility(Long jurisdictionId, Long facilityId, YearMonth first, YearMonth last) {
        Query query = em.createNativeQuery("select coalesce(fa.name, '-'), sum(s.cases)" + from(jurisdictionId, facilityId)
                + " group by fa.name");
        return rows(bind(query, DETAINER, jurisdictionId, facilityId, first, last)).stream().map(r -> new LabelCount((String) r[0], number(r[1]))).toList();
    }

    /** Cases with each of the findings opened in the months, per jurisdiction. */
    public List<JurisdictionFinding> findingsByJurisdiction(Long jurisdictionId, Long facilityId, YearMonth first, YearMonth last,
                                                            List<Finding> findings) {
        Query query = em.createNativeQuery("select coalesce(j.name, '-'), s.label, sum(s.cases)" + from(jurisdictionId, facilityId)
                + " and s.label in (:findings) group by j.name, s.label");
        query.setParameter("findings", findings.stream().map(Finding::name).toList());
        return rows(bind(query, FINDING, jurisdictionId, facilityId, first, last)).stream()
                .map(r -> new JurisdictionFinding((String) r[0], Finding.valueOf((String) r[1]), number(r[2]))).toList();
    }

    private static String from(Long jurisdictionId, Long facilityId) {
        return """
                 from dashboard_month_count s left join facility fa on fa.id = s.facility_id
                 left join jurisdiction j on j.id = fa.jurisdiction_id
                 where s.figure = :figure and s.month_start >= :first and s.month_start <= :last"""
                + (jurisdictionId == null ? "" : " and fa.jurisdiction_id = :jurisdiction")
                + (facilityId == null ? "" : " and s.facility_id = :facility");
    }

    private static Query bind(Query query, String figure, Long jurisdictionId, Long facilityId, YearMonth first, YearMonth last) {
        query.setParameter("figure", figure).setParameter("first", first.atDay(1)).setParameter("last", last.atDay(1));
        if (jurisdictionId != null) {
            query.setParameter("jurisdiction", jurisdictionId);
        }
        if (facilityId != null) {
            query.setParameter("facility", facilityId);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static Instant instant(Object value) {
        // Instants are stored as UTC wall-clock time in plain timestamp columns.
        return value instanceof Timestamp ts ? ts.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : value instanceof LocalDateTime ldt ? ldt.toInstant(ZoneOffset.UTC)
                : value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    private static Long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }
}
