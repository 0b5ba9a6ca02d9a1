package org.amparo.campaigns.domain;

import org.amparo.reference.domain.Jurisdiction;

import java.util.List;
import java.util.Optional;

/** The campaigns on file, their asks and their meetings. */
public interface Campaigns {

    /** The jurisdiction's first campaign, if it has one. */
    Optional<Campaign> ofJurisdiction(Jurisdiction jurisdiction);

    Optional<Campaign> find(long id);

    void add(Campaign campaign);

    /** The campaign's asks: the toolkit's in its order, then the organisation's own as they were added. */
    List<CampaignAsk> asks(long campaignId);

    Optional<CampaignAsk> ask(long id);

    void add(CampaignAsk ask);

    /** The campaign's meetings, the latest first. */
    List<Meeting> meetings(long campaignId);

    Optional<Meeting> meeting(long id);

    void add(Meeting meeting);

    Optional<MeetingPromise> promise(long id);

    /** Writes pending changes now, so that new parts have their ids. */
    void flush();

    /** Promises still open after their due day, in all campaigns, the longest overdue first. */
    List<MeetingPromise> overduePromises(java.time.LocalDate today, int max);
}
