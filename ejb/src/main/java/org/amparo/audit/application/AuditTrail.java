package org.amparo.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.infrastructure.AuditEventQuery;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.infrastructure.XlsxTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Supervisors and administrators read the audit trail: who did or read what, when, on which case; they export it,
 * and see who read far more files than their caseload. Nobody edits or deletes it: this service has no such method,
 * and no other part of the application writes to it but {@link AuditLog}. Reading the trail is itself audited.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class AuditTrail {

    private static final int MAX_PAGE = 500;

    @Inject
    AuditEventQuery query;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        requireYears(filter);
        if (first <= 0) {
            audit.record("audit.viewed", "AuditEvent", null, asked(filter));
        }
        return query.page(filter, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE)));
    }

    /** What a reading of the trail asked for: whether one person's entries, and only the filters that were set. */
    private static String asked(AuditFilter filter) {
        return "actor=" + (filter.actor() == null ? "any" : "set")
                + (filter.caseId() == null ? "" : " case=" + filter.caseId())
                + (filter.from() == null ? "" : " from=" + filter.from())
                + (filter.to() == null ? "" : " to=" + filter.to());
    }

    /** What breaking the glass records (see {@code CaseAccess.breakGlass}). */
    public static final String BREAK_GLASS = "case.breakGlass";

    /**
     * The latest break-glass openings, newest first: who opened which case outside their access, until when, and why.
     * Reading them is audited.
     */
    public List<AuditEntry> breakGlass(int max) {
        audit.record("audit.viewed", "AuditEvent", null, "breakGlass");
        return query.latest(BREAK_GLASS, Math.max(1, Math.min(max, MAX_PAGE)));
    }

    /** The latest records of one kind (the retention page lists its runs). */
    public List<AuditEntry> latest(String action, int max) {
        return query.latest(action, Math.max(1, Math.min(max, MAX_PAGE)));
    }

    public long count(AuditFilter filter) {
        requireYears(filter);
        return query.count(filter);
    }

    /**
     * How an export words the trail for its reader (the pages' words, in the reader's language): headers, times with
     * their zone, actions, records and details. The trail itself keeps its codes; the export carries them too, in
     * code columns beside the words, for programs.
     */
    public interface Wording {
        /** A column's header: {@code when, who, action, record, recordId, detail, actionCode, recordCode, detailCode}. */
        String header(String column);

        String when(java.time.Instant at);

        String action(String code);

        String record(String type);

        String detail(String detail);
    }

    /** The matching records as a workbook, newest first; the export is audited with its filter (ids only). */
    public long export(AuditFilter filter, OutputStream out, Wording words) {
        requireYears(filter);
        XlsxTable<AuditEntry> table = new XlsxTable<>("Audit", List.of(
                new XlsxTable.Column<>(words.header("when"), 24, e -> words.when(e.occurredAt())),
                new XlsxTable.Column<>(words.header("who"), 16, AuditEntry::actor),
                new XlsxTable.Column<>(words.header("action"), 30, e -> words.action(e.action())),
                new XlsxTable.Column<>(words.header("record"), 16, e -> words.record(e.subjectType())),
                new XlsxTable.Column<>(words.header("recordId"), 10, AuditEntry::subjectId),
                new XlsxTable.Column<>(words.header("detail"), 60, e -> words.detail(e.detail())),
                new XlsxTable.Column<>(words.header("actionCode"), 26, AuditEntry::action),
                new XlsxTable.Column<>(words.header("recordCode"), 16, AuditEntry::subjectType),
                new XlsxTable.Column<>(words.header("detailCode"), 60, AuditEntry::detail),
                new XlsxTable.Column<>(words.header("whenCode"), 22, e -> e.occurredAt().toString())));
        try (Stream<AuditEntry> rows = query.stream(filter)) {
            long written = table.write(rows::iterator, Map.of("Exported", java.time.Instant.now().toString()), out);
            audit.record("audit.exported", "AuditEvent", null, "rows=" + written + " " + asked(filter));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accounts that read far more case files in the period than their caseload ({@link UnusualReading#isUnusual}). */
    public List<UnusualReading> unusualReading(LocalDate from, LocalDate to) {
        validation.requireYears("from", from);
        validation.requireYears("to", to);
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        List<UnusualReading> unusual = new ArrayList<>();
        query.casesReadPerActor(start.atStartOfDay(), end.plusDays(1).atStartOfDay()).forEach((actor, read) -> {
            long caseload = query.caseload(actor);
            if (UnusualReading.isUnusual(read, caseload)) {
                unusual.add(new UnusualReading(actor, read, caseload));
            }
        });
        return unusual;
    }

    /** The filter's days, in the years 1900 to 2200: the day after +999999999-12-31 does not exist. */
    private void requireYears(AuditFilter filter) {
        validation.requireYears("from", filter.from());
        validation.requireYears("to", filter.to());
    }
}
