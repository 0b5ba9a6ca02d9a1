package org.amparo.rules.detainer;

import static org.amparo.people.domain.OffenseCategory.DUI;
import static org.amparo.rules.Facts.I_200;
import static org.amparo.rules.Facts.I_203;
import static org.amparo.rules.Facts.I_205;
import static org.amparo.rules.Facts.I_247D;
import static org.amparo.rules.Facts.I_247N;
import static org.amparo.rules.Facts.NTA;
import static org.amparo.rules.Facts.felony;
import static org.amparo.rules.Facts.hold;
import static org.amparo.rules.Facts.misdemeanor;
import static org.amparo.rules.detainer.Finding.HELD_PAST_EXPIRY;
import static org.amparo.rules.detainer.Finding.NON_PRIORITY_TARGET;
import static org.amparo.rules.detainer.Finding.NOT_A_DETAINER;
import static org.amparo.rules.detainer.Finding.NO_NOTICE_TO_PERSON;
import static org.amparo.rules.detainer.Finding.POLICY_CONFLICT;
import static org.amparo.rules.detainer.Finding.PRE_CONVICTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.amparo.people.domain.OffenseLevel;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.rules.Facts;
import org.amparo.rules.priority.PriorityRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md section 2, "Findings on a detainer". */
class DetainerRulesTest {

    private final DetainerRules rules = new DetainerRules(PriorityRuleSets.standard());

    /** A priority-2 person (a 2013 DUI), so only the finding under test fires. */
    private static Facts priorityPerson() {
        return Facts.none().convicted(misdemeanor("2013-02-01", DUI, 0));
    }

    private DetainerScreen screen(Facts facts) {
        return rules.screen(facts.build(), null);
    }

