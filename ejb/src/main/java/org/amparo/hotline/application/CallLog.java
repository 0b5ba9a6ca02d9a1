package org.amparo.hotline.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.hotline.domain.HotlineCall;
import org.amparo.hotline.domain.HotlineCalls;
import org.amparo.platform.ServerZone;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hotline's call log: every call, including those that lead to no case and no report. Volunteers log their calls
 * and read their own; supervisors read everyone's, with the callers who consented to leave a name, and the volumes by
 * hour and day. Each logged call is audited (without the caller's identity).
 */
@Stateless
@Interceptors(DomainRules.class)
public class CallLog {

    /** The most calls one read of the log returns. */
    static final int MAX_ROWS = 2000;
    /** The longest period one read or count covers. */
    static final int MAX_DAYS = 366;

    @Inject
    HotlineCalls calls;

    @Inject
    DetentionCases cases;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Logs a call taken by the caller of this method; answers its id. */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public long log(LogCallCommand command) {
        if (command == null) {
            throw validation.invalid("body", "amparo.validation.required");
        }
        validation.check(command);
        if (command.caseId() != null && cases.find(command.caseId()).isEmpty()) {
            throw validation.invalid("caseId", "amparo.validation.unknownCase");
        }
        Instant now = clock.instant();
        HotlineCall call = new HotlineCall(command.receivedAt() == null ? now : command.receivedAt(),
                session.getCallerPrincipal().getName(), command.callKind(), command.language(), command.outcome(),
                command.minutes(), command.caseId(), command.callerConsented(), command.callerName(),
                command.callerContact(), now);
        calls.add(call);
        audit.record("hotline.call.logged", "HotlineCall", call.getId(),
                "kind=" + call.getKind() + " outcome=" + call.getOutcome() + " identity=" + (call.getCallerName() != null));
        return call.getId();
    }

    /**
     * The calls received between two days (inclusive, in the organisation's time zone), newest first: a volunteer's
     * own, everyone's for a supervisor. Callers' names and contacts only for supervisors and administrators.
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CallSummary> between(LocalDate from, LocalDate to) {
        ZoneId zone = ServerZone.get();
        requirePeriod(from, to);
        boolean everyone = session.isCallerInRole(Roles.SUPERVISOR) || session.isCallerInRole(Roles.ADMIN);
        return calls.between(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                        everyone ? null : session.getCallerPrincipal().getName(), MAX_ROWS).stream()
                .map(c -> CallSummary.of(c, everyone)).toList();
    }

    /** How many calls came in between two days (inclusive), by day and by hour of the day. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CallVolumes volumes(LocalDate from, LocalDate to) {
        ZoneId zone = ServerZone.get();
        requirePeriod(from, to);
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, 0L);
        }
        long[] byHour = new long[24];
        List<Instant> received = calls.receivedBetween(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        for (Instant at : received) {
            ZonedDateTime there = at.atZone(zone);
            byDay.merge(there.toLocalDate(), 1L, Long::sum);
            byHour[there.getHour()]++;
        }
        List<CallVolumes.DayCount> days = new ArrayList<>();
        byDay.forEach((day, n) -> days.add(new CallVolumes.DayCount(day, n)));
        List<Long> hours = new ArrayList<>();
        for (long n : byHour) {
            hours.add(n);
        }
        return new CallVolumes(from, to, zone.getId(), received.size(), days, hours);
    }

    private void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw validation.invalid("from", "amparo.validation.required");
        }
        if (to == null) {
            throw validation.invalid("to", "amparo.validation.required");
        }
        validation.requirePeriod(from, to);
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw validation.invalid("to", "amparo.validation.periodTooLong", MAX_DAYS);
        }
    }
}
