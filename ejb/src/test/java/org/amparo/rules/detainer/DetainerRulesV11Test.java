package org.amparo.rules.detainer;

import static org.amparo.people.domain.OffenseCategory.DUI;
import static org.amparo.people.domain.OffenseCategory.THEFT;
import static org.amparo.reference.domain.DetainerPolicy.HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS;
import static org.amparo.reference.domain.DetainerPolicy.HOLDS_ONLY_WITH_JUDICIAL_WARRANT;
import static org.amparo.reference.domain.DetainerPolicy.LOCAL_NO_HOLDS;
import static org.amparo.reference.domain.DetainerPolicy.NONE;
import static org.amparo.reference.domain.DetainerPolicy.NO_HOLDS_NO_ACCESS;
import static org.amparo.reference.domain.DetainerPolicy.NO_HOLDS_NO_ACCESS_NO_NOTIFICATION;
import static org.amparo.reference.domain.DetainerPolicy.STATE_NO_HOLDS;
import static org.amparo.reference.domain.DetainerPolicy.STATE_REQUIRES_HONORING_DETAINERS;
import static org.amparo.reference.domain.JurisdictionLevel.CITY;
import static org.amparo.reference.domain.JurisdictionLevel.COUNTY;
import static org.amparo.reference.domain.JurisdictionLevel.STATE;
import static org.amparo.rules.Facts.I_247A;
import static org.amparo.rules.Facts.I_247D;
import static org.amparo.rules.Facts.I_247N;
import static org.amparo.rules.Facts.I_247X;
import static org.amparo.rules.Facts.felony;
import static org.amparo.rules.Facts.hold;
import static org.amparo.rules.Facts.misdemeanor;
import static org.amparo.rules.Facts.statusOffense;
import static org.amparo.rules.detainer.Finding.HELD_WITHOUT_HOLD_REQUEST;
import static org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET;
import static org.amparo.rules.detainer.Finding.NO_ADMINISTRATIVE_WARRANT;
import static org.amparo.rules.detainer.Finding.POLICY_CONFLICT;
import static org.amparo.rules.detainer.Finding.PRE_CONVICTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.Facts;
import org.amparo.rules.GangInvolvement;
import org.amparo.rules.priority.PriorityRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md sections 2, 3 and 5 as corrected for contract v1.1: PEP's limits, the new findings, policy layers. */
class DetainerRulesV11Test {

    private final DetainerRules rules = new DetainerRules(PriorityRuleSets.standard());

    private List<Finding> codes(Facts facts) {
        return rules.screen(facts.build(), null).codes();
    }

