package org.amparo.cases.application;

import org.amparo.exports.application.ExportAbout;
import org.amparo.exports.application.ExportPolicy;
import org.amparo.exports.domain.ExportMode;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.infrastructure.CaseExportQuery;
import org.amparo.cases.infrastructure.CaseListQuery;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.infrastructure.HandOff;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Exports a case list as an XLSX workbook: the rows the user's filters select, in the user's sort order.
 * An identified export names people, so only supervisors and admins may make one. A de-identified export (the only
 * kind for caseworkers, attorneys and staff) has no names, A-numbers, booking numbers, dates of birth or staff names:
 * each person and case is a stable pseudonym and the age an age band. Every export is audited with its mode.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class CaseExport {

    /** Rows fetched per query while streaming, so a large export never holds the whole list in memory. */
    private static final int CHUNK = org.amparo.platform.Installation.exportBatchRows();

    @Inject
    CaseListQuery listQuery;

    @Inject
    CaseExportQuery details;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    org.amparo.exports.infrastructure.Pseudonyms pseudonyms;

    @Inject
    ExportPolicy policy;

    @Inject
    CaseAccess access;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    jakarta.enterprise.concurrent.ManagedThreadFactory threadFactory;

    /**
     * Writes the cases matching the criteria to the stream, identified or de-identified.
     *
     * @throws jakarta.ejb.EJBAccessException when the caller asks for a full export their role does not allow
     */
    public long exportCases(CaseListCriteria criteria, Locale locale, OutputStream out, ExportMode mode) {
        return exportCases(criteria, locale, out, mode, done -> { });
    }

    /**
     * The same, telling {@code progress} how many rows are written after every batch (a background export's progress
     * bar). Rows are read through a database cursor, a batch at a time, and written by SXSSF on a thread of its own: the
     * heap holds a few batches and SXSSF's window, whatever the number of rows.
     */
    public long exportCases(CaseListCriteria asked, Locale locale, OutputStream out, ExportMode mode, java.util.function.LongConsumer progress) {
        policy.requireAllowed(mode);
        CaseListCriteria criteria = asked.forExport(mode);
        String caller = session.getCallerPrincipal().getName();
        ResourceBundle labels = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        // The de-identified columns read the person of each case from the batch whose values are being taken.
        Map<Long, Long> personOf = new java.util.HashMap<>();
        List<Column<CaseSummary>> columns = mode == ExportMode.FULL ? columns(labels, locale) : deidentifiedColumns(labels, personOf::get, locale);
        XlsxTable<CaseSummary> table = new XlsxTable<>(labels.getString("cases.sheet"), columns);
        Map<String, String> about = ExportAbout.of(labels, labels.getString("cases.sheet") + " (" + criteria.describe() + ")",
                Instant.now(clock), caller, mode);
        try (XlsxTable<CaseSummary>.Writer writer = table.open()) {
            java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
            // Rows are read, decrypted and turned into cell values (words, pseudonyms, age bands) on this thread, in its
            // transaction, while the batch before is written to the workbook on another, which then does nothing but
            // POI's own work: the writing was the slower half (a profile: the reading thread waited for it most of the
            // time).
            try (HandOff<List<Object[]>> writing = new HandOff<>(threads(), 2, batch -> {
                batch.forEach(writer::addValues);
                written.addAndGet(batch.size());
            })) {
                listQuery.forEach(criteria, access.scope(), CHUNK, rows -> {
                    personOf.clear();
                    if (mode == ExportMode.DEIDENTIFIED) {
                        details.personIds(rows.stream().map(CaseSummary::id).toList())
                                .forEach(r -> personOf.put((Long) r[0], (Long) r[1]));
                    }
                    writing.put(rows.stream().map(table::values).toList());
                    progress.accept(written.get()); // rows written so far, told on this thread (progress is stored in its transaction)
                });
                writing.finish();
            }
            long rows = writer.finish(about, out);
            audit.record("cases.exported", "DetentionCase", null, "rows=" + rows + ", mode=" + mode.label() + ", filter: " + criteria.describe());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's managed threads; plain threads outside a container (tests). */
    private java.util.concurrent.ThreadFactory threads() {
        return threadFactory != null ? threadFactory : Thread::new;
    }

    /** One ICE document of a listed case, as the ICE-requests export writes it. */
    record IceRow(CaseSummary c, long personId, String form, java.time.LocalDateTime issuedAt, Boolean served, Boolean honored,
                  Boolean notified, boolean lifted, String jurisdiction, String interference) {
    }

    /**
     * The ICE documents (detainers, notifications, warrants) of the listed cases, in the list's order and then by
     * issue: the evidence a campaign counts. Identified or de-identified as {@link #exportCases} is; audited.
     */
    public long exportIceRequests(CaseListCriteria asked, Locale locale, OutputStream out, ExportMode mode) {
        policy.requireAllowed(mode);
        CaseListCriteria criteria = asked.forExport(mode);
        String caller = session.getCallerPrincipal().getName();
        ResourceBundle l = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        XlsxTable<IceRow> table = new XlsxTable<>(l.getString("ice.sheet"), iceColumns(l, mode, locale), l.getString("file.yes"), l.getString("file.no"));
        Map<String, String> about = ExportAbout.of(l, l.getString("ice.sheet") + " (" + criteria.describe() + ")",
                Instant.now(clock), caller, mode);
        try (XlsxTable<IceRow>.Writer writer = table.open()) {
            listQuery.forEach(criteria, access.scope(), CHUNK, batch -> {
                List<Long> ids = batch.stream().map(CaseSummary::id).toList();
                Map<Long, String> interference = new java.util.HashMap<>();
                details.interference(ids)
                        .forEach(r -> interference.merge((Long) r[0], ((Enum<?>) r[1]).name(), (a, b) -> a + ", " + b));
                Map<Long, List<Object[]>> byCase = new java.util.HashMap<>();
                details.iceRequests(ids)
                        .forEach(r -> byCase.computeIfAbsent((Long) r[1], k -> new java.util.ArrayList<>()).add(r));
                for (CaseSummary c : batch) {
                    for (Object[] r : byCase.getOrDefault(c.id(), List.of())) {
                        writer.add(new IceRow(c, (Long) r[2], (String) r[3], (java.time.LocalDateTime) r[4], (Boolean) r[5],
                                (Boolean) r[6], (Boolean) r[7], (Boolean) r[8], (String) r[9], interference.get((Long) r[0])));
                    }
                }
            });
            long rows = writer.finish(about, out);
            audit.record("iceRequests.exported", "Detainer", null, "rows=" + rows + ", mode=" + mode.label()
                    + ", filter: " + criteria.describe());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Column<IceRow>> iceColumns(ResourceBundle l, ExportMode mode, Locale locale) {
        List<Column<IceRow>> columns = new java.util.ArrayList<>();
        if (mode == ExportMode.FULL) {
            columns.add(new Column<>(l.getString("case.id"), 10, r -> r.c().id()));
            columns.add(new Column<>(l.getString("case.familyName"), 22, r -> r.c().familyName()));
            columns.add(new Column<>(l.getString("case.givenNames"), 22, r -> r.c().givenNames()));
            columns.add(new Column<>(l.getString("case.aNumber"), 15, r -> r.c().aNumber()));
        } else {
            columns.add(new Column<>(l.getString("case.pseudonym"), 14, r -> pseudonyms.of("case", r.c().id())));
            columns.add(new Column<>(l.getString("case.personPseudonym"), 14, r -> pseudonyms.of("person", r.personId())));
        }
        columns.add(new Column<>(l.getString("case.facility"), 30, r -> r.c().facilityName()));
        columns.add(new Column<>(l.getString("ice.jurisdiction"), 24, IceRow::jurisdiction));
        columns.add(new Column<>(l.getString("ice.form"), 10, r -> Labels.iceForm(r.form())));
        columns.add(new Column<>(l.getString("ice.issuedAt"), 18, IceRow::issuedAt));
        columns.add(new Column<>(l.getString("ice.served"), 10, IceRow::served));
        columns.add(new Column<>(l.getString("ice.honored"), 10, IceRow::honored));
        columns.add(new Column<>(l.getString("ice.notified"), 10, IceRow::notified));
        columns.add(new Column<>(l.getString("ice.lifted"), 10, IceRow::lifted));
        columns.add(new Column<>(l.getString("ice.interference"), 30, r -> r.interference() == null ? null
                : java.util.Arrays.stream(r.interference().split(", ")).map(x -> Labels.ofName("Interference", x, locale))
                .collect(java.util.stream.Collectors.joining(", "))));
        columns.add(new Column<>(l.getString("case.status"), 10, r -> Labels.of(r.c().status(), locale)));
        columns.add(new Column<>(l.getString("case.holdExpires"), 18, r -> r.c().holdExpiresLocal()));
        columns.add(new Column<>(l.getString("case.findings"), 40, r -> r.c().findings().isEmpty() ? null
                : String.join(", ", r.c().findings().stream().map(f -> Labels.of(f, locale)).toList())));
        // The codes beside the words, at the end, for programs that read the sheet.
        columns.add(new Column<>(l.getString("code.form"), 10, IceRow::form));
        columns.add(new Column<>(l.getString("code.interference"), 30, IceRow::interference));
        columns.add(new Column<>(l.getString("code.status"), 10, r -> code(r.c().status())));
        columns.add(new Column<>(l.getString("code.findings"), 30, r -> codes(r.c().findings())));
        return columns;
    }

    /** How many rows an export of these criteria will have (for a background export's progress). */
    public long count(CaseListCriteria criteria) {
        return listQuery.count(criteria, access.scope());
    }

    List<Column<CaseSummary>> deidentifiedColumns(ResourceBundle labels, java.util.function.Function<Long, Long> personOf, Locale locale) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return withCodes(List.of(
                new Column<>(labels.getString("case.pseudonym"), 14, c -> pseudonyms.of("case", c.id())),
                new Column<>(labels.getString("case.personPseudonym"), 14, c -> pseudonyms.of("person", personOf.apply(c.id()))),
                new Column<>(labels.getString("case.ageBand"), 10, c -> org.amparo.exports.domain.AgeBand.of(c.dateOfBirth(), today)),
                new Column<>(labels.getString("case.facility"), 30, CaseSummary::facilityName),
                new Column<>(labels.getString("case.status"), 10, c -> Labels.of(c.status(), locale)),
                new Column<>(labels.getString("case.workflowStep"), 18, c -> Labels.of(c.workflowStep(), locale)),
                new Column<>(labels.getString("case.openedOn"), 12, c -> c.openedAt() == null ? null
                        : java.time.LocalDate.ofInstant(c.openedAt(), java.time.ZoneOffset.UTC)),
                new Column<>(labels.getString("case.priority"), 16, c -> Labels.of(c.enforcementPriority(), locale)),
                new Column<>(labels.getString("case.daca"), 18, c -> Labels.of(c.dacaResult(), locale)),
                new Column<>(labels.getString("case.holdExpires"), 18, CaseSummary::holdExpiresLocal),
                new Column<>(labels.getString("case.findings"), 40, c -> c.findings().isEmpty() ? null
                        : String.join(", ", c.findings().stream().map(f -> Labels.of(f, locale)).toList()))), labels);
    }

    /** An identified export (supervisors, admins). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public long exportCases(CaseListCriteria criteria, Locale locale, OutputStream out) {
        return exportCases(criteria, locale, out, ExportMode.FULL);
    }

    static List<Column<CaseSummary>> columns(ResourceBundle l, Locale locale) {
        return withCodes(List.of(
                new Column<>(l.getString("case.id"), 10, CaseSummary::id),
                new Column<>(l.getString("case.familyName"), 22, CaseSummary::familyName),
                new Column<>(l.getString("case.givenNames"), 22, CaseSummary::givenNames),
                new Column<>(l.getString("case.dateOfBirth"), 13, CaseSummary::dateOfBirth),
                new Column<>(l.getString("case.aNumber"), 15, CaseSummary::aNumber),
                new Column<>(l.getString("case.facility"), 30, CaseSummary::facilityName),
                new Column<>(l.getString("case.bookingNumber"), 16, CaseSummary::bookingNumber),
                new Column<>(l.getString("case.status"), 10, c -> Labels.of(c.status(), locale)),
                new Column<>(l.getString("case.workflowStep"), 18, c -> Labels.of(c.workflowStep(), locale)),
                new Column<>(l.getString("case.caseworker"), 16, CaseSummary::caseworker),
                new Column<>(l.getString("case.attorney"), 16, CaseSummary::attorney),
                new Column<>(l.getString("case.openedAt"), 18, CaseSummary::openedAt),
                new Column<>(l.getString("case.priority"), 16, c -> Labels.of(c.enforcementPriority(), locale)),
                new Column<>(l.getString("case.daca"), 18, c -> Labels.of(c.dacaResult(), locale)),
                new Column<>(l.getString("case.holdExpires"), 18, CaseSummary::holdExpiresLocal),
                new Column<>(l.getString("case.findings"), 40, c -> c.findings().isEmpty() ? null
                        : String.join(", ", c.findings().stream().map(f -> Labels.of(f, locale)).toList()))), l);
    }

    /** The label columns, then the codes beside them for programs that read the sheet (status, step, priority, DACA, findings). */
    private static List<Column<CaseSummary>> withCodes(List<Column<CaseSummary>> labelled, ResourceBundle l) {
        List<Column<CaseSummary>> all = new java.util.ArrayList<>(labelled);
        all.add(new Column<>(l.getString("code.status"), 10, c -> code(c.status())));
        all.add(new Column<>(l.getString("code.step"), 18, c -> code(c.workflowStep())));
        all.add(new Column<>(l.getString("code.priority"), 16, c -> code(c.enforcementPriority())));
        all.add(new Column<>(l.getString("code.daca"), 16, c -> code(c.dacaResult())));
        all.add(new Column<>(l.getString("code.findings"), 30, c -> codes(c.findings())));
        return all;
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String codes(List<? extends Enum<?>> values) {
        return values.isEmpty() ? null : String.join(", ", values.stream().map(Enum::name).toList());
    }
}
