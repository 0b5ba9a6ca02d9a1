package org.amparo.rules.detainer;

import java.time.LocalDate;

import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.JurisdictionLevel;

/**
 * One layer of detainer policy that applies to a facility (DOMAIN.md section 5): the state's, the county's or the
 * city's, counting from the day it took effect.
 *
 * @param level  the level of government; null when not known (a v1 request's single {@code jurisdictionPolicy})
 * @param since  the day the policy took effect; null means it always applied
 */
public record PolicyLayer(JurisdictionLevel level, DetainerPolicy policy, LocalDate since) {

    public PolicyLayer {
        if (policy == null) {
            throw new IllegalArgumentException("A policy layer needs its policy");
        }
    }

    /** True when the layer had taken effect on or before the day. */
    public boolean inForceOn(LocalDate day) {
        return since == null || day == null || !since.isAfter(day);
    }

    /** A layer that can override the lower layers' prohibitions: a state law (or a layer of unknown level). */
    public boolean canOverrideLowerLayers() {
        return policy.requiresHonoringDetainers() && (level == null || level == JurisdictionLevel.STATE);
    }
}
