package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.cases.application.CaseAccess;
import org.amparo.cases.domain.CaseScope;
import org.amparo.hotline.domain.ActivityReport;
import org.amparo.monitoring.infrastructure.MonitoringQueries;
import org.amparo.platform.ServerZone;
import org.amparo.process.CaseStep;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.reference.domain.SupportType;
import org.amparo.rules.detainer.Finding;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watching jurisdictions (issue 14 item 1, issue 15 item 5): one jurisdiction's page and the policy map. Jurisdictions,
 * policies and counts are not personal data, so every role may read them; case figures count only the cases the caller
 * may count (the dashboard's rule), names appear only for the cases the caller works ({@link CaseScope}), and hotline
 * reports are listed only for the roles that read reports (staff get their number).
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class JurisdictionMonitoring {

    /** How far back the page lists hotline reports. */
    static final int REPORT_DAYS = 90;
    /** At most this many open cases by name on a page, soonest hold first. */
    static final int MAX_CASES = 100;
    static final int MAX_REPORTS = 50;
    /** The reports layer's period when none is asked for: the last 30 days. */
    static final int DEFAULT_REPORT_DAYS = 30;
    /** The longest period the map answers for (about ten years). */
    static final int MAX_PERIOD_DAYS = 3700;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    MonitoringQueries queries;

    @EJB
    ReferenceQueries reference;

    @EJB
    CaseAccess access;

    @EJB
    JurisdictionAuthorities authorities;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * One jurisdiction's page.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public JurisdictionPage page(long id) {
        Jurisdiction j = jurisdictions.find(id).orElseThrow(() -> new NotFoundException("Jurisdiction", id));
        CaseScope scope = access.scope();
        List<JurisdictionPage.FacilityFacts> facilities = queries.facilitiesOf(id).stream()
                .map(f -> new JurisdictionPage.FacilityFacts(f.getId(), f.getName(), f.getType(), f.getOperator(), f.getCity(),
                        f.getHas287g(), f.getModel287g(), f.getSigned287g(), f.getEnded287g(), f.getIgsa(), f.getIgsaBeds(),
                        f.getIgsaRatePerDay(), f.getIgsaEnds(), f.getIgsaTerm()))
                .toList();
        var agreements = reference.agreements(true).stream().filter(a -> a.jurisdictionId() == id).toList();

        long open = queries.openCases(scope, id).getOrDefault(id, 0L);
        List<JurisdictionPage.Count<CaseStep>> byStep = queries.openByStep(scope, id).entrySet().stream()
                .map(e -> new JurisdictionPage.Count<>(e.getKey(), e.getValue())).toList();
        List<JurisdictionPage.Count<Finding>> byFinding = queries.findings(scope, id, Set.of(), null, null)
                .getOrDefault(id, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<Finding, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new JurisdictionPage.Count<>(e.getKey(), e.getValue())).toList();
        var counts = new JurisdictionPage.CaseCounts(open, byStep, byFinding);

        List<JurisdictionPage.OpenCase> cases = null;
        if (seesCases()) {
            var rows = queries.openCaseRows(scope, id, MAX_CASES);
            var findings = queries.findingsOf(rows.stream().map(MonitoringQueries.OpenCaseRow::id).toList());
            cases = rows.stream().map(r -> new JurisdictionPage.OpenCase(r.id(), name(r.givenNames(), r.familyName()),
                    r.facility(), r.step(), r.holdExpiresAt(), findings.getOrDefault(r.id(), Set.of()))).toList();
        }

        ZoneId zone = ServerZone.get();
        Instant now = clock.instant();
        LocalDate since = LocalDate.ofInstant(now, zone).minusDays(REPORT_DAYS);
        Instant sinceInstant = since.atStartOfDay(zone).toInstant();
        long reportCount = queries.reportCount(id, sinceInstant);
        List<JurisdictionPage.ReportLine> reports = null;
        if (readsReports()) {
            reports = queries.reportsIn(id, sinceInstant, MAX_REPORTS).stream().map(r -> line(r, now)).toList();
        }
        return new JurisdictionPage(j.getId(), j.getName(), j.getLevel(), j.getStateCode(), j.getFipsCode(), j.getLatitude(),
                j.getLongitude(), j.getDetainerPolicy(), j.getPolicyText(), j.getPolicyDate(), j.getPolicySource(),
                reference.policyHistory(id), authorities.of(id), facilities, agreements, counts, cases, reportCount, since, reports);
    }

    /**
     * What the policy map draws for a layer: every jurisdiction with its policy and 287(g) models, and the layer's
     * figures. The period ({@code from}, {@code to}, whole days in the organisation's zone, both optional) bounds the
     * reports (the last 30 days by default) and, when given, the cases counted by the other layers (by the day they were
     * opened).
     */
    public MapData map(MapLayer layer, LocalDate from, LocalDate to) {
        MapLayer shown = layer == null ? MapLayer.POLICY : layer;
        ZoneId zone = ServerZone.get();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        validation.requirePeriod(from, to);
        LocalDate periodTo = to != null ? to : today;
        LocalDate periodFrom = from != null ? from : shown == MapLayer.REPORTS ? periodTo.minusDays(DEFAULT_REPORT_DAYS - 1) : null;
        if (periodFrom != null && periodFrom.plusDays(MAX_PERIOD_DAYS).isBefore(periodTo)) {
            throw validation.invalid("to", "amparo.validation.periodTooLong", MAX_PERIOD_DAYS);
        }
        Instant start = periodFrom == null ? null : periodFrom.atStartOfDay(zone).toInstant();
        Instant end = periodFrom == null && to == null ? null : periodTo.plusDays(1).atStartOfDay(zone).toInstant();

        CaseScope scope = access.scope();
        Map<Long, Set<SupportType>> models = queries.current287gModels();
        Set<Long> facility287g = queries.withFacility287g();
        Map<Long, Long> open = shown == MapLayer.POLICY ? queries.openCases(scope, null) : Map.of();
        Map<Long, long[]> reports = shown == MapLayer.REPORTS ? queries.reports(start, end, now) : Map.of();
        Map<Long, Map<Finding, Long>> findings = switch (shown) {
            case HELD_PAST_EXPIRY -> queries.findings(scope, null, EnumSet.of(Finding.HELD_PAST_EXPIRY), start, end);
            case FINDINGS -> queries.findings(scope, null, Set.of(), start, end);
            default -> Map.of();
        };
        List<MapData.Entry> entries = jurisdictions.allByName().stream().map(j -> {
            long id = j.getId();
            Set<SupportType> m = models.getOrDefault(id, Set.of());
            long[] r = reports.get(id);
            Map<Finding, Long> f = findings.getOrDefault(id, Map.of());
            return new MapData.Entry(id, j.getName(), j.getLevel(), j.getStateCode(), j.getFipsCode(), j.getLatitude(),
                    j.getLongitude(), j.getDetainerPolicy(), !m.isEmpty() || facility287g.contains(id), m,
                    shown == MapLayer.POLICY ? open.getOrDefault(id, 0L) : null,
                    shown == MapLayer.REPORTS ? (r == null ? 0L : r[0]) : null,
                    shown == MapLayer.REPORTS ? (r == null ? 0L : r[1]) : null,
                    shown == MapLayer.HELD_PAST_EXPIRY ? f.getOrDefault(Finding.HELD_PAST_EXPIRY, 0L) : null,
                    shown == MapLayer.FINDINGS ? f : null);
        }).sorted(Comparator.comparing(MapData.Entry::stateCode).thenComparing(MapData.Entry::level)
                .thenComparing(MapData.Entry::name)).toList();
        return new MapData(shown, periodFrom, periodFrom == null && to == null ? null : periodTo, entries);
    }

    private static JurisdictionPage.ReportLine line(ActivityReport r, Instant now) {
        return new JurisdictionPage.ReportLine(r.getId(), r.getOccurredAt(), r.getPlace(), Set.copyOf(r.getIceActivities()),
                r.getVerification(), r.isCurrent(now));
    }

    /** Caseworkers, attorneys, supervisors and admins see the cases they work by name; staff alone never do. */
    private boolean seesCases() {
        return Roles.seesEveryIdentity(session::isCallerInRole) || CaseScope.worksByCase(session::isCallerInRole);
    }

    private boolean readsReports() {
        return session.isCallerInRole(Roles.CASEWORKER) || session.isCallerInRole(Roles.ATTORNEY)
                || session.isCallerInRole(Roles.SUPERVISOR) || session.isCallerInRole(Roles.ADMIN);
    }

    private static String name(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
}
