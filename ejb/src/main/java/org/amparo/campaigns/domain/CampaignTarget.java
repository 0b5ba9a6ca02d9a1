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
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * One of the jurisdiction's authorities the campaign targets, primary or secondary, and why (what power they hold,
 * what they care about). An authority is targeted once per campaign; removing the authority removes the target.
 */
@Entity
@Table(name = "campaign_target")
@Audited
public class CampaignTarget {

    public static final int WHY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_target_seq")
    @SequenceGenerator(name = "campaign_target_seq", sequenceName = "campaign_target_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_rank", nullable = false, length = 10)
    private TargetRank rank;

    @Column(name = "why", length = WHY_MAX)
    private String why;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CampaignTarget() {
    }

    /** @throws DomainRuleViolation on {@code rank} when none is given, on {@code why} when too long */
    public CampaignTarget(long campaignId, long authorityId, TargetRank rank, String why, String by, Instant at) {
        if (rank == null) {
            throw new DomainRuleViolation("rank", "amparo.validation.required");
        }
        String w = why == null ? "" : why.strip();
        if (w.length() > WHY_MAX) {
            throw new DomainRuleViolation("why", "amparo.validation.atMost", WHY_MAX);
        }
        this.campaignId = campaignId;
        this.authorityId = authorityId;
        this.rank = rank;
        this.why = w.isEmpty() ? null : w;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public TargetRank getRank() {
        return rank;
    }

    public String getWhy() {
        return why;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
