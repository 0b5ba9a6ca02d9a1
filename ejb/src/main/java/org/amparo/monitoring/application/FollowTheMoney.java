package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.monitoring.domain.JailMoney;
import org.amparo.monitoring.infrastructure.JailMoneyStore;
import org.amparo.monitoring.infrastructure.MonitoringQueries;
import org.amparo.platform.ServerZone;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Follow the money (issue 14; the toolkit's "Follow the Money: Local Costs of Immigration Enforcement"): what a
 * jurisdiction's jails get for working with ICE against what it costs them, per facility (or the jails together) and
 * fiscal year: SCAAP money and the IGSA bed money brought in, the bed-days spent on ICE's people at the jail's cost per
 * bed per day and other costs, the jail's budget, the shares and the balance computed; and the IGSA contracts on file,
 * estimated. Recorded by hand or imported from a spreadsheet. Public figures, so every role reads them; the roles that
 * work cases and run campaigns record them (staff read only). Each change is checked whole and refused naming the
 * field, audited (ids and the year only) and kept as a revision.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class FollowTheMoney {

    @Inject
    JailMoneyStore store;

    @Inject
    MonitoringQueries queries;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    AuditedChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The jurisdiction's money: its years, latest first, and its facilities' IGSA contracts.
     *
     * @throws NotFoundException when there is no such jurisdiction
     */
    public MoneyPicture of(long jurisdictionId) {
        requireJurisdiction(jurisdictionId);
        List<Facility> facilities = queries.facilitiesOf(jurisdictionId);
        java.util.Map<Long, String> names = facilities.stream().collect(java.util.stream.Collectors.toMap(Facility::getId, Facility::getName));
        List<MoneyPicture.Year> years = store.of(jurisdictionId).stream()
                .map(m -> MoneyPicture.Year.of(m, m.getFacilityId() == null ? null : names.get(m.getFacilityId()))).toList();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ServerZone.get()));
        List<MoneyPicture.Igsa> igsa = facilities.stream()
                .filter(f -> Boolean.TRUE.equals(f.getIgsa()))
                .map(f -> igsa(f, today)).toList();
        BigDecimal total = igsa.stream().filter(MoneyPicture.Igsa::current).map(MoneyPicture.Igsa::perYear).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        return new MoneyPicture(jurisdictionId, years, igsa, total,
                facilities.stream().map(f -> new MoneyPicture.FacilityChoice(f.getId(), f.getName())).toList());
    }

    /**
     * Records a fiscal year's figures of one of the jurisdiction's facilities ({@code facilityId}) or of its jails
     * together (null), or replaces those recorded (from the version the person read, when they give it).
     *
     * @throws NotFoundException when there is no such jurisdiction
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the year since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming the field ({@code facilityId} for a facility of
     *         another jurisdiction)
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public MoneyPicture record(long jurisdictionId, Long facilityId, int fiscalYear, MoneyForm form) {
        if (form == null) {
            throw validation.invalid("scaapReceived", "amparo.validation.moneyFigure");
        }
        validation.check(form);
        requireJurisdiction(jurisdictionId);
        requireFacilityOf(jurisdictionId, facilityId);
        JailMoney.checkYear(fiscalYear, java.time.Year.now(clock.withZone(ServerZone.get())));
        var existing = store.year(jurisdictionId, facilityId, fiscalYear);
        if (existing.isEmpty() && form.version() != null) {
            // The person edited figures that someone removed meanwhile: never bring them back unasked.
            throw new NotFoundException("JailMoney", fiscalYear);
        }
        if (existing.isPresent()) {
            JailMoney year = existing.get();
            if (form.version() != null) {
                changes.requireVersion(JailMoney.class, year.getId(), year.getVersion(), form.version(), "JailMoney");
            }
            year.change(form.figures(), me(), clock.instant());
            store.flush();
            audit.record("money.updated", "JailMoney", year.getId(), describe(year));
        } else {
            JailMoney year = new JailMoney(jurisdictionId, facilityId, fiscalYear, form.figures(),
                    java.time.Year.now(clock.withZone(ServerZone.get())), me(), clock.instant());
            store.add(year);
            audit.record("money.added", "JailMoney", year.getId(), describe(year));
        }
        return of(jurisdictionId);
    }

    /**
     * Removes a fiscal year's figures of a facility (or of the jails together: {@code facilityId} null), recorded by
     * mistake, as the person read them ({@code version}); its revisions stay in the history.
     *
     * @throws NotFoundException when that year is not recorded for the jurisdiction
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the year since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming {@code version} when it is missing
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public MoneyPicture remove(long jurisdictionId, Long facilityId, int fiscalYear, Integer version) {
        if (version == null) {
            throw validation.invalid("version", "amparo.validation.required");
        }
        JailMoney year = store.year(jurisdictionId, facilityId, fiscalYear)
                .orElseThrow(() -> new NotFoundException("JailMoney", fiscalYear));
        changes.requireVersion(JailMoney.class, year.getId(), year.getVersion(), version, "JailMoney");
        String detail = describe(year);
        long id = year.getId();
        store.remove(year);
        audit.record("money.removed", "JailMoney", id, detail);
        return of(jurisdictionId);
    }

    private static MoneyPicture.Igsa igsa(Facility f, java.time.LocalDate today) {
        return new MoneyPicture.Igsa(f.getId(), f.getName(), f.getIgsaBeds(), f.getIgsaRatePerDay(), f.igsaPerYear(),
                f.getIgsaEnds(), f.getIgsaTerm(), f.getIgsaEnds() == null || !f.getIgsaEnds().isBefore(today));
    }

    /**
     * What importing a money spreadsheet into the jurisdiction would do; nothing is kept.
     *
     * @throws NotFoundException when there is no such jurisdiction
     * @throws org.amparo.shared.domain.InvalidInputException naming {@code file} when it cannot be read
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public MoneyImportReport previewImport(long jurisdictionId, String fileName, byte[] content, boolean replace) {
        MoneyImportReport report = importRows(jurisdictionId, fileName, content, replace).report();
        session.setRollbackOnly();
        return report;
    }

    /**
     * Imports a money spreadsheet into the jurisdiction: one row per facility (or the jails together, the facility left
     * blank) and fiscal year. All of it or nothing: a row with a problem, or a year already recorded with other figures
     * (unless {@code replace}), stops it. Rows that repeat what is recorded change nothing.
     *
     * @throws NotFoundException when there is no such jurisdiction
     * @throws org.amparo.shared.domain.InvalidInputException naming {@code file} when it cannot be read or has problems
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public MoneyImportReport importFile(long jurisdictionId, String fileName, byte[] content, boolean replace) {
        Imported imported = importRows(jurisdictionId, fileName, content, replace);
        MoneyImportReport report = imported.report();
        if (report.problemCount() > 0) {
            throw validation.invalid("file", "amparo.import.badRows", report.problemCount());
        }
        // Each year as a change of its own (which years an import wrote), and the import with its counts.
        imported.outcome().added().forEach(y -> audit.record("money.added", "JailMoney", y.getId(), describe(y) + " imported=true"));
        imported.outcome().replaced().forEach(y -> audit.record("money.updated", "JailMoney", y.getId(), describe(y) + " imported=true"));
        audit.record("money.imported", "Jurisdiction", jurisdictionId, "rows=" + report.rows() + " added=" + report.added()
                + " replaced=" + report.replaced() + " unchanged=" + report.unchanged());
        return report.asCommitted();
    }

    private record Imported(MoneyImportReport report, MoneyImport.Outcome outcome) {
    }

    private Imported importRows(long jurisdictionId, String fileName, byte[] content, boolean replace) {
        requireJurisdiction(jurisdictionId);
        org.amparo.monitoring.infrastructure.MoneySheet.Read read;
        try {
            if (content == null || content.length == 0) {
                throw validation.invalid("file", "amparo.import.empty");
            }
            read = org.amparo.monitoring.infrastructure.MoneySheet.read(content);
        } catch (org.amparo.imports.infrastructure.UnreadableFileException e) {
            throw validation.invalid("file", e.key(), e.args());
        }
        MoneyImport.Outcome outcome = new MoneyImport(jurisdictionId, queries.facilitiesOf(jurisdictionId), store,
                java.time.Year.now(clock.withZone(ServerZone.get())), me(), clock.instant(), replace).apply(read);
        List<MoneyImportReport.Problem> problems = outcome.problems().stream().limit(1000)
                .map(p -> new MoneyImportReport.Problem(p.row(), p.cell(), p.field(), p.value(),
                        validation.message(p.key(), p.args()))).toList();
        return new Imported(new MoneyImportReport(fileName, read.rows().size(), outcome.added().size(), outcome.replaced().size(),
                outcome.unchanged(), outcome.problems().size(), problems, false), outcome);
    }

    private void requireFacilityOf(long jurisdictionId, Long facilityId) {
        if (facilityId != null && queries.facilitiesOf(jurisdictionId).stream().noneMatch(f -> f.getId().equals(facilityId))) {
            throw validation.invalid("facilityId", "amparo.validation.facilityOfJurisdiction");
        }
    }

    private void requireJurisdiction(long id) {
        if (jurisdictions.find(id).isEmpty()) {
            throw new NotFoundException("Jurisdiction", id);
        }
    }

    /** Ids and the year only. */
    static String describe(JailMoney m) {
        return "jurisdiction=" + m.getJurisdictionId() + (m.getFacilityId() == null ? "" : " facility=" + m.getFacilityId())
                + " year=" + m.getFiscalYear();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
