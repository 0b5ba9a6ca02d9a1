package org.amparo.reference.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IgsaTerm;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.shared.domain.PlausibleDate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the reference-data editors submit; each carries the version the admin started from. */
public final class ReferenceForms {

    private static final String REQUIRED = "{amparo.validation.required}";
    private static final String SIZE = "{amparo.validation.size}";
    private static final String STATE = "{amparo.validation.stateCode}";

    private ReferenceForms() {
    }

    /** A jurisdiction and its detainer policy (the toolkit's six map-key values) with the policy's text, date and source. */
    public record JurisdictionForm(
            @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version,
            @NotBlank(message = REQUIRED) @Size(max = 150, message = SIZE) String name,
            @NotNull(message = REQUIRED) JurisdictionLevel level,
            @NotNull(message = REQUIRED) @Pattern(regexp = "[A-Z]{2}", message = STATE) String stateCode,
            @NotNull(message = REQUIRED) DetainerPolicy detainerPolicy,
            @Size(max = 4000, message = SIZE) String policyText,
            @PastOrPresent(message = "{amparo.validation.notFuture}") @PlausibleDate LocalDate policyDate,
            @Size(max = 300, message = SIZE) String policySource,
            @Pattern(regexp = "[0-9]{2}|[0-9]{5}|[0-9]{7}", message = "{amparo.validation.fipsCode}") String fipsCode,
            @DecimalMin(value = "-90", message = "{amparo.validation.latitude}") @DecimalMax(value = "90", message = "{amparo.validation.latitude}") Double latitude,
            @DecimalMin(value = "-180", message = "{amparo.validation.longitude}") @DecimalMax(value = "180", message = "{amparo.validation.longitude}") Double longitude) implements Serializable {
    }

    /** A facility with its operator, 287(g) agreement and IGSA contract. */
    public record FacilityForm(
            @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = SIZE) String name,
            @NotNull(message = REQUIRED) FacilityType type,
            @Size(max = 100, message = SIZE) String operator,
            @Size(max = 100, message = SIZE) String city,
            @Pattern(regexp = "[A-Z]{2}", message = STATE) String stateCode,
            @NotBlank(message = REQUIRED) String timeZone,
            Long jurisdictionId,
            Boolean has287g,
            @Size(max = 40, message = SIZE) String model287g,
            @PlausibleDate LocalDate signed287g,
            @PlausibleDate LocalDate ended287g,
            Boolean igsa,
            @Positive(message = "{amparo.validation.positive}") Integer igsaBeds,
            @DecimalMin(value = "0.01", message = "{amparo.validation.positive}") BigDecimal igsaRatePerDay,
            @PlausibleDate LocalDate igsaEnds,
            IgsaTerm igsaTerm) implements Serializable {
    }

    /** A jurisdiction as the admin list shows it. */
    public record JurisdictionDetails(long id, @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, String name, JurisdictionLevel level, String stateCode,
                                      DetainerPolicy detainerPolicy, String policyText, LocalDate policyDate,
                                      String policySource, String fipsCode, Double latitude,
                                      Double longitude) implements Serializable {
    }

    /** A facility as the admin list shows it. */
    public record FacilityDetails(long id, @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, String name, FacilityType type, String operator, String city,
                                  String stateCode, String timeZone, Long jurisdictionId, String jurisdictionName,
                                  Boolean has287g, String model287g, LocalDate signed287g, LocalDate ended287g,
                                  Boolean igsa, Integer igsaBeds, BigDecimal igsaRatePerDay, LocalDate igsaEnds,
                                  IgsaTerm igsaTerm, String address, String zip, String aor, String iceType,
                                  Integer guaranteedMinimum, BigDecimal averageDailyPopulation, LocalDate iceLastListed,
                                  LocalDate iceEndedOn) implements Serializable {
    }

    /** A 287(g) agreement as ICE lists it, with its jurisdiction. */
    public record AgreementDetails(long id, long jurisdictionId, String jurisdictionName, String stateCode, String agency,
                                   org.amparo.reference.domain.AgencyType agencyType, String county,
                                   org.amparo.reference.domain.SupportType supportType, LocalDate signedOn, String moaUrl,
                                   LocalDate listedSince, LocalDate lastListed, LocalDate endedOn, boolean pending)
            implements Serializable {
    }

    /** One detainer policy a jurisdiction had, from when it was recorded. */
    public record PolicyVersion(java.time.Instant recordedAt, String recordedBy, DetainerPolicy policy, String text,
                                LocalDate adoptedOn, String source) implements Serializable {
    }
}