    static Stream<Arguments> findings() {
        return Stream.of(
                Arguments.of("still held one minute after expiry is held past expiry", priorityPerson().detainer(
                        hold(I_247D).release("2015-05-22T17:00").stillHeld("2015-05-24T17:01").build()), List.of(HELD_PAST_EXPIRY)),
                Arguments.of("past expiry means strictly after: held at the expiry minute is not past it", priorityPerson().detainer(
                        hold(I_247D).release("2015-05-22T17:00").stillHeld("2015-05-24T17:00").build()), List.of()),
                Arguments.of("a notification request asks no hold: no expiry to pass, but held after release is held without a hold request",
                        priorityPerson().detainer(hold(I_247N).release("2015-05-22T17:00").stillHeld("2015-05-30T17:00").build()),
                        List.of(Finding.HELD_WITHOUT_HOLD_REQUEST)),
                Arguments.of("a detainer on a person with no priority targets a non-priority",
                        Facts.none().detainer(hold(I_247D).issued("2015-05-21T10:00").build()), List.of(NON_PRIORITY_TARGET)),
                Arguments.of("priority is judged on the day of issue: a later conviction does not cure the detainer",
                        Facts.none().convicted(felony("2015-05-25")).detainer(hold(I_247D).issued("2015-05-21T10:00").build()),
                        List.of(NON_PRIORITY_TARGET)),
                Arguments.of("a detainer issued while only charges were pending is pre-conviction (and no priority)",
                        Facts.none().pendingCharge("2015-05-20", OffenseLevel.FELONY)
                                .detainer(hold(I_247D).issued("2015-05-21T10:00").build()), List.of(NON_PRIORITY_TARGET, PRE_CONVICTION)),
                Arguments.of("pending charges beside an earlier priority conviction are not pre-conviction",
                        priorityPerson().pendingCharge("2015-05-20", OffenseLevel.FELONY)
                                .detainer(hold(I_247D).issued("2015-05-21T10:00").build()), List.of()),
                Arguments.of("a gang member with pending charges is a priority but still pre-conviction",
                        Facts.none().gang(true).pendingCharge("2015-05-20", OffenseLevel.FELONY)
                                .detainer(hold(I_247D).issued("2015-05-21T10:00").build()), List.of(PRE_CONVICTION)),
                Arguments.of("a charge filed after the detainer does not make it pre-conviction",
                        Facts.none().pendingCharge("2015-05-22", OffenseLevel.FELONY)
                                .detainer(hold(I_247D).issued("2015-05-21T10:00").build()), List.of(NON_PRIORITY_TARGET)),
                Arguments.of("a person never served a copy had no notice", priorityPerson()
                        .detainer(hold(I_247D).served(false).build()), List.of(NO_NOTICE_TO_PERSON)),
                Arguments.of("not knowing whether the person was served is no finding", priorityPerson()
                        .detainer(hold(I_247D).served(null).build()), List.of()),
                Arguments.of("a jail that honoured a hold under a no-holds policy is in conflict", priorityPerson()
                        .detainer(hold(I_247D).honored(true).policy(DetainerPolicy.LOCAL_NO_HOLDS).build()), List.of(POLICY_CONFLICT)),
                Arguments.of("honouring a hold where no policy forbids it is no conflict", priorityPerson()
                        .detainer(hold(I_247D).honored(true).policy(DetainerPolicy.NONE).build()), List.of()),
                Arguments.of("notifying ICE under a no-notification policy is a conflict", priorityPerson()
                        .detainer(hold(I_247N).notified(true).policy(DetainerPolicy.NO_HOLDS_NO_NOTIFICATION).build()), List.of(POLICY_CONFLICT)),
                Arguments.of("notifying ICE where only holds are forbidden is no conflict", priorityPerson()
                        .detainer(hold(I_247N).notified(true).policy(DetainerPolicy.STATE_NO_HOLDS).build()), List.of()),
                Arguments.of("recorded interference with the criminal case becomes a finding", priorityPerson()
                        .detainer(hold(I_247D).interference(Interference.BAIL_DENIED_FOR_STATUS).build()),
                        List.of(Finding.BAIL_DENIED_FOR_STATUS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void findings(String rule, Facts facts, List<Finding> expected) {
        DetainerScreen screen = screen(facts);
        assertThat(screen.codes()).as(rule).containsExactlyElementsOf(expected);
        assertThat(screen.escalate()).as("escalate exactly when there is a finding").isEqualTo(!expected.isEmpty());
    }

    @ParameterizedTest(name = "{0} is not a detainer and has no hold clock")
    @MethodSource("nonDetainers")
    void nonDetainerDocuments(DocumentForm form) {
        DetainerScreen screen = screen(Facts.none().detainer(hold(form).release("2015-05-22T17:00").served(false).build()));
        assertThat(screen.codes()).containsExactly(NOT_A_DETAINER);
        assertThat(screen.holdExpiresAt()).isNull();
    }

    static Stream<DocumentForm> nonDetainers() {
        return Stream.of(I_200, I_205, I_203, NTA);
    }

    @ParameterizedTest(name = "honouring a hold under {0} is a policy conflict")
    @EnumSource(value = DetainerPolicy.class, names = {"STATE_NO_HOLDS", "LOCAL_NO_HOLDS", "NO_HOLDS_NO_NOTIFICATION",
            "NO_HOLDS_NO_ACCESS", "NO_HOLDS_NO_ACCESS_NO_NOTIFICATION"})
    void everyNoHoldsPolicyForbidsHolds(DetainerPolicy policy) {
        assertThat(screen(priorityPerson().detainer(hold(I_247D).honored(true).policy(policy).build())).codes())
                .containsExactly(POLICY_CONFLICT);
    }

    @Test
    void theContractExample() {
        Facts facts = Facts.none().asOf("2015-06-01").born("1990-05-01").convicted(misdemeanor("2013-02-01", DUI, 0))
                .pendingCharge("2015-05-20", OffenseLevel.FELONY).removalOrder("2013-06-01", true)
                .detainer(hold(I_247D).issued("2015-05-21T10:00").served(false).release("2015-05-22T17:00")
                        .stillHeld("2015-05-25T09:00").honored(true).notified(false).policy(DetainerPolicy.LOCAL_NO_HOLDS).build());
        DetainerScreen screen = screen(facts);
        assertThat(screen.holdExpiresAt()).hasToString("2015-05-24T17:00");
        assertThat(screen.codes()).containsExactly(HELD_PAST_EXPIRY, NO_NOTICE_TO_PERSON, POLICY_CONFLICT);
        assertThat(screen.findings()).extracting(f -> f.reason().toString()).allMatch(r -> !r.isBlank());
        assertThat(Arrays.stream(Finding.values())).hasSize(14);
    }
}