    static Stream<Arguments> pep() {
        return Stream.of(
                Arguments.of("PEP allows custody requests for 1(a): national security", Facts.none().nationalSecurity(true), false),
                Arguments.of("PEP does not allow them for 1(b) alone: apprehended at the border", Facts.none().apprehendedAtBorder(true), true),
                Arguments.of("PEP allows 1(c): a gang-element conviction", Facts.none().gang(GangInvolvement.CONVICTED_GANG_OFFENSE), false),
                Arguments.of("a gang-database listing makes no priority: non-priority target", Facts.none().gang(GangInvolvement.LISTED_IN_GANG_DATABASE), true),
                Arguments.of("PEP allows 1(d): a felony", Facts.none().convicted(felony("2014-01-01")), false),
                Arguments.of("a status-offense felony is no 1(d): non-priority target", Facts.none().convicted(statusOffense(felony("2014-01-01"))), true),
                Arguments.of("PEP allows 1(e): an aggravated felony", Facts.none().convicted(Facts.aggravated(felony("2014-01-01"))), false),
                Arguments.of("PEP allows 2(a): three misdemeanors", Facts.none().convicted(misdemeanor("2011-01-01", THEFT, 0))
                        .convicted(misdemeanor("2012-01-01", THEFT, 0)).convicted(misdemeanor("2013-01-01", THEFT, 0)), false),
                Arguments.of("PEP allows 2(b): a significant misdemeanor", Facts.none().convicted(misdemeanor("2013-01-01", DUI, 0)), false),
                Arguments.of("PEP does not allow 2(c) alone: unlawful entry since 2014", Facts.none().enteredUnlawfully("2014-06-01"), true),
                Arguments.of("PEP does not allow 2(d) alone: visa abuse", Facts.none().visaAbuse(true), true),
                Arguments.of("PEP does not allow Priority 3 alone: a final order of 2014", Facts.none().removalOrder("2014-03-01", true), true),
                Arguments.of("no priority at all", Facts.none(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pep")
    void pepLimitsCustodyRequests(String rule, Facts facts, boolean nonPriorityTarget) {
        for (DocumentForm form : List.of(I_247D, I_247N, I_247X)) {
            assertThat(codes(facts.detainer(hold(form).issued("2015-05-21T10:00").build())).contains(NON_PRIORITY_TARGET))
                    .as(rule + " (" + form.code() + ")").isEqualTo(nonPriorityTarget);
        }
    }

    @Test
    void underNoPrioritiesPreConvictionMeansNoConvictionAtAll() {
        assertThat(codes(Facts.none().asOf("2026-06-01").pendingCharge("2026-05-01", OffenseLevel.FELONY)
                .detainer(hold(I_247A).issued("2026-05-02T10:00").build()))).containsExactly(PRE_CONVICTION);
        assertThat(codes(Facts.none().asOf("2026-06-01").convicted(misdemeanor("2020-01-01", THEFT, 0))
                .pendingCharge("2026-05-01", OffenseLevel.FELONY)
                .detainer(hold(I_247A).issued("2026-05-02T10:00").build()))).isEmpty();
    }

    static Stream<Arguments> warrants() {
        return Stream.of(
                Arguments.of("an I-247A known to come without an I-200 or I-205 on 2017-04-02", "2017-04-02", AdministrativeWarrant.NONE, true),
                Arguments.of("the day before ICE's policy of 2017-04-02 required none", "2017-04-01", AdministrativeWarrant.NONE, false),
                Arguments.of("with an I-200 attached", "2026-01-02", AdministrativeWarrant.I_200, false),
                Arguments.of("with an I-205 attached", "2026-01-02", AdministrativeWarrant.I_205, false),
                Arguments.of("whether a warrant came along is unknown: no finding", "2026-01-02", null, false));
    }

    @ParameterizedTest(name = "NO_ADMINISTRATIVE_WARRANT: {0}")
    @MethodSource("warrants")
    void noAdministrativeWarrant(String rule, String issued, AdministrativeWarrant warrant, boolean expected) {
        assertThat(codes(Facts.none().asOf("2026-06-01").detainer(hold(I_247A).issued(issued + "T10:00")
                .accompaniedBy(warrant).build())).contains(NO_ADMINISTRATIVE_WARRANT)).as(rule).isEqualTo(expected);
    }

    @Test
    void heldWithoutAHoldRequestFiresOnlyAfterTheScheduledRelease() {
        assertThat(codes(Facts.none().asOf("2026-06-01").detainer(hold(I_247N).release("2026-05-22T17:00")
                .stillHeld("2026-05-22T17:01").build()))).containsExactly(HELD_WITHOUT_HOLD_REQUEST);
        assertThat(codes(Facts.none().asOf("2026-06-01").detainer(hold(I_247N).release("2026-05-22T17:00")
                .stillHeld("2026-05-22T17:00").build()))).isEmpty();
        assertThat(codes(Facts.none().asOf("2026-06-01").detainer(hold(I_247A).release("2026-05-22T17:00")
                .stillHeld("2026-05-23T17:00").build()))).as("an I-247A asks a hold").isEmpty();
    }

    @Test
    void theI247AAsksNotificationAndHold() {
        assertThat(I_247A.asksHold()).isTrue();
        assertThat(I_247A.asksNotification()).isTrue();
    }

    static Stream<Arguments> policies() {
        Facts noRecord = Facts.none().asOf("2026-06-01");
        Facts felon = Facts.none().asOf("2026-06-01").convicted(felony("2020-01-01"));
        return Stream.of(
                Arguments.of("a hold under a county no-holds policy in force", noRecord, hold(I_247A).release("2026-05-22T17:00").honored(true)
                        .layer(COUNTY, LOCAL_NO_HOLDS, "2020-01-01"), 1),
                Arguments.of("a policy adopted after the jail acted does not count", noRecord, hold(I_247A).release("2026-05-22T17:00").honored(true)
                        .layer(COUNTY, LOCAL_NO_HOLDS, "2026-05-23"), 0),
                Arguments.of("a policy that took effect on the day the jail acted counts", noRecord, hold(I_247A).release("2026-05-22T17:00").honored(true)
                        .layer(COUNTY, LOCAL_NO_HOLDS, "2026-05-22"), 1),
                Arguments.of("a state and a city layer that both forbid holds: two conflicts, each its own reason", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).layer(STATE, STATE_NO_HOLDS, "2018-01-01")
                                .layer(CITY, LOCAL_NO_HOLDS, "2019-01-01"), 2),
                Arguments.of("a state law requiring detainers be honored overrides a county's prohibition", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).layer(STATE, STATE_REQUIRES_HONORING_DETAINERS, "2017-09-01")
                                .layer(COUNTY, LOCAL_NO_HOLDS, "2016-01-01"), 0),
                Arguments.of("a county mandate does not override a city's prohibition", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).layer(COUNTY, STATE_REQUIRES_HONORING_DETAINERS, "2017-09-01")
                                .layer(CITY, LOCAL_NO_HOLDS, "2016-01-01"), 1),
                Arguments.of("holds only with a judicial warrant: an I-200 is not one", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).accompaniedBy(AdministrativeWarrant.I_200)
                                .layer(STATE, HOLDS_ONLY_WITH_JUDICIAL_WARRANT, "2018-01-01"), 1),
                Arguments.of("holds only for serious convictions: no record is a conflict", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).layer(STATE, HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS, "2014-01-01"), 1),
                Arguments.of("holds only for serious convictions: a felony before the hold is no conflict", felon,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).layer(STATE, HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS, "2014-01-01"), 0),
                Arguments.of("holds only for serious convictions: a DUI misdemeanor is serious", Facts.none().asOf("2026-06-01")
                        .convicted(misdemeanor("2020-01-01", DUI, 0)),
                        hold(I_247A).release("2026-05-22T17:00").honored(true).layer(COUNTY, HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS, null), 0),
                Arguments.of("a conditional policy does not forbid notification", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").notified(true).layer(STATE, HOLDS_ONLY_FOR_SERIOUS_CONVICTIONS, null), 0),
                Arguments.of("ICE interviewed the person although access is forbidden", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").interviewed(true).layer(CITY, NO_HOLDS_NO_ACCESS, "2015-01-01"), 1),
                Arguments.of("ICE access where only holds are forbidden is no conflict", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").interviewed(true).layer(CITY, LOCAL_NO_HOLDS, "2015-01-01"), 0),
                Arguments.of("hold, notification and access all against one layer: three reasons", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).notified(true).interviewed(true)
                                .layer(COUNTY, NO_HOLDS_NO_ACCESS_NO_NOTIFICATION, "2015-01-01"), 3),
                Arguments.of("a NONE layer is never a conflict", noRecord,
                        hold(I_247A).release("2026-05-22T17:00").honored(true).notified(true).interviewed(true).layer(STATE, NONE, null), 0),
                Arguments.of("the v1 single policy still counts when no layers are sent", noRecord,
                        hold(I_247D).release("2026-05-22T17:00").honored(true).policy(LOCAL_NO_HOLDS), 1),
                Arguments.of("layers win over the v1 single policy", noRecord,
                        hold(I_247D).release("2026-05-22T17:00").honored(true).policy(LOCAL_NO_HOLDS).layer(STATE, NONE, null), 0));
    }

