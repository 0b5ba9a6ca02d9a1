package org.amparo.security.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The teams, by id and name, and who is in which. */
public interface Teams {

    Optional<Team> find(long id);

    Optional<Team> named(String name);

    /** Every team, by name. */
    List<Team> all();

    void add(Team team);

    /** The ids of the teams the account is in (empty when none). */
    Set<Long> ofMember(String username);
}
