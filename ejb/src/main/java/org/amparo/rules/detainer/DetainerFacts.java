package org.amparo.rules.detainer;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.amparo.reference.domain.DetainerPolicy;

/**
 * One ICE document and what the jail did with it. Date-times are local to the facility, without zone.
 *
 * @param stillHeldAt        a moment the person was known to be still in the jail's custody
 * @param honoredHold        the jail held (or says it will hold) the person for ICE
 * @param notifiedIce        the jail told ICE of the release
 * @param jurisdictionPolicy the v1 single detainer policy of the facility's jurisdiction
 * @param accompaniedBy      the administrative warrant attached; null when unknown
 * @param iceInterviewed     ICE interviewed the person in the jail
 * @param policyLayers       every layer of policy that applies to the facility (v1.1); wins over
 *                           {@code jurisdictionPolicy} when not empty
 */
public record DetainerFacts(DocumentForm form, LocalDateTime issuedAt, Boolean servedOnPerson,
                            LocalDateTime scheduledReleaseAt, LocalDateTime stillHeldAt, Boolean honoredHold,
                            Boolean notifiedIce, DetainerPolicy jurisdictionPolicy, Set<Interference> interference,
                            AdministrativeWarrant accompaniedBy, Boolean iceInterviewed, List<PolicyLayer> policyLayers) {

    public DetainerFacts {
        if (form == null) {
            throw new IllegalArgumentException("A detainer needs its form");
        }
        interference = interference == null || interference.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(interference));
        policyLayers = policyLayers == null ? List.of() : List.copyOf(policyLayers);
    }

    /** The v1 facts: no warrant, interview or layers known. */
    public DetainerFacts(DocumentForm form, LocalDateTime issuedAt, Boolean servedOnPerson,
                         LocalDateTime scheduledReleaseAt, LocalDateTime stillHeldAt, Boolean honoredHold,
                         Boolean notifiedIce, DetainerPolicy jurisdictionPolicy, Set<Interference> interference) {
        this(form, issuedAt, servedOnPerson, scheduledReleaseAt, stillHeldAt, honoredHold, notifiedIce,
                jurisdictionPolicy, interference, null, null, List.of());
    }

    /** The layers of policy to judge by: the v1.1 layers, else the single v1 policy as a layer that always applied. */
    public List<PolicyLayer> layers() {
        if (!policyLayers.isEmpty()) {
            return policyLayers;
        }
        return jurisdictionPolicy == null ? List.of() : List.of(new PolicyLayer(null, jurisdictionPolicy, null));
    }
}
