package org.amparo.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;

/**
 * The person's facts the rules use. Null means nobody knows yet.
 *
 * @param entries dates the person entered the United States, in any order
 */
public record PersonFacts(LocalDate dateOfBirth, ImmigrationStatus immigrationStatus, List<LocalDate> entries,
                          LocalDate continuousResidenceSince, Education education, Boolean gangMember,
                          Boolean nationalSecurityConcern) {

    public static final PersonFacts UNKNOWN = new PersonFacts(null, null, List.of(), null, null, null, null);

    public PersonFacts {
        entries = entries == null ? List.of() : entries.stream().filter(Objects::nonNull).toList();
    }

    /** The first entry on record: when the person arrived. */
    public Optional<LocalDate> firstEntry() {
        return entries.stream().min(Comparator.naturalOrder());
    }
}
