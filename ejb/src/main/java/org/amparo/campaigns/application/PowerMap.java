package org.amparo.campaigns.application;

import org.amparo.campaigns.domain.AllyType;
import org.amparo.campaigns.domain.TargetRank;
import org.amparo.monitoring.domain.AuthorityOffice;

import java.io.Serializable;
import java.util.List;

/** Who a campaign must move and who moves with it: its targets (of the jurisdiction's authorities) and its allies. */
public record PowerMap(long campaignId, List<Target> targets, List<Ally> allies) implements Serializable {

    /** A target: the authority (its office and holder), primary or secondary, and why. */
    public record Target(long id, long authorityId, AuthorityOffice office, String holderName, TargetRank rank, String why)
            implements Serializable {
    }

    public record Ally(long id, AllyType type, String name, String contact, String notes) implements Serializable {
    }

    /** Targeting an authority: which, primary or secondary, and why. */
    public record NewTarget(Long authorityId, TargetRank rank, String why) implements Serializable {
    }

    public record NewAlly(AllyType type, String name, String contact, String notes) implements Serializable {
    }
}
