package org.amparo.campaigns.domain;

import org.amparo.reference.domain.Jurisdiction;

import java.util.List;
import java.util.Optional;

/** The campaigns on file, and their asks. */
public interface Campaigns {

    /** The jurisdiction's first campaign, if it has one. */
    Optional<Campaign> ofJurisdiction(Jurisdiction jurisdiction);

    Optional<Campaign> find(long id);

    void add(Campaign campaign);

    /** The campaign's asks: the toolkit's in its order, then the organisation's own as they were added. */
    List<CampaignAsk> asks(long campaignId);

    Optional<CampaignAsk> ask(long id);

    void add(CampaignAsk ask);
}
