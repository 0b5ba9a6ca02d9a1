package org.amparo.tasks.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.shared.domain.PlausibleDate;

/** What each step's form asks; completing a task validates the facts that step needs. */
public final class TaskForms {

    private TaskForms() {
    }

    /**
     * Intake: the facts screening needs (date of birth unless the file has it, immigration status) and, when the caller
     * knows them, arrival, residence, education, custody and the ICE document the jail received.
     */
    public record Intake(
            @PlausibleDate @Past(message = "{amparo.validation.past}") LocalDate dateOfBirth,
            ImmigrationStatus immigrationStatus,
            @PlausibleDate @PastOrPresent(message = "{amparo.validation.past}") LocalDate firstEntry,
            @PlausibleDate @PastOrPresent(message = "{amparo.validation.past}") LocalDate continuousResidenceSince,
            Education education, Boolean gangMember, Boolean nationalSecurityConcern, Boolean consentToPublicize,
            @PlausibleDate @PastOrPresent(message = "{amparo.validation.past}") LocalDateTime bookedAt,
            @PlausibleDate LocalDateTime scheduledReleaseAt,
            @Size(max = 20, message = "{amparo.validation.size}") String detainerForm,
            @PlausibleDate LocalDateTime detainerIssuedAt, Boolean detainerServedOnPerson) implements Serializable {
    }

    /** ICE-hold check: what the jail confirms about the request and the release. */
    public record HoldCheck(
            @PlausibleDate @NotNull(message = "{amparo.validation.required}") LocalDateTime scheduledReleaseAt,
            Boolean servedOnPerson, // unknown (null) keeps what is on file: a guess would make or hide a finding
            Boolean honored, Boolean notifiedIce) implements Serializable {
    }

    /** Attorney referral: the attorney the supervisor assigns. */
    public record AttorneyAssignment(
            @NotBlank(message = "{amparo.validation.required}") @Size(max = 64, message = "{amparo.validation.size}") String attorney)
            implements Serializable {
    }

    /** The assigned attorney's answer; declining needs a reason. */
    public record ReferralResponse(
            @NotNull(message = "{amparo.validation.required}") Boolean accept,
            @Size(max = 500, message = "{amparo.validation.size}") String reason) implements Serializable {
    }

    /** Attorney review: whether the attorney recommends a campaign. */
    public record Review(@JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean recommendCampaign) implements Serializable {
    }

    /** Campaign escalation: the supervisor's decision. */
    public record CampaignDecision(@NotNull(message = "{amparo.validation.required}") Boolean approve) implements Serializable {
    }

    /** Closure: the outcome. */
    public record Closure(@NotNull(message = "{amparo.validation.required}") CaseOutcome outcome) implements Serializable {
    }
}
