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
 * jurisdiction's jail gets for holding immigrants. SCAAP money received each fiscal year against the jail's budget,
 * the share computed; and the IGSA bed money from ICE, estimated from the facilities' contracts. Public figures, so
 * every role reads them; the roles that work cases and run campaigns record them (staff read only). Each change is
 * checked whole and refused naming the field, audited (ids and the year only) and kept as a revision.
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
        List<MoneyPicture.Year> years = store.of(jurisdictionId).stream().map(MoneyPicture.Year::of).toList();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ServerZone.get()));
        List<MoneyPicture.Igsa> igsa = queries.facilitiesOf(jurisdictionId).stream()
                .filter(f -> Boolean.TRUE.equals(f.getIgsa()))
                .map(f -> igsa(f, today)).toList();
        BigDecimal total = igsa.stream().filter(MoneyPicture.Igsa::current).map(MoneyPicture.Igsa::perYear).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        return new MoneyPicture(jurisdictionId, years, igsa, total);
    }

    /**
     * Records a fiscal year's figures, or replaces those recorded (from the version the person read, when they give it).
     *
     * @throws NotFoundException when there is no such jurisdiction
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the year since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public MoneyPicture record(long jurisdictionId, int fiscalYear, MoneyForm form) {
        if (form == null) {
            throw validation.invalid("scaapReceived", "amparo.validation.moneyFigure");
        }
        validation.check(form);
        requireJurisdiction(jurisdictionId);
        JailMoney.checkYear(fiscalYear, java.time.Year.now(clock.withZone(ServerZone.get())));
        var existing = store.year(jurisdictionId, fiscalYear);
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
            JailMoney year = new JailMoney(jurisdictionId, fiscalYear, form.figures(),
                    java.time.Year.now(clock.withZone(ServerZone.get())), me(), clock.instant());
            store.add(year);
            audit.record("money.added", "JailMoney", year.getId(), describe(year));
        }
        return of(jurisdictionId);
    }

    /**
     * Removes a fiscal year's figures (recorded by mistake) as the person read them ({@code version}); its revisions
     * stay in the history.
     *
     * @throws NotFoundException when that year is not recorded for the jurisdiction
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the year since that version
     * @throws org.amparo.shared.domain.InvalidInputException naming {@code version} when it is missing
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public MoneyPicture remove(long jurisdictionId, int fiscalYear, Integer version) {
        if (version == null) {
            throw validation.invalid("version", "amparo.validation.required");
        }
        JailMoney year = store.year(jurisdictionId, fiscalYear)
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

    private void requireJurisdiction(long id) {
        if (jurisdictions.find(id).isEmpty()) {
            throw new NotFoundException("Jurisdiction", id);
        }
    }

    /** Ids and the year only. */
    private static String describe(JailMoney m) {
        return "jurisdiction=" + m.getJurisdictionId() + " year=" + m.getFiscalYear();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
