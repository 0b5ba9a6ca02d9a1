package org.amparo.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.security.application.AccountAdministration;
import org.amparo.security.application.AccountSummary;
import org.amparo.security.application.TeamAdministration;
import org.amparo.security.application.TeamSummary;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The teams page ({@code admin/teams.xhtml}, admin): create a team, choose its members and the jurisdictions whose
 * cases it works. The page only calls {@link TeamAdministration}; the rules are its.
 */
@Named
@ViewScoped
public class TeamsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamAdministration teams;

    @Inject
    AccountAdministration accounts;

    @Inject
    ReferenceQueries reference;

    private List<TeamSummary> all;
    private List<AccountSummary> accountList;
    private List<ReferenceQueries.JurisdictionOption> jurisdictionList;
    private TeamSummary selected;
    private List<String> members = new ArrayList<>();
    private List<Long> jurisdictions = new ArrayList<>();
    private String name;

    public List<TeamSummary> getTeams() {
        if (all == null) {
            all = teams.all();
        }
        return all;
    }

    public List<AccountSummary> getAccounts() {
        if (accountList == null) {
            accountList = accounts.list();
        }
        return accountList;
    }

    public List<ReferenceQueries.JurisdictionOption> getAllJurisdictions() {
        if (jurisdictionList == null) {
            jurisdictionList = reference.jurisdictions();
        }
        return jurisdictionList;
    }

    public void create() {
        try {
            long id = teams.create(name, List.of());
            name = null;
            all = null;
            select(teams.get(id));
            Messages.info("teams.created");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("newTeam", invalid);
        }
    }

    public void select(TeamSummary team) {
        selected = team;
        members = new ArrayList<>(team.members());
        jurisdictions = new ArrayList<>(team.jurisdictions().stream().map(TeamSummary.JurisdictionRef::id).toList());
    }

    /** Saves the members and the jurisdictions (those taken off go to no team). */
    public void save() {
        try {
            teams.setMembers(selected.id(), members);
            Set<Long> chosen = new HashSet<>(jurisdictions);
            for (TeamSummary.JurisdictionRef j : selected.jurisdictions()) {
                if (!chosen.contains(j.id())) {
                    teams.assignJurisdiction(j.id(), null);
                }
            }
            Set<Long> had = new HashSet<>(selected.jurisdictions().stream().map(TeamSummary.JurisdictionRef::id).toList());
            for (Long j : chosen) {
                if (!had.contains(j)) {
                    teams.assignJurisdiction(j, selected.id());
                }
            }
            all = null;
            select(teams.get(selected.id()));
            Messages.info("teams.saved");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("team", invalid);
        }
    }

    public TeamSummary getSelected() {
        return selected;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> v) {
        members = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<Long> getJurisdictions() {
        return jurisdictions;
    }

    public void setJurisdictions(List<Long> v) {
        jurisdictions = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }
}
