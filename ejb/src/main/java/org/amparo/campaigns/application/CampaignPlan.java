package org.amparo.campaigns.application;

import org.amparo.campaigns.domain.AskStatus;
import org.amparo.campaigns.domain.SampleAsk;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A jurisdiction's campaign as its page shows it: its name, when and by whom it was started, how many cases it cites
 * (and how many of those only de-identified), and its asks. {@code campaignId} is null when the jurisdiction has none;
 * {@code version} is the one a rename must send back.
 */
public record CampaignPlan(long jurisdictionId, Long campaignId, String name, Instant startedAt, String startedBy,
                           int citedCases, int citedDeidentified, List<Ask> asks, int version) implements Serializable {

    /** A campaign in the list of all of them: where, since when, by whom, and how many of its asks are won. */
    public record Summary(long campaignId, long jurisdictionId, String jurisdiction, String name, Instant startedAt,
                          String startedBy, int citedCases, int asks, int asksWon) implements Serializable {
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
