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
 * @param entries              dates the person entered the United States, in any order
 * @param gangMember           the v1 flag: {@code true} means {@link GangInvolvement#PARTICIPATED_AT_16_OR_OLDER}
 * @param gang                 what is known of gang involvement (v1.1); wins over {@code gangMember}
 * @param apprehendedAtBorder  apprehended at the border or a port of entry while attempting to enter unlawfully
 * @param visaAbuse            significant abuse of the visa or visa-waiver programs
 * @param inRemovalProceedings in removal proceedings, or under a final removal or voluntary-departure order
 * @param unlawfulEntries      dates of entries without inspection (a subset of {@code entries})
 */
public record PersonFacts(LocalDate dateOfBirth, ImmigrationStatus immigrationStatus, List<LocalDate> entries,
                          LocalDate continuousResidenceSince, Education education, Boolean gangMember,
                          Boolean nationalSecurityConcern, GangInvolvement gang, Boolean apprehendedAtBorder,
                          Boolean visaAbuse, Boolean inRemovalProceedings, List<LocalDate> unlawfulEntries) {

    public static final PersonFacts UNKNOWN = new PersonFacts(null, null, List.of(), null, null, null, null);

    public PersonFacts {
        entries = entries == null ? List.of() : entries.stream().filter(Objects::nonNull).toList();
        unlawfulEntries = unlawfulEntries == null ? List.of() : unlawfulEntries.stream().filter(Objects::nonNull).toList();
    }

    /** The v1 facts: nothing known of the v1.1 additions. */
    public PersonFacts(LocalDate dateOfBirth, ImmigrationStatus immigrationStatus, List<LocalDate> entries,
                       LocalDate continuousResidenceSince, Education education, Boolean gangMember,
                       Boolean nationalSecurityConcern) {
        this(dateOfBirth, immigrationStatus, entries, continuousResidenceSince, education, gangMember,
                nationalSecurityConcern, null, null, null, null, List.of());
    }

    /** The first entry on record: when the person arrived. */
    public Optional<LocalDate> firstEntry() {
        return entries.stream().min(Comparator.naturalOrder());
    }

    /** Gang involvement as the rules read it: the v1.1 value, else the v1 flag ({@code true}: participation at 16+). */
    public GangInvolvement gangInvolvement() {
        if (gang != null) {
            return gang;
        }
        return Boolean.TRUE.equals(gangMember) ? GangInvolvement.PARTICIPATED_AT_16_OR_OLDER : null;
    }

    /** True when a gang involvement that the rule sets count is known (never a database listing alone). */
    public boolean countedGangInvolvement() {
        GangInvolvement g = gangInvolvement();
        return g != null && g.counts();
    }

    /** The latest entry without inspection on or before a day, if any. */
    public Optional<LocalDate> lastUnlawfulEntryOn(LocalDate day) {
        return unlawfulEntries.stream().filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder());
    }
}
