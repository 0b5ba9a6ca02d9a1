package org.amparo.filters.domain;

import org.amparo.security.domain.Roles;

import java.util.List;
import java.util.function.Predicate;

/** The lists a person can save filters of, and who may open each. */
public enum FilterPage {
    /** The case list: every role. */
    CASES(List.of(Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN)),
    /** The task inbox: the roles that work tasks (staff have none). */
    TASKS(List.of(Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN));

    private final List<String> roles;

    FilterPage(List<String> roles) {
        this.roles = roles;
    }

    /** Whether a person in these roles may open the list, and so keep filters of it. */
    public boolean openTo(Predicate<String> inRole) {
        return roles.stream().anyMatch(inRole);
    }
}
