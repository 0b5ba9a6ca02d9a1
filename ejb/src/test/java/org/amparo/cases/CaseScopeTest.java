package org.amparo.cases;

import org.amparo.cases.domain.CaseScope;
import org.amparo.security.domain.Roles;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-case access rule: who works which case. */
class CaseScopeTest {

    private static final long NORTH = 1;
    private static final long SOUTH = 2;

    private static Predicate<String> roles(String... roles) {
        return Set.of(roles)::contains;
    }

    @Test
    void aCaseworkerWorksTheirTeamsCasesByJurisdictionAndTheCasesTheyAreCaseworkerOf() {
        CaseScope ana = CaseScope.of("ana", roles(Roles.CASEWORKER), Set.of(NORTH));
        assertThat(ana.everyCase()).isFalse();
        assertThat(ana.allows("luis", null, null, NORTH)).as("their team's jurisdiction").isTrue();
        assertThat(ana.allows("luis", null, null, SOUTH)).as("another team's jurisdiction").isFalse();
        assertThat(ana.allows("ana", null, null, SOUTH)).as("their own case, anywhere").isTrue();
        assertThat(ana.allows("luis", null, null, null)).as("a case of no team").isFalse();
    }

    @Test
    void aCaseGivenToATeamByHandWinsOverItsJurisdiction() {
        CaseScope ana = CaseScope.of("ana", roles(Roles.CASEWORKER), Set.of(NORTH));
        assertThat(ana.allows("luis", null, SOUTH, NORTH)).as("given to South by hand").isFalse();
        assertThat(ana.allows("luis", null, NORTH, SOUTH)).as("given to North by hand").isTrue();
        assertThat(CaseScope.teamOf(SOUTH, NORTH)).isEqualTo(SOUTH);
        assertThat(CaseScope.teamOf(null, NORTH)).isEqualTo(NORTH);
    }

    @Test
    void anAttorneyWorksTheCasesReferredToThemOrTheirTeams() {
        CaseScope lucia = CaseScope.of("lucia", roles(Roles.ATTORNEY), Set.of());
        assertThat(lucia.allows("ana", "lucia", null, SOUTH)).as("referred to them").isTrue();
        assertThat(lucia.allows("ana", "pedro", null, SOUTH)).as("referred to another attorney").isFalse();
        CaseScope inNorth = CaseScope.of("lucia", roles(Roles.ATTORNEY), Set.of(NORTH));
        assertThat(inNorth.allows("ana", "pedro", null, NORTH)).as("their team's").isTrue();
    }

    @Test
    void supervisorsAndAdminsSeeEveryCaseEvenWithAnotherRole() {
        for (Predicate<String> r : java.util.List.of(roles(Roles.SUPERVISOR), roles(Roles.ADMIN),
                roles(Roles.CASEWORKER, Roles.SUPERVISOR), roles(Roles.ATTORNEY, Roles.ADMIN))) {
            CaseScope s = CaseScope.of("boss", r, Set.of());
            assertThat(s.everyCase()).isTrue();
            assertThat(s.allows("ana", "lucia", SOUTH, SOUTH)).isTrue();
            assertThat(CaseScope.worksByCase(r)).isFalse();
        }
    }

    @Test
    void onlyCaseworkersAndAttorneysWorkByCase() {
        assertThat(CaseScope.worksByCase(roles(Roles.CASEWORKER))).isTrue();
        assertThat(CaseScope.worksByCase(roles(Roles.ATTORNEY))).isTrue();
        assertThat(CaseScope.worksByCase(roles(Roles.CASEWORKER, Roles.STAFF))).isTrue();
        // Staff alone never reach an identified case (their roles keep them out); their counts cover every case.
        assertThat(CaseScope.worksByCase(roles(Roles.STAFF))).isFalse();
    }

    @Test
    void staffAndTheApplicationsOwnWorkCoverEveryCaseAndAnUnknownRoleNone() {
        assertThat(CaseScope.of("s", roles(Roles.STAFF), Set.of()).everyCase()).isTrue();
        assertThat(CaseScope.of("system", roles(Roles.SYSTEM), Set.of()).everyCase()).isTrue();
        CaseScope unknown = CaseScope.of("anonymous", roles(), Set.of(NORTH));
        assertThat(unknown.everyCase()).isFalse();
        assertThat(unknown.allows("ana", null, null, NORTH)).isFalse();
    }

    @Test
    void aCallerWithNoNameMatchesNoCaseOfTheirOwn() {
        CaseScope nobody = new CaseScope(null, false, null);
        assertThat(nobody.allows(null, null, null, null)).isFalse();
        assertThat(nobody.teams()).isEmpty();
    }
}
