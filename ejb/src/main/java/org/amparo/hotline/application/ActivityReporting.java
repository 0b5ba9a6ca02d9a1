package org.amparo.hotline.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.application.CaseIntake;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.hotline.domain.ActivityReport;
import org.amparo.hotline.domain.ActivityReports;
import org.amparo.hotline.domain.ReportedPerson;
import org.amparo.platform.ServerZone;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The hotline's enforcement-activity reports: file one as the caller speaks, check it (verified, or a false report),
 * and open a case for someone it says was detained with the report's facts already filled in. Every change is
 * audited, without the caller's identity or the people's names.
 */
@Stateless
@Interceptors(DomainRules.class)
public class ActivityReporting {

    static final int MAX_ROWS = 1000;

    @Inject
    jakarta.enterprise.event.Event<ReportVerified> verifiedEvent;

    @Inject
    ActivityReports reports;

    @Inject
    Jurisdictions jurisdictions;

    @EJB
    CaseIntake intake;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public long file(FileReportCommand command) {
        if (command == null) {
            throw validation.invalid("body", "amparo.validation.required");
        }
        validation.check(command);
        Jurisdiction jurisdiction = jurisdictions.find(command.jurisdictionId())
                .orElseThrow(() -> validation.invalid("jurisdictionId", "amparo.validation.unknownJurisdiction"));
        Instant now = clock.instant();
        List<ReportedPerson> people = command.people() == null ? List.of() : command.people().stream()
                .map(p -> new ReportedPerson(p.familyName(), p.givenNames(), p.description())).toList();
        ActivityReport report = new ActivityReport(command.occurredAt() == null ? now : command.occurredAt(),
                command.place(), jurisdiction, command.iceActivities(), command.localParticipation(), command.agencies(),
                command.comments(), command.callerConsented(), command.callerName(), command.callerContact(), people,
                command.alertExpiresAt(), me(), now);
        reports.add(report);
        audit.record("hotline.report.filed", "ActivityReport", report.getId(), "jurisdiction=" + jurisdiction.getId()
                + " activities=" + report.getIceActivities() + " people=" + people.size());
        return report.getId();
    }

    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public ReportView get(long id) {
        return ReportView.of(load(id), seesCallers(), clock.instant());
    }

    /** Reports of events between two days (inclusive, organisation's zone), newest first; only current alerts if asked. */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ReportView> between(LocalDate from, LocalDate to, boolean currentOnly) {
        validation.requirePeriod(from, to);
        ZoneId zone = ServerZone.get();
        Instant now = clock.instant();
        boolean callers = seesCallers();
        return reports.between(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), MAX_ROWS)
                .stream().filter(r -> !currentOnly || r.isCurrent(now)).map(r -> ReportView.of(r, callers, now)).toList();
    }

    /** How far back the search box looks among reports. */
    static final java.time.Duration SEARCH_BACK = java.time.Duration.ofDays(365);

    /**
     * The reports the search box finds for {@code q}: those of the last year whose people, place or jurisdiction
     * start with every word of it ({@link ActivityReport#isFoundBy}), newest first, at most {@code size}. Reports are
     * few beside cases (hundreds a year), so they are matched here rather than through an index.
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ReportView> search(String q, int size) {
        List<String> words = org.amparo.shared.domain.SearchText.words(q == null ? "" : q).stream()
                .limit(org.amparo.shared.domain.SearchText.MAX_QUERY_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        boolean callers = seesCallers();
        return reports.between(now.minus(SEARCH_BACK), now.plus(java.time.Duration.ofDays(1)), MAX_ROWS).stream()
                .filter(r -> r.isFoundBy(words)).limit(Math.max(1, Math.min(size, 100)))
                .map(r -> ReportView.of(r, callers, now)).toList();
    }

    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public ReportView verify(long id, VerifyReportCommand command) {
        if (command == null) {
            throw validation.invalid("body", "amparo.validation.required");
        }
        validation.check(command);
        ActivityReport report = load(id);
        report.verify(command.state(), command.method(), me(), clock.instant());
        audit.record("hotline.report.verified", "ActivityReport", id, "state=" + command.state());
        verifiedEvent.fire(new ReportVerified(id, report.getJurisdiction().getId()));
        return ReportView.of(report, seesCallers(), clock.instant());
    }

    /** Opens a case for a person the report names; answers the case's id. */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public long openCase(long id, OpenCaseFromReportCommand command) {
        if (command == null) {
            throw validation.invalid("body", "amparo.validation.required");
        }
        validation.check(command);
        ActivityReport report = load(id);
        ReportedPerson person = report.person(command.person());
        if (person.getCaseId() != null) {
            throw validation.invalid("person", "amparo.validation.caseAlreadyOpened", person.getCaseId());
        }
        long caseId = intake.openCase(new OpenCaseCommand(person.getFamilyName(), person.getGivenNames(),
                command.dateOfBirth(), command.aNumber(), command.facilityId(), command.bookingNumber(),
                report.getCallerName(), report.isCallerConsented() ? validation.message("amparo.hotline.reportCaller") : null,
                report.getCallerContact(), null, null));
        report.caseOpenedFor(command.person(), caseId);
        audit.record("hotline.report.caseOpened", "ActivityReport", id, "person=" + command.person() + " case=" + caseId);
        return caseId;
    }

    private ActivityReport load(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("ActivityReport", id));
    }

    private boolean seesCallers() {
        return session.isCallerInRole(Roles.SUPERVISOR) || session.isCallerInRole(Roles.ADMIN);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
