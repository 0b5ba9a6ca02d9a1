package org.amparo.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Accounts;
import org.amparo.security.domain.Roles;
import org.amparo.security.domain.Team;
import org.amparo.security.domain.Teams;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Teams and who works which cases ({@link org.amparo.cases.domain.CaseScope}): an administrator creates teams, puts
 * accounts in them and gives each jurisdiction (and so its facilities' cases) to a team; an administrator or supervisor
 * can give one case to a team by hand. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TeamAdministration {

    @Inject
    Teams teams;

    @Inject
    Accounts accounts;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    DetentionCases cases;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every team with its members and jurisdictions, by name. */
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<TeamSummary> all() {
        List<Jurisdiction> every = jurisdictions.allByName();
        return teams.all().stream().map(t -> summary(t, every)).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public TeamSummary get(long teamId) {
        return summary(require(teamId), jurisdictions.allByName());
    }

    /** Creates a team with these members (usernames of existing accounts). */
    public long create(String name, Collection<String> members) {
        String n = checkedName(name, null);
        Set<String> who = checkedMembers(members);
        Team team = new Team(n, Instant.now(clock));
        team.setMembers(who);
        teams.add(team);
        audit.record("team.created", "Team", team.getId(), "name=" + n + " members=" + who);
        return team.getId();
    }

    /** Renames a team. */
    public void rename(long teamId, String name) {
        Team team = require(teamId);
        String n = checkedName(name, teamId);
        team.rename(n);
        audit.record("team.renamed", "Team", teamId, "name=" + n);
    }

    /** Replaces the team's members. */
    public void setMembers(long teamId, Collection<String> members) {
        Team team = require(teamId);
        Set<String> who = checkedMembers(members);
        Set<String> before = new TreeSet<>(team.getMembers());
        team.setMembers(who);
        audit.record("team.membersChanged", "Team", teamId, "before=" + before + " after=" + who);
    }

    /** Gives a jurisdiction's cases to a team (null: to no team; then only supervisors, admins and each case's people see them). */
    public void assignJurisdiction(long jurisdictionId, Long teamId) {
        Jurisdiction j = jurisdictions.find(jurisdictionId)
                .orElseThrow(() -> validation.invalid("jurisdictionId", "amparo.validation.unknownJurisdiction"));
        if (teamId != null) {
            checkedTeam(teamId);
        }
        Long before = j.getTeamId();
        j.giveToTeam(teamId);
        audit.record("jurisdiction.teamAssigned", "Jurisdiction", jurisdictionId, "before=" + before + " team=" + teamId);
    }

    /** Gives one case to a team by hand, over its jurisdiction's team (null: back to its jurisdiction's). */
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public void giveCase(long caseId, Long teamId) {
        DetentionCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
        if (teamId != null) {
            checkedTeam(teamId);
        }
        Long before = c.getTeamId();
        c.giveToTeam(teamId);
        audit.record("case.teamAssigned", "DetentionCase", caseId, "before=" + before + " team=" + teamId);
    }

    private Team require(long teamId) {
        return teams.find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    private void checkedTeam(long teamId) {
        if (teams.find(teamId).isEmpty()) {
            throw validation.invalid("teamId", "amparo.validation.unknownTeam");
        }
    }

    private String checkedName(String name, Long self) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > Team.NAME_MAX) {
            throw validation.invalid("name", "amparo.validation.teamName", Team.NAME_MAX);
        }
        teams.named(n).filter(t -> !t.getId().equals(self)).ifPresent(t -> {
            throw validation.invalid("name", "amparo.validation.teamNameTaken");
        });
        return n;
    }

    private Set<String> checkedMembers(Collection<String> members) {
        Set<String> who = new TreeSet<>();
        if (members != null) {
            for (String m : members) {
                if (m == null || m.isBlank()) {
                    continue;
                }
                String u = m.strip();
                if (accounts.find(u).isEmpty()) {
                    throw validation.invalid("members", "amparo.validation.unknownAccount", u);
                }
                who.add(u);
            }
        }
        return who;
    }

    private static TeamSummary summary(Team t, List<Jurisdiction> every) {
        List<TeamSummary.JurisdictionRef> js = new ArrayList<>();
        for (Jurisdiction j : every) {
            if (t.getId().equals(j.getTeamId())) {
                js.add(new TeamSummary.JurisdictionRef(j.getId(), j.getName(), j.getStateCode()));
            }
        }
        return new TeamSummary(t.getId(), t.getName(), List.copyOf(t.getMembers()), js);
    }
}
