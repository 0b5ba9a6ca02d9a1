package org.amparo.campaigns.domain;

import org.amparo.reference.domain.Jurisdiction;

import java.util.List;
import java.util.Optional;

/** The campaigns on file, their asks and their meetings. */
public interface Campaigns {

    /** The jurisdiction's running campaign, if it has one (one at a time: closed ones are history). */
    Optional<Campaign> ofJurisdiction(Jurisdiction jurisdiction);

    /**
     * The jurisdiction's running campaign, if it has one, read after taking the jurisdiction's row for this transaction:
     * for whoever is about to start one (a supervisor, or a case escalated to a campaign), so that two starting at the
     * same moment take turns and the second finds the first's campaign, on any database.
     */
    Optional<Campaign> ofJurisdictionForStart(Jurisdiction jurisdiction);

    /** The campaigns that cite the case, running or closed, the first started first. */
    List<Campaign> citing(long caseId);

    /** Every campaign of the jurisdiction, running or closed, the first started first. */
    List<Campaign> allOfJurisdiction(Jurisdiction jurisdiction);

    Optional<Campaign> find(long id);

    /** Every campaign, by id. */
    List<Campaign> all();

    /** A campaign with how many cases it cites, how many asks it makes and how many of them were won. */
    record Listed(Campaign campaign, int citedCases, int asks, int asksWon) {
    }

    /** Every campaign with its jurisdiction and its counts, by id, in two queries however many there are. */
    List<Listed> listed();

    /**
     * Locks the campaign's row until the transaction ends, so that two servers starting at once do not both start its
     * process: the second waits for the first to commit, then finds the process running.
     */
    void lock(Campaign campaign);

    void add(Campaign campaign);

    /** The campaign's asks: the toolkit's in its order, then the organisation's own as they were added. */
    List<CampaignAsk> asks(long campaignId);

    /** The asks of each of these campaigns, in {@link #asks}'s order, in one read (a campaign without any is left out). */
    java.util.Map<Long, List<CampaignAsk>> asksOf(java.util.Collection<Long> campaignIds);

    Optional<CampaignAsk> ask(long id);

    void add(CampaignAsk ask);

    /** The campaign's meetings, the latest first. */
    List<Meeting> meetings(long campaignId);

    Optional<Meeting> meeting(long id);

    void add(Meeting meeting);

    Optional<MeetingPromise> promise(long id);

    /** Writes pending changes now, so that new parts have their ids. */
    void flush();

    /** The campaign's targets, as added. */
    List<CampaignTarget> targets(long campaignId);

    Optional<CampaignTarget> target(long id);

    void add(CampaignTarget target);

    void remove(CampaignTarget target);

    /** The campaign's allies, by kind in the toolkit's order, then as added. */
    List<CampaignAlly> allies(long campaignId);

    Optional<CampaignAlly> ally(long id);

    void add(CampaignAlly ally);

    void remove(CampaignAlly ally);

    /** The campaign's plan of action: its steps by due day, then as added. */
    List<CampaignStep> steps(long campaignId);

    Optional<CampaignStep> step(long id);

    void add(CampaignStep step);

    void remove(CampaignStep step);

    /** The campaign's notes (goals, research, outcomes), as added. */
    List<CampaignNote> notes(long campaignId);

    Optional<CampaignNote> note(long id);

    void add(CampaignNote note);

    void remove(CampaignNote note);

    /** The campaign's messages, by audience, then as added. */
    List<CampaignMessage> messages(long campaignId);

    Optional<CampaignMessage> message(long id);

    void add(CampaignMessage message);

    void remove(CampaignMessage message);

    /** Promises still open after their due day, in all running campaigns, the longest overdue first. */
    List<MeetingPromise> overduePromises(java.time.LocalDate today, int max);
}
