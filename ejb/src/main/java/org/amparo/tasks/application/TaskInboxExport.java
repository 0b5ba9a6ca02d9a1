package org.amparo.tasks.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.exports.application.ExportAbout;
import org.amparo.exports.application.ExportPolicy;
import org.amparo.exports.domain.ExportMode;
import org.amparo.exports.infrastructure.Pseudonyms;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The caller's task inbox as an XLSX workbook: the same tasks in the same order as the inbox page. Identified for
 * supervisors and admins; for everyone else the person is left out and the case is its pseudonym, as in every other
 * list export. Audited.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class TaskInboxExport {

    @Inject
    TaskInbox inbox;

    @Inject
    ExportPolicy policy;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The whole inbox, most urgent first (as the inbox lists it). */
    public long export(Locale locale, OutputStream out, ExportMode mode) {
        return export(null, locale, out, mode);
    }

    /**
     * The inbox tasks the page shows after its filters and sort, in that order ({@code shownIds}; null for all). Only
     * the caller's own inbox is ever read, whatever the ids.
     */
    public long export(List<String> shownIds, Locale locale, OutputStream out, ExportMode mode) {
        policy.requireAllowed(mode);
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        // The page's tasks in its order (names read for them alone), or the whole inbox, most urgent first.
        List<InboxItem> items = inbox.these(shownIds);
        XlsxTable<InboxItem> table = new XlsxTable<>(l.getString("task.sheet"), columns(l, mode, locale), l.getString("file.yes"), l.getString("file.no"));
        Map<String, String> about = ExportAbout.of(l, l.getString("task.sheet"), Instant.now(clock),
                session.getCallerPrincipal().getName(), mode);
        try {
            long rows = table.write(items, about, out);
            audit.record("tasks.exported", "Task", null, "rows=" + rows + ", mode=" + mode.label());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Column<InboxItem>> columns(ResourceBundle l, ExportMode mode, Locale locale) {
        List<Column<InboxItem>> columns = new ArrayList<>();
        // A campaign's task (no case): its words in full, its kind de-identified (a step's title is the organisers' wording).
        columns.add(new Column<>(l.getString("task.name"), 28, i -> !i.campaignTask() ? Labels.of(i.step(), locale)
                : Labels.of(i.campaign().kind(), locale) + (mode == ExportMode.FULL && i.campaign().title() != null
                        ? ": " + i.campaign().title() : "") + " \u2014 " + i.campaign().campaignName()));
        if (mode == ExportMode.FULL) {
            columns.add(new Column<>(l.getString("task.case"), 10, i -> i.campaignTask() ? null : i.caseId()));
            columns.add(new Column<>(l.getString("task.person"), 28, InboxItem::personName));
        } else {
            columns.add(new Column<>(l.getString("case.pseudonym"), 14, i -> i.campaignTask() ? null : pseudonyms.of("case", i.caseId())));
        }
        columns.add(new Column<>(l.getString("task.priority"), 16, i -> Labels.of(i.enforcementPriority(), locale)));
        columns.add(new Column<>(l.getString("task.holdExpires"), 18, InboxItem::holdExpiresLocal));
        columns.add(new Column<>(l.getString("task.created"), 18, i -> i.createdAt() == null ? null
                : java.time.LocalDateTime.ofInstant(i.createdAt(), java.time.ZoneOffset.UTC)));
        // A campaign task is due on a day (its end, as an instant, would read as the next day's midnight).
        columns.add(new Column<>(l.getString("task.due"), 18, i -> i.campaignTask() ? i.campaign().dueOn() : i.dueAt() == null ? null
                : java.time.LocalDateTime.ofInstant(i.dueAt(), java.time.ZoneOffset.UTC)));
        columns.add(new Column<>(l.getString("task.overdue"), 10, InboxItem::overdue));
        if (mode == ExportMode.FULL) {
            columns.add(new Column<>(l.getString("task.assignee"), 16, InboxItem::assignee));
        } else {
            columns.add(new Column<>(l.getString("task.claimed"), 10, i -> i.assignee() != null));
        }
        columns.add(new Column<>(l.getString("task.groups"), 16, i -> String.join(", ", i.candidateGroups())));
        // the codes, for programs that read the sheet
        columns.add(new Column<>(l.getString("code.step"), 18, i -> i.campaignTask() ? "CAMPAIGN_" + i.campaign().kind().name() : i.step().name()));
        columns.add(new Column<>(l.getString("code.priority"), 16, i -> code(i.enforcementPriority())));
        return columns;
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
