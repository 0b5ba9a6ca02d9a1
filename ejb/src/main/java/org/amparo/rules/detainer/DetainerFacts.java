package org.amparo.rules.detainer;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.amparo.reference.domain.DetainerPolicy;

/**
 * One ICE document and what the jail did with it. Date-times are local to the facility, without zone.
 *
 * @param stillHeldAt        a moment the person was known to be still in the jail's custody
 * @param honoredHold        the jail held (or says it will hold) the person for ICE
 * @param notifiedIce        the jail told ICE of the release
 * @param jurisdictionPolicy the detainer policy of the facility's jurisdiction
 */
public record DetainerFacts(DocumentForm form, LocalDateTime issuedAt, Boolean servedOnPerson,
                            LocalDateTime scheduledReleaseAt, LocalDateTime stillHeldAt, Boolean honoredHold,
                            Boolean notifiedIce, DetainerPolicy jurisdictionPolicy, Set<Interference> interference) {

    public DetainerFacts {
        if (form == null) {
            throw new IllegalArgumentException("A detainer needs its form");
        }
        interference = interference == null || interference.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(interference));
    }
}
