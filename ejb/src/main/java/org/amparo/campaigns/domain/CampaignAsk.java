package org.amparo.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.PlausibleDates;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One specific policy ask of a campaign: one of the toolkit's samples or the organisation's own wording, and where it
 * stands. Rules ({@link #progress}): raising it records the day it was raised; a promise, a win or a loss records the
 * day it was decided, which is never before the day it was raised (an ask decided without a recorded raising counts as
 * raised that day); going back to "not yet raised" clears both days; no day is in the future. Every change is a
 * revision in {@code campaign_ask_aud}.
 */
@Entity
@Table(name = "campaign_ask")
@Audited
public class CampaignAsk {

    public static final int WORDING_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_ask_seq")
    @SequenceGenerator(name = "campaign_ask_seq", sequenceName = "campaign_ask_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sample_ask", length = 40)
    private SampleAsk sample;

    @Column(name = "wording", length = WORDING_MAX)
    private String wording;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AskStatus status = AskStatus.NOT_RAISED;

    @Column(name = "raised_on")
    private LocalDate raisedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CampaignAsk() {
    }

    private CampaignAsk(long campaignId, SampleAsk sample, String wording, String by, Instant at) {
        this.campaignId = campaignId;
        this.sample = sample;
        this.wording = wording;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** One of the toolkit's sample asks, not yet raised. */
    public static CampaignAsk sample(long campaignId, SampleAsk sample, String by, Instant at) {
        if (sample == null) {
            throw new DomainRuleViolation("sample", "amparo.validation.required");
        }
        return new CampaignAsk(campaignId, sample, null, by, at);
    }

    /** The organisation's own ask, in its words, not yet raised. */
    public static CampaignAsk own(long campaignId, String wording, String by, Instant at) {
        String w = wording == null ? "" : wording.strip();
        if (w.isEmpty()) {
            throw new DomainRuleViolation("wording", "amparo.validation.required");
        }
        if (w.length() > WORDING_MAX) {
            throw new DomainRuleViolation("wording", "amparo.validation.atMost", WORDING_MAX);
        }
        return new CampaignAsk(campaignId, null, w, by, at);
    }

    /**
     * Records where the ask stands, on a day (today when none is given).
     *
     * @throws DomainRuleViolation on {@code status} when none is given, on {@code on} when the day is in the future,
     *         before the day the ask was raised or before 1900
     */
    public void progress(AskStatus to, LocalDate on, LocalDate today, String by, Instant at) {
        if (to == null) {
            throw new DomainRuleViolation("status", "amparo.validation.required");
        }
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("on", "amparo.validation.notFuture");
        }
        PlausibleDates.check("on", day);
        switch (to) {
            case NOT_RAISED -> {
                raisedOn = null;
                decidedOn = null;
            }
            case RAISED -> {
                raisedOn = day;
                decidedOn = null;
            }
            default -> {
                if (raisedOn != null && day.isBefore(raisedOn)) {
                    throw new DomainRuleViolation("on", "amparo.validation.decidedBeforeRaised", raisedOn);
                }
                if (raisedOn == null) {
                    raisedOn = day;
                }
                decidedOn = day;
            }
        }
        status = to;
        updatedBy = by;
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public SampleAsk getSample() {
        return sample;
    }

    /** The organisation's own wording; null for a sample ask. */
    public String getWording() {
        return wording;
    }

    public AskStatus getStatus() {
        return status;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
