package org.amparo.reference.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What one of ICE's facility files says of a facility. {@code facts} names the facts the file has a column for: a
 * fact it has no column for is not known to it and never erases what is known (a listing without addresses leaves
 * the address alone), while a blank cell of a column it has does (a guaranteed minimum no longer given).
 */
public record IceListing(String address, String city, String zip, String aor, String iceType, Integer guaranteedMinimum,
                         BigDecimal averageDailyPopulation, String detentionLocation, String perDiem, Set<Fact> facts) {

    /** The facts a file may or may not have a column for. */
    public enum Fact { ADDRESS, ZIP, AOR, GUARANTEED_MINIMUM, AVERAGE_DAILY_POPULATION, DETENTION_LOCATION, PER_DIEM }

    public boolean has(Fact fact) {
        return facts.contains(fact);
    }
}