    @ParameterizedTest(name = "{0}: {3} conflict(s)")
    @MethodSource("policies")
    void policyConflicts(String rule, Facts facts, Facts.DetainerBuilder detainer, int conflicts) {
        DetainerScreen screen = rules.screen(facts.detainer(detainer.build()).build(), null);
        assertThat(screen.findings().stream().filter(f -> f.finding() == POLICY_CONFLICT).count()).as(rule).isEqualTo(conflicts);
        assertThat(screen.findings().stream().filter(f -> f.finding() == POLICY_CONFLICT).map(f -> f.reason().toString()).distinct().count())
                .as("each conflict its own reason").isEqualTo(conflicts);
    }

    @Test
    void eachConflictReasonNamesWhatIsKnownOfItsLayer() {
        List<String> reasons = rules.screen(Facts.none().asOf("2026-06-01").detainer(hold(I_247A).release("2026-05-22T17:00")
                .honored(true).layer(STATE, STATE_NO_HOLDS, "2018-01-01").layer(CITY, LOCAL_NO_HOLDS, null).build()).build(), null)
                .findings().stream().map(f -> f.reason().toString()).toList();
        assertThat(reasons).containsExactlyInAnyOrder(
                "the jail honored a hold although the State-level policy in force since 2018-01-01 (State law or policy against holds) forbids holds",
                "the jail honored a hold although the City-level policy (Local policy against holds) forbids holds");
        assertThat(rules.screen(Facts.none().asOf("2026-06-01").detainer(hold(I_247D).honored(true).policy(LOCAL_NO_HOLDS).build())
                .build(), null).findings().get(0).reason().toString())
                .isEqualTo("the jail honored a hold although the jurisdiction's policy (Local policy against holds) forbids holds");
    }
}
