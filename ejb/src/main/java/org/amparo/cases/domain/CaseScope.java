package org.amparo.cases.domain;

import org.amparo.security.domain.Roles;

import java.io.Serializable;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which cases a caller works: the per-case access rule, in one place. The case list, search, exports, the inbox, the
 * dashboard and every read or change of a case file ask it (through {@code CaseAccess}).
 * <ul>
 *   <li>supervisors and admins: every case;</li>
 *   <li>caseworkers and attorneys: the cases of their teams (a case's team is the one it was given by hand, else its
 *       facility's jurisdiction's), and the cases they are caseworker or attorney of (an attorney's referred cases);</li>
 *   <li>staff alone never see an identified case (their roles keep them out of every case service); their counts and
 *       de-identified exports cover every case.</li>
 * </ul>
 * Anyone else may open a case only by breaking the glass: with a reason, recorded, for a limited time.
 *
 * @param user       the caller's username
 * @param everyCase  whether the caller sees every case
 * @param teams      the ids of the caller's teams (ignored when {@code everyCase})
 */
public record CaseScope(String user, boolean everyCase, Set<Long> teams) implements Serializable {

    public CaseScope {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** Every case: supervisors, admins, and the application's own work. */
    public static CaseScope everyCase(String user) {
        return new CaseScope(user, true, Set.of());
    }

    /**
     * The scope of a caller with these roles and teams. Staff alone and the application's own work see every case (no
     * identity ever reaches staff); a caller with no known role sees none.
     */
    public static CaseScope of(String user, Predicate<String> callerIsInRole, Set<Long> teams) {
        if (worksByCase(callerIsInRole)) {
            return new CaseScope(user, false, teams);
        }
        if (Roles.seesEveryIdentity(callerIsInRole) || callerIsInRole.test(Roles.STAFF) || callerIsInRole.test(Roles.SYSTEM)) {
            return everyCase(user);
        }
        return new CaseScope(user, false, Set.of());
    }

    /**
     * Whether a caller with these roles sees only some cases: caseworkers and attorneys do, unless they are also
     * supervisors or admins.
     */
    public static boolean worksByCase(Predicate<String> callerIsInRole) {
        return !Roles.seesEveryIdentity(callerIsInRole)
                && (callerIsInRole.test(Roles.CASEWORKER) || callerIsInRole.test(Roles.ATTORNEY));
    }

    /** A case's team: the one it was given by hand, else its jurisdiction's (null when neither has one). */
    public static Long teamOf(Long caseTeam, Long jurisdictionTeam) {
        return caseTeam != null ? caseTeam : jurisdictionTeam;
    }

    /** Whether the caller works a case with these people and teams. */
    public boolean allows(String caseworker, String attorney, Long caseTeam, Long jurisdictionTeam) {
        if (everyCase) {
            return true;
        }
        if (user != null && (user.equals(caseworker) || user.equals(attorney))) {
            return true;
        }
        Long team = teamOf(caseTeam, jurisdictionTeam);
        return team != null && teams.contains(team);
    }
}
