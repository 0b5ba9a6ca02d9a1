package org.amparo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.relief.DacaResult;
import org.amparo.rules.priority.PriorityRuleSets;
import org.amparo.rules.priority.RuleSetPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over many random records (seeded, so a failure repeats): more convictions never make the screening
 * kinder. DOMAIN.md sections 3 and 4. Each property holds within each rule set's period.
 */
class ScreeningPropertiesTest {

    private static final int RECORDS = 600;
    private final Screening screening = Screening.standard();

    /** Runs a property over {@link #RECORDS} seeded random records; a failure names its seed. */
    private static void forEachSeed(java.util.function.LongConsumer property) {
        LongStream.range(0, RECORDS).map(i -> 20261128L + i).forEach(seed -> {
            try {
                property.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        });
    }

    @ParameterizedTest(name = "within {0}")
    @MethodSource("periods")
    void addingAConvictionNeverLowersThePriority(RuleSetPeriod period) {
        forEachSeed(seed -> addingAConvictionNeverLowersThePriorityFor(seed, period));
    }

    private void addingAConvictionNeverLowersThePriorityFor(long seed, RuleSetPeriod period) {
        Random random = new Random(seed);
        ScreeningFacts facts = randomFacts(random, period);
        ConvictionFact added = randomConviction(random, facts.asOf());
        EnforcementPriority before = screening.screen(facts).priority().priority();
        EnforcementPriority after = screening.screen(facts.withConviction(added)).priority().priority();
        assertThat(before.isHigherThan(after)).as("%s then %s after adding %s to %s", before, after, added, facts).isFalse();
    }

    @ParameterizedTest(name = "within {0}")
    @MethodSource("periods")
    void addingAConvictionNeverTurnsDacaFromNotEligibleToPotentiallyEligible(RuleSetPeriod period) {
        forEachSeed(seed -> addingAConvictionNeverTurnsDacaFromNotEligibleToPotentiallyEligibleFor(seed, period));
    }

    private void addingAConvictionNeverTurnsDacaFromNotEligibleToPotentiallyEligibleFor(long seed, RuleSetPeriod period) {
        Random random = new Random(seed);
        ScreeningFacts facts = randomFacts(random, period);
        ConvictionFact added = randomConviction(random, facts.asOf());
        DacaResult before = screening.screen(facts).daca().result();
        DacaResult after = screening.screen(facts.withConviction(added)).daca().result();
        if (before == DacaResult.NOT_ELIGIBLE) {
            assertThat(after).as("after adding %s to %s", added, facts).isEqualTo(DacaResult.NOT_ELIGIBLE);
        }
        if (before != DacaResult.POTENTIALLY_ELIGIBLE) {
            assertThat(after).as("after adding %s to %s", added, facts).isNotEqualTo(DacaResult.POTENTIALLY_ELIGIBLE);
        }
    }

    @ParameterizedTest(name = "within {0}")
    @MethodSource("periods")
    void aDisqualifyingConvictionAlwaysMakesDacaNotEligible(RuleSetPeriod period) {
        forEachSeed(seed -> aDisqualifyingConvictionAlwaysMakesDacaNotEligibleFor(seed, period));
    }

    private void aDisqualifyingConvictionAlwaysMakesDacaNotEligibleFor(long seed, RuleSetPeriod period) {
        Random random = new Random(seed);
        ScreeningFacts facts = randomFacts(random, period);
        LocalDate day = facts.asOf().minusDays(1 + random.nextInt(3000));
        ConvictionFact disqualifying = random.nextBoolean()
                ? new ConvictionFact(day, OffenseLevel.FELONY, OffenseCategory.OTHER, false, 0, false, false, null)
                : new ConvictionFact(day, OffenseLevel.MISDEMEANOR, OffenseCategory.DUI, false, 0, false, false, null);
        assertThat(screening.screen(facts.withConviction(disqualifying)).daca().result()).isEqualTo(DacaResult.NOT_ELIGIBLE);
    }

    static java.util.List<RuleSetPeriod> periods() {
        return PriorityRuleSets.standard().periods();
    }

    private static ScreeningFacts randomFacts(Random r, RuleSetPeriod period) {
        LocalDate until = period.until() == null ? LocalDate.of(2026, 11, 30) : period.until();
        LocalDate asOf = period.from().plusDays(r.nextInt((int) (until.toEpochDay() - period.from().toEpochDay()) + 1));
        LocalDate born = maybe(r, LocalDate.of(1970, 1, 1).plusDays(r.nextInt(12000)));
        List<LocalDate> entries = new ArrayList<>();
        if (born != null && r.nextBoolean()) {
            entries.add(born.plusDays(r.nextInt(9000)));
        }
        List<LocalDate> unlawful = entries.isEmpty() || r.nextBoolean() ? List.of() : List.of(entries.get(0));
        PersonFacts person = new PersonFacts(born, maybe(r, pick(r, ImmigrationStatus.values())), entries,
                maybe(r, LocalDate.of(1995, 1, 1).plusDays(r.nextInt(6000))), maybe(r, pick(r, Education.values())),
                maybe(r, r.nextInt(10) == 0), maybe(r, r.nextInt(10) == 0),
                r.nextInt(4) == 0 ? pick(r, GangInvolvement.values()) : null, maybe(r, r.nextInt(10) == 0),
                maybe(r, r.nextInt(10) == 0), maybe(r, r.nextBoolean()), unlawful);
        List<ConvictionFact> convictions = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            convictions.add(randomConviction(r, asOf));
        }
        List<RemovalOrderFact> orders = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            orders.add(new RemovalOrderFact(LocalDate.of(2010, 1, 1).plusDays(r.nextInt(3000)), maybe(r, r.nextBoolean())));
        }
        return new ScreeningFacts(asOf, person, convictions, List.of(), orders, null);
    }

    private static ConvictionFact randomConviction(Random r, LocalDate asOf) {
        return new ConvictionFact(maybe(r, asOf.minusDays(r.nextInt(4000) - 200)), maybe(r, pick(r, OffenseLevel.values())),
                maybe(r, pick(r, OffenseCategory.values())), r.nextInt(15) == 0, maybe(r, r.nextInt(200)),
                r.nextInt(5) == 0, r.nextInt(8) == 0, r.nextBoolean() ? null : String.valueOf((char) ('a' + r.nextInt(4))),
                r.nextInt(10) == 0);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T maybe(Random r, T value) {
        return r.nextInt(6) == 0 ? null : value;
    }
}
