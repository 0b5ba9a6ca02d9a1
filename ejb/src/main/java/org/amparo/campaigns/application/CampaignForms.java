package org.amparo.campaigns.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import org.amparo.campaigns.domain.AskStatus;
import org.amparo.campaigns.domain.SampleAsk;

import java.io.Serializable;
import java.time.LocalDate;

/** What a person sends about a campaign. */
public final class CampaignForms {

    private CampaignForms() {
    }

    /** Starts a campaign in a jurisdiction. */
    public record Start(String name) implements Serializable {
    }

    /** Starts a campaign in the jurisdiction named by its id (the campaigns' own address in the API). */
    public record NewCampaign(Long jurisdictionId, String name) implements Serializable {
    }

    /** A campaign's new name, from the version the person read. */
    public record Rename(@JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, String name) implements Serializable {
    }

    /** An ask to add: one of the toolkit's, or the organisation's own words; not both. */
    public record NewAsk(SampleAsk sample, String wording) implements Serializable {
    }

    /** Where an ask now stands, on which day (today when none), from the version read. */
    public record Progress(@JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, AskStatus status, LocalDate on) implements Serializable {
    }

    /** How a campaign ended, on which day (today when none), from the version the person read. */
    public record Close(@JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, org.amparo.campaigns.domain.OutcomeResult result, LocalDate on) implements Serializable {
    }
}
