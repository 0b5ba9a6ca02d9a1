package org.amparo.campaigns.application;

import org.amparo.campaigns.domain.AskStatus;
import org.amparo.campaigns.domain.OutcomeResult;
import org.amparo.campaigns.domain.SampleAsk;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A jurisdiction's campaign as its page shows it: its name, when and by whom it was started, how many cases it cites
 * (and how many of those only de-identified), and its asks. {@code campaignId} is null when the jurisdiction has none;
 * {@code version} is the one a rename or the closing must send back. {@code closing} says how a closed campaign ended
 * (null while it runs); {@code earlier} lists the jurisdiction's closed campaigns, the latest first (one campaign runs
 * at a time).
 */
public record CampaignPlan(long jurisdictionId, Long campaignId, String name, Instant startedAt, String startedBy,
                           int citedCases, int citedDeidentified, List<Ask> asks, int version, Closing closing,
                           List<Closed> earlier) implements Serializable {

    /** How and when a closed campaign ended, and who closed it; null while the campaign runs. */
    public record Closing(LocalDate on, OutcomeResult result, String by) implements Serializable {
    }

    /**
     * One of the jurisdiction's closed campaigns: its name, when it started, how and when it ended, and its asks as they
     * stood (what was won and lost; the rest of it stays on file, {@code GET /api/v1/campaigns/{id}}).
     */
    public record Closed(long campaignId, String name, Instant startedAt, LocalDate closedOn, OutcomeResult result,
                         List<Ask> asks) implements Serializable {
    }

    /**
     * A campaign that cites a case, as the case file shows it: the campaign and its jurisdiction, whether the case is
     * cited only de-identified (no consent to be named), since when, and the day the campaign closed (null while it runs).
     */
    public record Citation(long campaignId, String name, long jurisdictionId, String jurisdiction, boolean deidentified,
                           Instant citedAt, LocalDate closedOn) implements Serializable {
    }

    /** A campaign in the list of all of them: where, since when, by whom, and how many of its asks are won. */
    public record Summary(long campaignId, long jurisdictionId, String jurisdiction, String name, Instant startedAt,
                          String startedBy, int citedCases, int asks, int asksWon, LocalDate closedOn,
                          OutcomeResult closingResult) implements Serializable {
    }

    /** An ask: one of the toolkit's ({@code sample}) or the organisation's own ({@code wording}), and where it stands. */
    public record Ask(long id, int version, SampleAsk sample, String wording, AskStatus status, LocalDate raisedOn,
                      LocalDate decidedOn, String updatedBy, Instant updatedAt) implements Serializable {
    }

    /** The toolkit's asks the campaign has not taken up yet. */
    public List<SampleAsk> samplesLeft() {
        return java.util.Arrays.stream(SampleAsk.values())
                .filter(s -> asks.stream().noneMatch(a -> a.sample() == s)).toList();
    }
}
