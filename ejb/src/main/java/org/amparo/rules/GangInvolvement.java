package org.amparo.rules;

/**
 * What is known of a person's involvement with a gang (SCREENING.md v1.1 {@code person.gang}). Only a conviction with
 * gang participation as an element, or intentional participation at 16 or older, counts under any rule set; a
 * listing in a gang database alone never makes a priority (the seed distrusts those databases).
 */
public enum GangInvolvement {
    CONVICTED_GANG_OFFENSE,
    PARTICIPATED_AT_16_OR_OLDER,
    LISTED_IN_GANG_DATABASE;

    /** True when the rule sets that name gangs count this (a conviction or participation at 16+). */
    public boolean counts() {
        return this != LISTED_IN_GANG_DATABASE;
    }
}
