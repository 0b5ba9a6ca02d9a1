package org.amparo.dashboard.application;

import org.amparo.shared.domain.Labels;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.dashboard.application.DashboardFigures.Caseload;
import org.amparo.dashboard.application.DashboardFigures.HoldAlert;
import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;
import org.amparo.dashboard.application.DashboardFigures.OverdueTask;
import org.amparo.dashboard.application.DashboardFigures.PipelineStep;
import org.amparo.dashboard.application.DashboardFigures.UnassignedCase;
import org.amparo.security.domain.Roles;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;

/**
 * Every dashboard table as an XLSX workbook, with the same filters and rows as on screen (the rows come from the same
 * {@link Dashboard} methods, with the same access rules). Every export is audited.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class DashboardExport {

    /** The dashboard's tables. */
    public enum Table {
        HOLDS, PIPELINE, OVERDUE, UNASSIGNED, CASELOAD, OUTCOMES, DETAINERS_BY_MONTH, DETAINERS_BY_FACILITY, FINDINGS
    }

    @Inject
    Dashboard dashboard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Writes one table; returns its row count. */
    public long export(Table table, DashboardFilter filter, Locale locale, OutputStream out) {
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        String title = l.getString("dashboard." + table.name());
        long rows = switch (table) {
            case HOLDS -> write(title, List.of(
                    new Column<HoldAlert>(l.getString("case.id"), 10, HoldAlert::caseId),
                    new Column<HoldAlert>(l.getString("dashboard.person"), 26, HoldAlert::personName),
                    new Column<HoldAlert>(l.getString("case.facility"), 30, HoldAlert::facilityName),
                    new Column<HoldAlert>(l.getString("case.caseworker"), 16, HoldAlert::caseworker),
                    new Column<HoldAlert>(l.getString("case.attorney"), 16, HoldAlert::attorney),
                    new Column<HoldAlert>(l.getString("case.holdExpires"), 20, HoldAlert::expiresLocal)),
                    dashboard.holdsExpiring(filter, (int) org.amparo.cases.domain.HoldWindows.SOON.toHours()), filter, l, out);
            case PIPELINE -> write(title, List.of(
                    new Column<PipelineStep>(l.getString("case.workflowStep"), 22, s -> Labels.of(s.step(), locale)),
                    new Column<PipelineStep>(l.getString("dashboard.cases"), 10, PipelineStep::cases),
                    new Column<PipelineStep>(l.getString("dashboard.medianHours"), 14, PipelineStep::medianHours),
                    new Column<PipelineStep>(l.getString("dashboard.oldestHours"), 14, PipelineStep::oldestHours)),
                    dashboard.pipeline(filter), filter, l, out);
            // Staff see how many tasks are late at which step: the sheet has no case id or assignee column at all.
            case OVERDUE -> write(title, Roles.seesNames(session::isCallerInRole) ? List.of(
                    new Column<OverdueTask>(l.getString("case.id"), 10, OverdueTask::caseId),
                    new Column<OverdueTask>(l.getString("case.workflowStep"), 22, t -> Labels.of(t.step(), locale)),
                    new Column<OverdueTask>(l.getString("dashboard.assignee"), 16, OverdueTask::assignee),
                    new Column<OverdueTask>(l.getString("dashboard.due"), 20, OverdueTask::dueAt)) : List.of(
                    new Column<OverdueTask>(l.getString("case.workflowStep"), 22, t -> Labels.of(t.step(), locale)),
                    new Column<OverdueTask>(l.getString("dashboard.due"), 20, OverdueTask::dueAt)),
                    dashboard.overdueTasks(filter), filter, l, out);
            case UNASSIGNED -> write(title, List.of(
                    new Column<UnassignedCase>(l.getString("case.id"), 10, UnassignedCase::caseId),
                    new Column<UnassignedCase>(l.getString("dashboard.person"), 26, UnassignedCase::personName),
                    new Column<UnassignedCase>(l.getString("case.workflowStep"), 22, u -> Labels.of(u.step(), locale)),
                    new Column<UnassignedCase>(l.getString("dashboard.noCaseworker"), 12, UnassignedCase::noCaseworker),
                    new Column<UnassignedCase>(l.getString("dashboard.noAttorney"), 12, UnassignedCase::noAttorney)),
                    dashboard.unassigned(filter), filter, l, out);
            case CASELOAD -> write(title, List.of(
                    new Column<Caseload>(l.getString("dashboard.user"), 18, Caseload::user),
                    new Column<Caseload>(l.getString("dashboard.asCaseworker"), 14, Caseload::casesAsCaseworker),
                    new Column<Caseload>(l.getString("dashboard.asAttorney"), 14, Caseload::casesAsAttorney),
                    new Column<Caseload>(l.getString("dashboard.openTasks"), 12, Caseload::openTasks)),
                    dashboard.caseload(filter), filter, l, out);
            // The figures over time of a large file say on their About sheet when their whole months were counted.
            case OUTCOMES -> writeMonths(title, l.getString("case.outcome"), dashboard.outcomesByMonth(filter),
                    label -> Labels.ofName("CaseOutcome", label, locale), filter, l, out);
            case DETAINERS_BY_MONTH -> writeMonths(title, l.getString("dashboard.form"), dashboard.detainersByMonth(filter),
                    Labels::iceForm, filter, l, out);
            case DETAINERS_BY_FACILITY -> write(title, List.of(
                    new Column<LabelCount>(l.getString("case.facility"), 30, LabelCount::label),
                    new Column<LabelCount>(l.getString("dashboard.count"), 10, LabelCount::count)),
                    dashboard.detainersByFacility(filter), filter, l, out);
            case FINDINGS -> write(title, List.of(
                    new Column<JurisdictionFinding>(l.getString("dashboard.jurisdiction"), 30, JurisdictionFinding::jurisdiction),
                    new Column<JurisdictionFinding>(l.getString("case.findings"), 24, f -> Labels.of(f.finding(), locale)),
                    new Column<JurisdictionFinding>(l.getString("dashboard.count"), 10, JurisdictionFinding::count)),
                    dashboard.findingsByJurisdiction(filter), filter, l, out);
        };
        audit.record("dashboard.exported", "Dashboard", table.name(), "rows=" + rows + ", filter: " + filter.describe());
        return rows;
    }

    private long writeMonths(String title, String labelHeader, Dashboard.Counted<MonthCount> counted,
                             java.util.function.UnaryOperator<String> worded, DashboardFilter filter, ResourceBundle l, OutputStream out) {
        List<MonthCount> rows = counted.rows().stream()
                .map(m -> new MonthCount(m.year(), m.month(), worded.apply(m.label()), m.count())).toList();
        return write(title, List.of(
                new Column<MonthCount>(l.getString("dashboard.month"), 10, MonthCount::period),
                new Column<MonthCount>(labelHeader, 24, MonthCount::label),
                new Column<MonthCount>(l.getString("dashboard.count"), 10, MonthCount::count)),
                rows, filter, counted.monthsCountedAt(), l, out);
    }

    private <T> long write(String title, List<Column<T>> columns, Dashboard.Counted<T> counted, DashboardFilter filter,
                           ResourceBundle l, OutputStream out) {
        return write(title, columns, counted.rows(), filter, counted.monthsCountedAt(), l, out);
    }

    private <T> long write(String title, List<Column<T>> columns, List<T> rows, DashboardFilter filter, ResourceBundle l,
                           OutputStream out) {
        return write(title, columns, rows, filter, null, l, out);
    }

    private <T> long write(String title, List<Column<T>> columns, List<T> rows, DashboardFilter filter, Instant monthsCounted,
                           ResourceBundle l, OutputStream out) {
        Map<String, String> about = org.amparo.exports.application.ExportAbout.of(l, title + " (" + filter.describe() + ")",
                Instant.now(clock), session.getCallerPrincipal().getName());
        if (monthsCounted != null) {
            about.put(l.getString("about.monthsCounted"), monthsCounted.toString());
        }
        try {
            return new XlsxTable<>(title, columns).write(rows, about, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
