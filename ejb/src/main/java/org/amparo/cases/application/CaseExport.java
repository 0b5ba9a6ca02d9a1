package org.amparo.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.infrastructure.CaseListQuery;
import org.amparo.security.domain.Roles;
import org.amparo.shared.infrastructure.XlsxTable;
import org.amparo.shared.infrastructure.XlsxTable.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
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

    /** What an export may show. */
    public enum Mode { FULL, DEIDENTIFIED }

    /** Rows fetched per query while streaming, so a large export never holds the whole list in memory. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseListQuery listQuery;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    org.amparo.exports.infrastructure.Pseudonyms pseudonyms;

    /** The mode a caller gets when they do not choose: full for supervisors and admins, de-identified for everyone else. */
    public Mode defaultMode() {
        return mayExportIdentified() ? Mode.FULL : Mode.DEIDENTIFIED;
    }

    /**
     * The mode an export request asks for: {@code full}, {@code deidentified}, or nothing for the caller's default.
     *
     * @throws jakarta.ejb.EJBAccessException when the caller asks for a full export their role does not allow
     */
    public Mode mode(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultMode();
        }
        Mode mode = switch (requested.trim().toLowerCase(Locale.ROOT)) {
            case "full" -> Mode.FULL;
            case "deidentified" -> Mode.DEIDENTIFIED;
            default -> throw org.amparo.shared.domain.InvalidInputException.of("mode", "is full or deidentified");
        };
        if (mode == Mode.FULL && !mayExportIdentified()) {
            throw new jakarta.ejb.EJBAccessException("An identified export needs the supervisor or admin role");
        }
        return mode;
    }

    private boolean mayExportIdentified() {
        return session.isCallerInRole(Roles.SUPERVISOR) || session.isCallerInRole(Roles.ADMIN);
    }

    /**
     * Writes the cases matching the criteria to the stream, identified or de-identified.
     *
     * @throws jakarta.ejb.EJBAccessException when the caller asks for a full export their role does not allow
     */
    public long exportCases(CaseListCriteria criteria, Locale locale, OutputStream out, Mode mode) {
        return exportCases(criteria, locale, out, mode, done -> { });
    }

    /**
     * The same, telling {@code progress} how many rows are written after every batch (a background export's progress
     * bar). Rows are read through a database cursor, a batch at a time, and written by SXSSF: the heap holds a batch and
     * SXSSF's window, whatever the number of rows.
     */
    public long exportCases(CaseListCriteria criteria, Locale locale, OutputStream out, Mode mode, java.util.function.LongConsumer progress) {
        if (mode == Mode.FULL && !mayExportIdentified()) {
            throw new jakarta.ejb.EJBAccessException("An identified export needs the supervisor or admin role");
        }
        String caller = session.getCallerPrincipal().getName();
        ResourceBundle labels = ResourceBundle.getBundle("org.amparo.i18n.exports", locale);
        Map<Long, Long> personOf = new java.util.HashMap<>();
        List<Column<CaseSummary>> columns = mode == Mode.FULL ? columns(labels) : deidentifiedColumns(labels, personOf);
        XlsxTable<CaseSummary> table = new XlsxTable<>(labels.getString("cases.sheet"), columns);
        Map<String, String> about = new LinkedHashMap<>();
        about.put(labels.getString("about.what"), labels.getString("cases.sheet") + " (" + criteria.describe() + ")");
        about.put(labels.getString("about.when"), Instant.now(clock).toString());
        about.put(labels.getString("about.who"), caller);
        about.put(labels.getString("about.mode"), labels.getString(mode == Mode.FULL ? "about.mode.full" : "about.mode.deidentified"));
        try (XlsxTable<CaseSummary>.Writer writer = table.open()) {
            long[] written = {0};
            listQuery.forEach(em, criteria, caller, CHUNK, batch -> {
                if (mode == Mode.DEIDENTIFIED) {
                    personOf.clear();
                    em.createQuery("select c.id, c.person.id from DetentionCase c where c.id in :ids", Object[].class)
                            .setParameter("ids", batch.stream().map(CaseSummary::id).toList()).getResultList()
                            .forEach(r -> personOf.put((Long) r[0], (Long) r[1]));
                }
                batch.forEach(writer::add);
                written[0] += batch.size();
                progress.accept(written[0]);
            });
            long rows = writer.finish(about, out);
            audit.record("cases.exported", "DetentionCase", null, "rows=" + rows + ", mode="
                    + (mode == Mode.FULL ? "full" : "deidentified") + ", filter: " + criteria.describe());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows an export of these criteria will have (for a background export's progress). */
    public long count(CaseListCriteria criteria) {
        return listQuery.count(em, criteria, session.getCallerPrincipal().getName());
    }

    private List<Column<CaseSummary>> deidentifiedColumns(ResourceBundle labels, Map<Long, Long> personOf) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return List.of(
                new Column<>(labels.getString("case.pseudonym"), 14, c -> pseudonyms.of(em, "case", c.id())),
                new Column<>(labels.getString("case.personPseudonym"), 14, c -> pseudonyms.of(em, "person", personOf.get(c.id()))),
                new Column<>(labels.getString("case.ageBand"), 10, c -> org.amparo.exports.domain.AgeBand.of(c.dateOfBirth(), today)),
                new Column<>(labels.getString("case.facility"), 30, CaseSummary::facilityName),
                new Column<>(labels.getString("case.status"), 10, c -> c.status().name()),
                new Column<>(labels.getString("case.workflowStep"), 18, CaseSummary::workflowStep),
                new Column<>(labels.getString("case.openedOn"), 12, c -> c.openedAt() == null ? null
                        : java.time.LocalDate.ofInstant(c.openedAt(), java.time.ZoneOffset.UTC)),
                new Column<>(labels.getString("case.priority"), 16, c -> c.enforcementPriority() == null ? null : c.enforcementPriority().name()),
                new Column<>(labels.getString("case.daca"), 18, c -> c.dacaResult() == null ? null : c.dacaResult().name()),
                new Column<>(labels.getString("case.holdExpires"), 18, CaseSummary::holdExpiresLocal),
                new Column<>(labels.getString("case.findings"), 40, c -> c.findings().isEmpty() ? null
                        : String.join(", ", c.findings().stream().map(Enum::name).toList())));
    }

    /** An identified export (supervisors, admins). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public long exportCases(CaseListCriteria criteria, Locale locale, OutputStream out) {
        return exportCases(criteria, locale, out, Mode.FULL);
    }

    private static List<Column<CaseSummary>> columns(ResourceBundle l) {
        return List.of(
                new Column<>(l.getString("case.id"), 10, CaseSummary::id),
                new Column<>(l.getString("case.familyName"), 22, CaseSummary::familyName),
                new Column<>(l.getString("case.givenNames"), 22, CaseSummary::givenNames),
                new Column<>(l.getString("case.dateOfBirth"), 13, CaseSummary::dateOfBirth),
                new Column<>(l.getString("case.aNumber"), 15, CaseSummary::aNumber),
                new Column<>(l.getString("case.facility"), 30, CaseSummary::facilityName),
                new Column<>(l.getString("case.bookingNumber"), 16, CaseSummary::bookingNumber),
                new Column<>(l.getString("case.status"), 10, c -> c.status().name()),
                new Column<>(l.getString("case.workflowStep"), 18, CaseSummary::workflowStep),
                new Column<>(l.getString("case.caseworker"), 16, CaseSummary::caseworker),
                new Column<>(l.getString("case.attorney"), 16, CaseSummary::attorney),
                new Column<>(l.getString("case.openedAt"), 18, CaseSummary::openedAt),
                new Column<>(l.getString("case.priority"), 16, c -> c.enforcementPriority() == null ? null : c.enforcementPriority().name()),
                new Column<>(l.getString("case.daca"), 18, c -> c.dacaResult() == null ? null : c.dacaResult().name()),
                new Column<>(l.getString("case.holdExpires"), 18, CaseSummary::holdExpiresLocal),
                new Column<>(l.getString("case.findings"), 40, c -> c.findings().isEmpty() ? null
                        : String.join(", ", c.findings().stream().map(Enum::name).toList())));
    }
}
