package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.Meeting;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.cases.application.CaseAccess;
import org.amparo.exports.application.ExportAbout;
import org.amparo.exports.domain.ExportMode;
import org.amparo.monitoring.domain.ChecklistEntry;
import org.amparo.monitoring.domain.ChecklistItem;
import org.amparo.monitoring.domain.ChecklistState;
import org.amparo.monitoring.domain.Evidence;
import org.amparo.monitoring.domain.EvidenceKind;
import org.amparo.monitoring.infrastructure.ChecklistStore;
import org.amparo.monitoring.infrastructure.MonitoringQueries;
import org.amparo.platform.ServerZone;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.rules.detainer.Finding;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A jurisdiction's evidence report (issue 14): what a campaign shows a sheriff, a board or the press, as one workbook,
 * de-identified. A summary (policy, case figures by finding, hotline reports), the monitoring checklist with how much
 * evidence each practice has, the cases with findings one row each under a number that exists only in this report
 * ("Person 1"), and the jurisdiction's authorities.
 * <p>
 * Nothing in it identifies a person: no names, A-numbers, booking numbers, dates of birth or case ids; a case's
 * opening is given by month only, and by year only when fewer than {@link #SMALL_GROUP} cases of its facility share
 * that month; no free text written about a case or a practice (notes, checklist sources). The cases
 * are those the caller may count (the dashboard's rule), so every role may download it; each download is audited.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class EvidenceReport {

    /** At most this many case rows (a county's years of casework fit). */
    static final int MAX_CASES = 50_000;
    /** Fewer cases than this opened at one facility in one month are dated by the year only. */
    static final int SMALL_GROUP = 5;
    /** How far back the summary counts hotline reports. */
    static final int REPORT_DAYS = 365;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    MonitoringQueries queries;

    @Inject
    ChecklistStore checklist;

    @EJB
    CaseAccess access;

    @EJB
    JurisdictionAuthorities authorities;

    @Inject
    Campaigns campaigns;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A line of the summary: what, and how much or which. */
    record Line(String what, Object value) {
    }

    /** A checklist practice with its state and how much evidence shows it. */
    record Practice(String group, String practice, String state, LocalDate observedOn, long cases, long reports,
                    boolean bySystem, String stateCode) {
    }

    /** A promise made at a meeting with law enforcement, and whether it was kept. */
    record PromiseLine(String meeting, String met, String promise, LocalDate dueOn, String state, LocalDate settledOn,
                       boolean overdue) {
    }

    /** A case, de-identified. */
    record CaseLine(String person, String facility, String opened, String status, String step, String outcome,
                    String findings, String findingCodes) {
    }

    /**
     * Writes the report in the reader's language; returns the rows written in all sheets.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public long write(long jurisdictionId, Locale locale, OutputStream out) {
        Jurisdiction j = jurisdictions.find(jurisdictionId).orElseThrow(() -> new NotFoundException("Jurisdiction", jurisdictionId));
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        Instant now = clock.instant();
        ZoneId zone = ServerZone.get();
        var scope = access.scope();

        List<MonitoringQueries.EvidenceCaseRow> rows = queries.evidenceCaseRows(scope, jurisdictionId, MAX_CASES);
        Map<Long, Set<Finding>> findings = queries.findingsOf(rows.stream().map(MonitoringQueries.EvidenceCaseRow::id).toList());
        // A month that fewer than SMALL_GROUP cases of a facility share could point to someone: it shows as its year.
        Map<String, Long> perMonth = rows.stream().filter(r -> r.openedAt() != null)
                .collect(Collectors.groupingBy(r -> r.facility() + "|" + YearMonth.from(r.openedAt().atZone(zone)), Collectors.counting()));
        List<CaseLine> cases = new ArrayList<>();
        int n = 0;
        for (MonitoringQueries.EvidenceCaseRow r : rows) {
            Set<Finding> f = findings.getOrDefault(r.id(), Set.of());
            YearMonth month = r.openedAt() == null ? null : YearMonth.from(r.openedAt().atZone(zone));
            String opened = month == null ? null : perMonth.getOrDefault(r.facility() + "|" + month, 0L) >= SMALL_GROUP
                    ? month.toString() : String.valueOf(month.getYear());
            cases.add(new CaseLine(l.getString("evidence.person") + " " + (++n), r.facility(), opened,
                    Labels.of(r.status(), locale), r.step() == null ? null : Labels.of(r.step(), locale),
                    r.outcome() == null ? null : Labels.of(r.outcome(), locale),
                    f.stream().sorted().map(x -> Labels.of(x, locale)).collect(Collectors.joining("; ")),
                    f.stream().sorted().map(Enum::name).collect(Collectors.joining(" "))));
        }

        Map<String, ChecklistEntry> entries = checklist.entries(jurisdictionId);
        boolean spanish = "es".equals(locale.getLanguage());
        List<Practice> practices = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            ChecklistEntry e = entries.get(item.getItemKey());
            ChecklistState state = e == null ? ChecklistState.UNKNOWN : e.getState();
            List<Evidence> evidence = e == null ? List.of() : e.getEvidence();
            practices.add(new Practice(Labels.of(item.getGroup(), locale),
                    spanish && item.getWordingEs() != null ? item.getWordingEs() : item.getWording(),
                    Labels.of(state, locale), e == null ? null : e.getObservedOn(),
                    evidence.stream().filter(ev -> ev.kind() == EvidenceKind.CASE).count(),
                    evidence.stream().filter(ev -> ev.kind() == EvidenceKind.HOTLINE_REPORT).count(),
                    e != null && e.isBySystem(), state.name()));
        }

        Map<Finding, Long> byFinding = new EnumMap<>(Finding.class);
        findings.values().forEach(set -> set.forEach(f -> byFinding.merge(f, 1L, Long::sum)));
        List<Line> summary = new ArrayList<>();
        summary.add(new Line(l.getString("evidence.jurisdiction"), j.getName()));
        summary.add(new Line(l.getString("ref.level"), Labels.of(j.getLevel(), locale)));
        summary.add(new Line(l.getString("ref.state"), j.getStateCode()));
        summary.add(new Line(l.getString("ref.policy"), Labels.of(j.getDetainerPolicy(), locale)));
        summary.add(new Line(l.getString("ref.policyDate"), j.getPolicyDate()));
        summary.add(new Line(l.getString("ref.policySource"), j.getPolicySource()));
        summary.add(new Line(l.getString("evidence.openCases"), queries.openCases(scope, jurisdictionId).getOrDefault(jurisdictionId, 0L)));
        summary.add(new Line(l.getString("evidence.casesWithFindings"), (long) cases.size()));
        byFinding.forEach((f, count) -> summary.add(new Line(l.getString("evidence.casesWith") + " " + Labels.of(f, locale), count)));
        summary.add(new Line(l.getString("evidence.observed"), practices.stream().filter(p -> p.stateCode().equals("OBSERVED")).count()
                + " / " + practices.size()));
        Instant since = LocalDate.ofInstant(now, zone).minusDays(REPORT_DAYS).atStartOfDay(zone).toInstant();
        summary.add(new Line(l.getString("evidence.reports"), queries.reportCount(jurisdictionId, since)));

        List<AuthorityView> officials = authorities.of(jurisdictionId);
        List<PromiseLine> promises = promises(j, officials, locale, LocalDate.ofInstant(now, zone));
        for (PromiseState state : PromiseState.values()) {
            summary.add(new Line(l.getString("evidence.promises") + ": " + Labels.of(state, locale),
                    promises.stream().filter(p -> p.state().equals(Labels.of(state, locale))).count()));
        }
        summary.add(new Line(l.getString("evidence.promisesOverdue"), promises.stream().filter(PromiseLine::overdue).count()));
        String yes = l.getString("file.yes");
        String no = l.getString("file.no");
        var summarySheet = new XlsxTable.Sheet<>(new XlsxTable<Line>(l.getString("evidence.sheet.summary"), List.of(
                new Column<>(l.getString("evidence.what"), 48, Line::what),
                new Column<>(l.getString("evidence.value"), 40, Line::value)), yes, no), summary);
        var checklistSheet = new XlsxTable.Sheet<>(new XlsxTable<Practice>(l.getString("evidence.sheet.checklist"), List.of(
                new Column<>(l.getString("evidence.group"), 30, Practice::group),
                new Column<>(l.getString("evidence.practice"), 60, Practice::practice),
                new Column<>(l.getString("evidence.state"), 14, Practice::state),
                new Column<>(l.getString("evidence.observedOn"), 12, Practice::observedOn),
                new Column<>(l.getString("evidence.caseEvidence"), 10, Practice::cases),
                new Column<>(l.getString("evidence.reportEvidence"), 10, Practice::reports),
                new Column<>(l.getString("evidence.bySystem"), 10, Practice::bySystem),
                new Column<>(l.getString("evidence.stateCode"), 14, Practice::stateCode)), yes, no), practices);
        var caseSheet = new XlsxTable.Sheet<>(new XlsxTable<CaseLine>(l.getString("evidence.sheet.cases"), List.of(
                new Column<>(l.getString("evidence.personColumn"), 12, CaseLine::person),
                new Column<>(l.getString("evidence.facility"), 30, CaseLine::facility),
                new Column<>(l.getString("evidence.openedMonth"), 10, CaseLine::opened),
                new Column<>(l.getString("evidence.status"), 10, CaseLine::status),
                new Column<>(l.getString("evidence.step"), 22, CaseLine::step),
                new Column<>(l.getString("evidence.outcome"), 20, CaseLine::outcome),
                new Column<>(l.getString("evidence.findings"), 60, CaseLine::findings),
                new Column<>(l.getString("code.findings"), 40, CaseLine::findingCodes)), yes, no), cases);
        var authoritySheet = new XlsxTable.Sheet<>(new XlsxTable<AuthorityView>(l.getString("evidence.sheet.authorities"), List.of(
                new Column<>(l.getString("evidence.office"), 28, a -> Labels.of(a.office(), locale)),
                new Column<>(l.getString("evidence.seat"), 20, AuthorityView::title),
                new Column<>(l.getString("evidence.holder"), 26, AuthorityView::holderName),
                new Column<>(l.getString("evidence.selection"), 12, a -> a.selection() == null ? null : Labels.of(a.selection(), locale)),
                new Column<>(l.getString("evidence.nextElection"), 12, AuthorityView::nextElection),
                new Column<>(l.getString("evidence.phone"), 18, AuthorityView::phone),
                new Column<>(l.getString("evidence.email"), 26, AuthorityView::email),
                new Column<>(l.getString("evidence.website"), 30, AuthorityView::website),
                new Column<>(l.getString("evidence.address"), 30, AuthorityView::address)), yes, no), officials);

        var promiseSheet = new XlsxTable.Sheet<>(new XlsxTable<PromiseLine>(l.getString("evidence.sheet.promises"), List.of(
                new Column<>(l.getString("evidence.meetingMonth"), 12, PromiseLine::meeting),
                new Column<>(l.getString("evidence.met"), 28, PromiseLine::met),
                new Column<>(l.getString("evidence.promise"), 50, PromiseLine::promise),
                new Column<>(l.getString("evidence.dueOn"), 12, PromiseLine::dueOn),
                new Column<>(l.getString("evidence.kept"), 14, PromiseLine::state),
                new Column<>(l.getString("evidence.settledOn"), 12, PromiseLine::settledOn),
                new Column<>(l.getString("evidence.overdue"), 10, PromiseLine::overdue)), yes, no), promises);

        Map<String, String> about = ExportAbout.of(l, l.getString("evidence.title") + ": " + j.getName(), now,
                session.getCallerPrincipal().getName(), ExportMode.DEIDENTIFIED);
        try {
            long written = XlsxTable.writeWorkbook(List.of(summarySheet, checklistSheet, caseSheet, authoritySheet, promiseSheet), about, out);
            audit.record("evidence.exported", "Jurisdiction", jurisdictionId, "rows=" + written + " cases=" + cases.size());
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The promises made at the campaign's meetings, by the month of the meeting and the office met, in words; the
     * organisers' own wording of a promise and who attended stay out.
     */
    private List<PromiseLine> promises(Jurisdiction j, List<AuthorityView> officials, Locale locale, LocalDate today) {
        Map<Long, AuthorityView> byId = officials.stream().collect(Collectors.toMap(AuthorityView::id, a -> a));
        return campaigns.ofJurisdiction(j).map(c -> campaigns.meetings(c.getId())).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Meeting::getHeldOn))
                .flatMap(m -> m.getPromises().stream().map(p -> {
                    AuthorityView met = m.getAuthorityId() == null ? null : byId.get(m.getAuthorityId());
                    return new PromiseLine(YearMonth.from(m.getHeldOn()).toString(), met == null ? null : Labels.of(met.office(), locale),
                            Labels.of(p.getKind(), locale), p.getDueOn(), Labels.of(p.getState(), locale), p.getSettledOn(),
                            p.overdue(today));
                })).toList();
    }
}
