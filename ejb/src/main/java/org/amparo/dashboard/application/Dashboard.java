package org.amparo.dashboard.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.dashboard.application.DashboardFigures.Caseload;
import org.amparo.dashboard.application.DashboardFigures.HoldAlert;
import org.amparo.dashboard.application.DashboardFigures.HoldCounts;
import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;
import org.amparo.dashboard.application.DashboardFigures.OverdueTask;
import org.amparo.dashboard.application.DashboardFigures.PipelineStep;
import org.amparo.dashboard.application.DashboardFigures.StepCase;
import org.amparo.dashboard.application.DashboardFigures.UnassignedCase;
import org.amparo.dashboard.domain.CountingRule;
import org.amparo.dashboard.infrastructure.DashboardQueries;
import org.amparo.dashboard.infrastructure.MonthCounts;
import org.amparo.platform.Installation;
import org.amparo.rules.detainer.Finding;
import org.amparo.security.domain.Roles;
import org.amparo.process.CaseProcess;
import org.amparo.process.WorkTask;

/**
 * The supervisors' pipeline, one figure per method. Supervisors and administrators see every case; a caseworker or
 * attorney sees only the cases they have; staff see the counts only (the methods that name people refuse them).
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class Dashboard {

    /** The findings the campaign figures count (DOMAIN.md section 7). */
    /** The findings that call for a campaign, as the case process reads them. */
    public static final List<Finding> CAMPAIGN_FINDINGS = Finding.campaignFindings();
    static final int MAX_ROWS = 500;

    @Inject
    DashboardQueries queries;

    @Inject
    CaseProcess workflow;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Every figure the caller may see, computed side by side: the dashboard's one round trip. */
    public DashboardOverview overview(DashboardFilter filter, boolean withNames) {
        requireYears(filter);
        Dashboard self = session.getBusinessObject(Dashboard.class);
        // Whether the figures over time read the counts kept per month, decided once so that the page's note and every
        // figure speak of the same recount.
        Instant monthsCountedAt = keptCountsAt(scoped(filter));
        Map<Figure, Future<Object>> pending = new java.util.EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            if (withNames || !figure.namesPeople) {
                pending.put(figure, self.compute(figure, filter, monthsCountedAt));
            }
        }
        Map<Figure, Object> done = new java.util.EnumMap<>(Figure.class);
        pending.forEach((figure, future) -> done.put(figure, await(future)));
        return DashboardOverview.of(done, monthsCountedAt);
    }

    /** The figures of {@link #overview}; those that name people are left out for staff. */
    public enum Figure {
        HOLD_COUNTS(false), PIPELINE(false), OVERDUE(false), UNASSIGNED_COUNT(false), CASELOAD(false), OUTCOMES(false),
        DETAINERS_BY_MONTH(false), DETAINERS_BY_FACILITY(false), FINDINGS(false), HOLDS(true), UNASSIGNED(true);

        final boolean namesPeople;

        Figure(boolean namesPeople) {
            this.namesPeople = namesPeople;
        }
    }

    /**
     * One figure in its own thread and transaction, as the caller; the figures over time from the counts kept per month
     * made at {@code monthsCountedAt}, or from the cases when it is null.
     */
    @Asynchronous
    public Future<Object> compute(Figure figure, DashboardFilter filter, Instant monthsCountedAt) {
        Object value = switch (figure) {
            case HOLD_COUNTS -> holdCounts(filter);
            case PIPELINE -> pipeline(filter);
            case OVERDUE -> overdueTasks(filter);
            case UNASSIGNED_COUNT -> unassignedCount(filter);
            case CASELOAD -> caseload(filter);
            case OUTCOMES -> outcomesByMonth(scoped(filter), monthsCountedAt);
            case DETAINERS_BY_MONTH -> detainersByMonth(scoped(filter), monthsCountedAt);
            case DETAINERS_BY_FACILITY -> detainersByFacility(scoped(filter), monthsCountedAt);
            case FINDINGS -> findingsByJurisdiction(scoped(filter), monthsCountedAt);
            case HOLDS -> holdsExpiring(filter, (int) org.amparo.cases.domain.HoldWindows.SOON.toHours());
            case UNASSIGNED -> unassigned(filter);
        };
        return new AsyncResult<>(value);
    }

    private static Object await(Future<Object> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public HoldCounts holdCounts(DashboardFilter filter) {
        return queries.holdCounts(scoped(filter), Instant.now(clock));
    }

    /** Holds expiring within the hours given (and those past expiry with the person still held), soonest first. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<HoldAlert> holdsExpiring(DashboardFilter filter, int withinHours) {
        requireNames();
        return queries.holds(scoped(filter), Instant.now(clock).plus(Duration.ofHours(withinHours)), MAX_ROWS);
    }

    public List<PipelineStep> pipeline(DashboardFilter filter) {
        return queries.pipeline(scoped(filter), Instant.now(clock));
    }

    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<StepCase> casesAtStep(DashboardFilter filter, org.amparo.process.CaseStep step) {
        requireNames();
        return queries.casesAtStep(scoped(filter), step, MAX_ROWS);
    }

    /** Tasks past their due date on the cases in view. */
    public List<OverdueTask> overdueTasks(DashboardFilter filter) {
        List<WorkTask> overdue = workflow.overdueTasks(Instant.now(clock), MAX_ROWS * 4);
        if (overdue.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> inView = new java.util.HashSet<>(
                queries.casesInView(scoped(filter), overdue.stream().map(WorkTask::caseId).distinct().toList()));
        // Staff see how many tasks are late at which step, never which case or whose task.
        boolean identities = Roles.seesNames(session::isCallerInRole);
        return overdue.stream().filter(t -> inView.contains(t.caseId())).limit(MAX_ROWS)
                .map(t -> identities ? new OverdueTask(t.id(), t.caseId(), t.step(), t.assignee(), t.dueAt())
                        : new OverdueTask(null, null, t.step(), null, t.dueAt())).toList();
    }

    public long unassignedCount(DashboardFilter filter) {
        return queries.unassignedCount(scoped(filter));
    }

    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<UnassignedCase> unassigned(DashboardFilter filter) {
        requireNames();
        return queries.unassigned(scoped(filter), MAX_ROWS);
    }

    /** Open cases and tasks per caseworker and attorney. A caseworker or attorney sees their own line only. */
    public List<Caseload> caseload(DashboardFilter filter) {
        if (!Roles.seesNames(session::isCallerInRole)) {
            return List.of(); // a line per worker names them: not for staff
        }
        Map<String, Long> tasks = new HashMap<>(workflow.openTasksByAssignee());
        List<Caseload> all = queries.caseload(scoped(filter), tasks);
        if (seesEverything()) {
            return all;
        }
        String me = session.getCallerPrincipal().getName();
        return all.stream().filter(c -> c.user().equals(me)).toList();
    }

    /**
     * A figure over time as one answer: its rows, and when their whole months were counted (null when they were counted
     * from the cases), decided once, so that what an export's About sheet says is what its rows are.
     */
    public record Counted<T>(List<T> rows, Instant monthsCountedAt) {
    }

    public Counted<MonthCount> outcomesByMonth(DashboardFilter filter) {
        requireYears(filter);
        DashboardFilter f = scoped(filter);
        Instant at = keptCountsAt(f);
        return new Counted<>(outcomesByMonth(f, at), at);
    }

    public Counted<MonthCount> detainersByMonth(DashboardFilter filter) {
        requireYears(filter);
        DashboardFilter f = scoped(filter);
        Instant at = keptCountsAt(f);
        return new Counted<>(detainersByMonth(f, at), at);
    }

    public Counted<LabelCount> detainersByFacility(DashboardFilter filter) {
        requireYears(filter);
        DashboardFilter f = scoped(filter);
        Instant at = keptCountsAt(f);
        return new Counted<>(detainersByFacility(f, at), at);
    }

    public Counted<JurisdictionFinding> findingsByJurisdiction(DashboardFilter filter) {
        requireYears(filter);
        DashboardFilter f = scoped(filter);
        Instant at = keptCountsAt(f);
        return new Counted<>(findingsByJurisdiction(f, at), at);
    }

    private List<MonthCount> outcomesByMonth(DashboardFilter f, Instant countedAt) {
        return FiguresOverTime.months(overTime(f, countedAt, queries::outcomesByMonth,
                (first, last) -> counts.outcomesByMonth(f.jurisdictionId(), f.facilityId(), first, last)));
    }

    private List<MonthCount> detainersByMonth(DashboardFilter f, Instant countedAt) {
        return FiguresOverTime.months(overTime(f, countedAt, queries::detainersByMonth,
                (first, last) -> counts.detainersByMonth(f.jurisdictionId(), f.facilityId(), first, last)));
    }

    private List<LabelCount> detainersByFacility(DashboardFilter f, Instant countedAt) {
        return FiguresOverTime.labels(overTime(f, countedAt, queries::detainersByFacility,
                (first, last) -> counts.detainersByFacility(f.jurisdictionId(), f.facilityId(), first, last)));
    }

    private List<JurisdictionFinding> findingsByJurisdiction(DashboardFilter f, Instant countedAt) {
        return FiguresOverTime.findings(overTime(f, countedAt, g -> queries.findingsByJurisdiction(g, CAMPAIGN_FINDINGS),
                (first, last) -> counts.findingsByJurisdiction(f.jurisdictionId(), f.facilityId(), first, last, CAMPAIGN_FINDINGS)));
    }

    /**
     * A figure over time in its parts: with counts kept per month made at {@code countedAt}, the whole months of the
     * period that were over by then from those counts and the days at its ends (this month's so far) from the cases;
     * otherwise (null) the whole period from the cases.
     */
    private static <T> List<List<T>> overTime(DashboardFilter f, Instant countedAt, Function<DashboardFilter, List<T>> fromCases,
                                              BiFunction<YearMonth, YearMonth, List<T>> fromCounts) {
        return countedAt == null ? List.of(fromCases.apply(f)) : FiguresOverTime.parts(f, countedAt, fromCases, fromCounts);
    }

    /**
     * When the counts kept per month that answer this view were made, or null when the view counts from the cases (a
     * small file, a view narrowed to someone's cases, counts not fresh, instants stored in another zone than UTC).
     */
    private Instant keptCountsAt(DashboardFilter f) {
        boolean narrowedToSomeone = f.scope() != null || f.caseworker() != null || f.attorney() != null;
        if (!counts.monthsAreUtc()) {
            return null; // see MonthCounts#monthsAreUtc
        }
        MonthCounts.Run run = counts.lastRun().orElse(null);
        return run != null && COUNTING.keptCountsAnswer(narrowedToSomeone, run.countedAt(), run.cases(), Instant.now(clock))
                ? run.countedAt() : null;
    }

    private static final CountingRule COUNTING = new CountingRule(Installation.dashboardCountsFrom(),
            Installation.dashboardRecountPeriod());

    @Inject
    MonthCounts counts;

    /**
     * The filter narrowed to what the caller may see: a caseworker or attorney the cases they work (their own and their
     * teams', {@link org.amparo.cases.domain.CaseScope}), whatever filter they sent, also when they have the staff role
     * too (as everywhere, {@link org.amparo.cases.domain.CaseScope#of}); supervisors, admins and staff alone every case.
     */
    private DashboardFilter scoped(DashboardFilter filter) {
        DashboardFilter f = filter == null ? DashboardFilter.lastYear(java.time.LocalDate.now(clock)) : filter;
        if (!org.amparo.cases.domain.CaseScope.worksByCase(session::isCallerInRole)) {
            return f.within(null);
        }
        return f.within(access.scope());
    }

    /**
     * The lists that name people are not for staff, also when the account has another role besides
     * ({@link Roles#seesNames}): a caseworker's role must not carry names to an account whose staff role reads the counts.
     */
    private void requireNames() {
        if (!Roles.seesNames(session::isCallerInRole)) {
            throw new jakarta.ejb.EJBAccessException("Staff see counts only");
        }
    }

    @jakarta.inject.Inject
    org.amparo.cases.application.CaseAccess access;

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    /**
     * The period's days, in the years 1900 to 2200, before any figure over time is counted (in its own thread, where a
     * refusal would be lost): the day after +999999999-12-31 does not exist.
     */
    private void requireYears(DashboardFilter filter) {
        if (filter != null) {
            validation.requireYears("from", filter.from());
            validation.requireYears("to", filter.to());
        }
    }

    private boolean seesEverything() {
        return Roles.seesEveryIdentity(session::isCallerInRole);
    }
}
