package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.amparo.security.domain.Roles;
import org.junit.jupiter.api.Test;

/** Each role's first page, and who has a task inbox (whose count the menu may ask). */
class RolesTest {

    @Test
    void eachRoleStartsOnAPageItCanUse() {
        assertThat(Roles.home(Set.of(Roles.STAFF)::contains)).isEqualTo(Roles.Home.DASHBOARD);
        assertThat(Roles.home(Set.of(Roles.ATTORNEY)::contains)).isEqualTo(Roles.Home.TASKS);
        assertThat(Roles.home(Set.of(Roles.CASEWORKER)::contains)).isEqualTo(Roles.Home.CASES);
        assertThat(Roles.home(Set.of(Roles.SUPERVISOR)::contains)).isEqualTo(Roles.Home.CASES);
        assertThat(Roles.home(Set.of(Roles.ADMIN)::contains)).isEqualTo(Roles.Home.CASES);
        assertThat(Roles.home(Set.of(Roles.ATTORNEY, Roles.SUPERVISOR)::contains)).isEqualTo(Roles.Home.CASES);
        assertThat(Roles.home(Set.of(Roles.STAFF, Roles.ADMIN)::contains)).isEqualTo(Roles.Home.CASES);
        assertThat(Roles.home(Set.of(Roles.STAFF, Roles.ATTORNEY)::contains)).isEqualTo(Roles.Home.DASHBOARD);
    }

    @Test
    void staffAloneHaveNoInbox() {
        assertThat(Roles.hasInbox(Set.of(Roles.STAFF)::contains)).isFalse();
        for (String role : Set.of(Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN)) {
            assertThat(Roles.hasInbox(Set.of(role)::contains)).as(role).isTrue();
        }
    }
}
