package org.amparo.rules;

import java.time.LocalDate;
import java.util.List;

import org.amparo.rules.detainer.DetainerFacts;

/**
 * Everything the screening rules look at, as of one date. Every fact may be absent (null): a rule that needs an
 * absent fact does not fire, and DACA answers {@code UNKNOWN} for it. Lists are never null.
 *
 * @param asOf           the day the screening speaks for; it chooses the priority rule set, and later convictions
 *                       and orders do not count
 * @param person         biographical and immigration facts
 * @param convictions    adult and juvenile convictions (juvenile adjudications are never counted as convictions)
 * @param pendingCharges charges without a disposition yet
 * @param removalOrders  removal orders, final or pending
 * @param detainer       the ICE document being screened, or null
 */
public record ScreeningFacts(LocalDate asOf, PersonFacts person, List<ConvictionFact> convictions,
                             List<PendingChargeFact> pendingCharges, List<RemovalOrderFact> removalOrders,
                             DetainerFacts detainer) {

    public ScreeningFacts {
        if (asOf == null) {
            throw new IllegalArgumentException("A screening needs the date it speaks for");
        }
        person = person == null ? PersonFacts.UNKNOWN : person;
        convictions = convictions == null ? List.of() : List.copyOf(convictions);
        pendingCharges = pendingCharges == null ? List.of() : List.copyOf(pendingCharges);
        removalOrders = removalOrders == null ? List.of() : List.copyOf(removalOrders);
    }

    /** The same facts screened as of another day (e.g. the day a detainer was issued). */
    public ScreeningFacts asOf(LocalDate day) {
        return new ScreeningFacts(day, person, convictions, pendingCharges, removalOrders, detainer);
    }

    /** The same facts with one more conviction. */
    public ScreeningFacts withConviction(ConvictionFact conviction) {
        List<ConvictionFact> more = new java.util.ArrayList<>(convictions);
        more.add(conviction);
        return new ScreeningFacts(asOf, person, more, pendingCharges, removalOrders, detainer);
    }
}
