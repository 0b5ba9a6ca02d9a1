package org.amparo.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.CaseAccessDeniedException;
import org.amparo.cases.domain.CaseAccessGrant;
import org.amparo.cases.domain.CaseScope;
import org.amparo.cases.infrastructure.CaseAccessQuery;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.Teams;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Per-case access for the caller, the one place every case service asks: {@link #scope} for lists, searches, exports
 * and the dashboard; {@link #require} before any read or change of one case; {@link #breakGlass} to open a case outside
 * one's access with a reason. The rule is {@link CaseScope}'s.
 */
@Stateless
@PermitAll
public class CaseAccess {

    /** How long breaking the glass opens a case ({@code amparo.breakGlass.minutes}, default 60). */
    static Duration grantFor() {
        return Duration.ofMinutes(Long.getLong("amparo.breakGlass.minutes", 60));
    }

    @Inject
    CaseAccessQuery query;

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Which cases the caller works. */
    public CaseScope scope() {
        String user = session.getCallerPrincipal().getName();
        return CaseScope.of(user, session::isCallerInRole,
                CaseScope.worksByCase(session::isCallerInRole) ? teams.ofMember(user) : Set.of());
    }

    /**
     * Lets the caller go on with one case: they work it, or broke the glass for it a short while ago.
     *
     * @throws NotFoundException          when there is no such case
     * @throws CaseAccessDeniedException  when it is someone else's case (403; the caller may break the glass)
     */
    public void require(long caseId) {
        if (!allowed(caseId)) {
            // Audited apart: the refusal rolls back the caller's transaction, and a supervisor must still see the attempt.
            audit.recordRefusal("cases.access.refused", "DetentionCase", caseId, null);
            throw new CaseAccessDeniedException(caseId);
        }
    }

    /** Whether the caller may open the case now (without breaking the glass again); false for no such case. Not audited: a question, not an attempt. */
    public boolean mayOpen(long caseId) {
        try {
            return allowed(caseId);
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean allowed(long caseId) {
        CaseScope scope = scope();
        CaseAccessQuery.Parties parties = query.parties(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
        return scope.allows(parties.caseworker(), parties.attorney(), parties.caseTeam(), parties.jurisdictionTeam())
                || !query.granted(scope.user(), Set.of(caseId), Instant.now(clock)).isEmpty();
    }

    /** The cases among these the caller may work now (theirs, their teams', or opened by breaking the glass). */
    public Set<Long> workable(Collection<Long> caseIds) {
        CaseScope scope = scope();
        Set<Long> ok = new HashSet<>();
        query.parties(caseIds).forEach((id, p) -> {
            if (scope.allows(p.caseworker(), p.attorney(), p.caseTeam(), p.jurisdictionTeam())) {
                ok.add(id);
            }
        });
        if (ok.size() < caseIds.size()) {
            Set<Long> rest = new HashSet<>(caseIds);
            rest.removeAll(ok);
            ok.addAll(query.granted(scope.user(), rest, Instant.now(clock)));
        }
        return ok;
    }

    /**
     * Breaks the glass: opens a case outside the caller's access for {@link #grantFor()}, for the reason given. The
     * opening and its reason go to the audit trail ({@code case.breakGlass}), where supervisors see them.
     *
     * @return until when the case is open to the caller
     * @throws org.amparo.shared.domain.InvalidInputException when the reason is missing, says nothing (no words), is too short or too long
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
    public Instant breakGlass(long caseId, String reason) {
        String why = CaseAccessGrant.reason(reason).orElseThrow(() -> validation.invalid("reason",
                "amparo.validation.breakGlassReason", CaseAccessGrant.REASON_MIN, CaseAccessGrant.REASON_MAX));
        CaseAccessQuery.Parties parties = query.parties(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
        CaseScope scope = scope();
        Instant now = Instant.now(clock);
        Instant until = now.plus(grantFor());
        query.add(new CaseAccessGrant(scope.user(), caseId, why, now, until));
        boolean already = scope.allows(parties.caseworker(), parties.attorney(), parties.caseTeam(), parties.jurisdictionTeam());
        String team = query.teamName(CaseScope.teamOf(parties.caseTeam(), parties.jurisdictionTeam())).orElse("none");
        audit.record("case.breakGlass", "DetentionCase", caseId, "until=" + until + " team=" + team
                + (already ? " (already had access)" : "") + " reason=" + why);
        return until;
    }

    /** The name of the team a case belongs to, if any (told to whoever is refused it, so they know whom to ask). */
    public Optional<String> teamNameOf(long caseId) {
        return query.parties(caseId).flatMap(p -> query.teamName(CaseScope.teamOf(p.caseTeam(), p.jurisdictionTeam())));
    }
}
