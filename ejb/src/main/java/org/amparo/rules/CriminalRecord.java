package org.amparo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.people.domain.OffenseCategory;

/**
 * The convictions that count on a day, with the readings PEP and DACA share: which categories make a misdemeanor
 * "significant", and which convictions arose from one incident.
 */
public final class CriminalRecord {

    /** The six categories both the 2014 memo and the 2012 DACA guidelines call significant misdemeanors. */
    public static final Set<OffenseCategory> SIGNIFICANT_MISDEMEANOR_CATEGORIES = EnumSet.of(
            OffenseCategory.DUI, OffenseCategory.DOMESTIC_VIOLENCE, OffenseCategory.FIREARM,
            OffenseCategory.DRUG_SALE, OffenseCategory.SEXUAL_ABUSE, OffenseCategory.BURGLARY);

    /**
     * A conviction with its position in the facts, so reasons can name it. As a reason's argument it is a token that
     * {@link Reason#text} words in the reader's language by the conviction's offense and date ("the DUI conviction of
     * 2013-02-01"), falling back to its position when neither is known.
     */
    public record Numbered(int index, ConvictionFact conviction) {

        @Override
        public String toString() {
            return "{{conviction|" + index + "|" + (conviction.date() == null ? "" : conviction.date()) + "|"
                    + (conviction.category() == null ? "" : conviction.category().name()) + "}}";
        }
    }

    private final List<Numbered> counted;

    private CriminalRecord(List<Numbered> counted) {
        this.counted = counted;
    }

    /** The adult convictions not dated after the day; juvenile adjudications are never convictions here. */
    public static CriminalRecord on(ScreeningFacts facts, LocalDate day) {
        List<Numbered> counted = new ArrayList<>();
        for (int i = 0; i < facts.convictions().size(); i++) {
            ConvictionFact c = facts.convictions().get(i);
            if (c.countsOn(day)) {
                counted.add(new Numbered(i, c));
            }
        }
        return new CriminalRecord(List.copyOf(counted));
    }

    public List<Numbered> convictions() {
        return counted;
    }

    public boolean isSignificantCategory(ConvictionFact c) {
        return c.category() != null && SIGNIFICANT_MISDEMEANOR_CATEGORIES.contains(c.category());
    }

    /**
     * Groups convictions by the incident they arose from: the recorded incident, else the conviction date (the
     * DACA guidelines treat same-day convictions as one), else the conviction alone.
     */
    public static Map<String, List<Numbered>> byIncident(List<Numbered> convictions) {
        Map<String, List<Numbered>> incidents = new LinkedHashMap<>();
        for (Numbered n : convictions) {
            ConvictionFact c = n.conviction();
            String key = c.incident() != null ? "incident:" + c.incident()
                    : c.date() != null ? "date:" + c.date() : "conviction:" + n.index();
            incidents.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        return incidents;
    }

    /** Several convictions as one reason argument, each named as {@link Numbered} names it. */
    public static String indexes(List<Numbered> convictions) {
        return String.join(", ", convictions.stream().map(Numbered::toString).toList());
    }
}
