package org.amparo.campaigns.domain;

import java.util.Optional;

import org.amparo.reference.domain.Jurisdiction;

/** The campaigns on file. */
public interface Campaigns {

    /** The jurisdiction's first campaign, if it has one. */
    Optional<Campaign> ofJurisdiction(Jurisdiction jurisdiction);

    void add(Campaign campaign);
}
