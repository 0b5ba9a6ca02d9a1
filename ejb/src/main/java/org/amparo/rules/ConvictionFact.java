package org.amparo.rules;

import java.time.LocalDate;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;

/**
 * One conviction. Absent booleans mean "no" (an adult conviction, not suspended, no aggravated-felony finding);
 * an absent level, category or sentence is unknown.
 *
 * @param aggravatedFelony a legal finding an attorney records on the conviction
 * @param sentenceDays     days of custody imposed
 * @param suspended        whether the custody sentence was suspended (then it is no time to serve)
 * @param juvenile         a juvenile adjudication, which is never a conviction for these rules
 * @param incident         convictions with the same value arose from one incident
 * @param statusOffense    a state or local offense with immigration status as an essential element (SB 1070-type)
 */
public record ConvictionFact(LocalDate date, OffenseLevel level, OffenseCategory category, Boolean aggravatedFelony,
                             Integer sentenceDays, Boolean suspended, Boolean juvenile, String incident,
                             Boolean statusOffense) {

    /** A v1 conviction: whether it is a status offense follows from its category alone. */
    public ConvictionFact(LocalDate date, OffenseLevel level, OffenseCategory category, Boolean aggravatedFelony,
                          Integer sentenceDays, Boolean suspended, Boolean juvenile, String incident) {
        this(date, level, category, aggravatedFelony, sentenceDays, suspended, juvenile, incident, null);
    }

    public ConvictionFact {
        if (sentenceDays != null && sentenceDays < 0) {
            throw new IllegalArgumentException("A sentence cannot be negative");
        }
        incident = incident == null || incident.isBlank() ? null : incident.trim();
    }

    /** True when this is a conviction for the rules on that day: adult, and not dated after it. */
    public boolean countsOn(LocalDate day) {
        return !Boolean.TRUE.equals(juvenile) && (date == null || !date.isAfter(day));
    }

    public boolean isFelony() {
        return level == OffenseLevel.FELONY;
    }

    public boolean isMisdemeanor() {
        return level == OffenseLevel.MISDEMEANOR;
    }

    /**
     * True for an offense whose essential element is immigration status: flagged so, or of category
     * {@code IMMIGRATION}. The 2014 memo never counts these in 1(d), 2(a) or 2(b).
     */
    public boolean isStatusOffense() {
        return Boolean.TRUE.equals(statusOffense) || category == OffenseCategory.IMMIGRATION;
    }

    public boolean isAggravatedFelony() {
        return Boolean.TRUE.equals(aggravatedFelony);
    }

    /** Days the person had to serve: a suspended sentence is no time to serve. Null when unknown. */
    public Integer custodyDaysToServe() {
        if (Boolean.TRUE.equals(suspended)) {
            return 0;
        }
        return sentenceDays;
    }
}
