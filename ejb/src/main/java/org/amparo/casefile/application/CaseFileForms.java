package org.amparo.casefile.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.amparo.cases.domain.BailStatus;
import org.amparo.people.domain.Citizenship;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.FamilyRelation;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.detainer.Interference;
import org.amparo.shared.domain.PlausibleDate;
import org.amparo.shared.domain.ValidANumber;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What each case-file form submits. Field names are the names pages and the API use for errors. Forms that edit
 * a versioned record carry the version the user started from: a save over someone else's newer change is refused.
 */
public final class CaseFileForms {

    private static final String REQUIRED = "{amparo.validation.required}";
    private static final String SIZE = "{amparo.validation.size}";
    private static final String PAST = "{amparo.validation.past}";
    private static final String NOT_FUTURE = "{amparo.validation.notFuture}";
    private static final String NOT_NEGATIVE = "{amparo.validation.notNegative}";

    private CaseFileForms() {
    }

    /** The Person tab: name, birth, A-number and the questionnaire's biography. */
    public record PersonForm(
            @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = SIZE) String familyName,
            @Size(max = 150, message = SIZE) String givenNames,
            @PlausibleDate @Past(message = PAST) LocalDate dateOfBirth,
            @ValidANumber String aNumber,
            @Size(max = 60, message = SIZE) String genderIdentity,
            @Size(max = 300, message = SIZE) String address,
            @Size(max = 40, message = SIZE) String phone,
            @Size(max = 80, message = SIZE) String countryOfOrigin,
            @Size(max = 40, message = SIZE) String preferredLanguage,
            @Size(max = 200, message = SIZE) String otherLanguages,
            @Size(max = 300, message = SIZE) String employment,
            @Size(max = 1000, message = SIZE) String communityTies,
            Boolean consentToPublicize) implements Serializable {
    }

    /** The Immigration tab's facts about the person (lists are added one item at a time). */
    public record ImmigrationForm(
            @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version,
            ImmigrationStatus immigrationStatus,
            Education education,
            @PlausibleDate @PastOrPresent(message = NOT_FUTURE) LocalDate continuousResidenceSince,
            Boolean gangMember,
            Boolean nationalSecurityConcern,
            @Size(max = 500, message = SIZE) String reasonForMigration,
            Boolean victimOfCrime,
            Boolean victimOfAbuse,
            Boolean victimOfFraud,
            Boolean apprehendedAtBorder,
            Boolean visaAbuse,
            Boolean inRemovalProceedings) implements Serializable {

        /** The canonical constructor reads JSON (the API). */
        @jakarta.json.bind.annotation.JsonbCreator
        public ImmigrationForm {
        }

        /** The form without the enforcement facts of contract v1.1 (left unknown). */
        public ImmigrationForm(@JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, ImmigrationStatus immigrationStatus, Education education,
                               LocalDate continuousResidenceSince, Boolean gangMember, Boolean nationalSecurityConcern,
                               String reasonForMigration, Boolean victimOfCrime, Boolean victimOfAbuse, Boolean victimOfFraud) {
            this(version, immigrationStatus, education, continuousResidenceSince, gangMember, nationalSecurityConcern,
                    reasonForMigration, victimOfCrime, victimOfAbuse, victimOfFraud, null, null, null);
        }
    }

    public record AliasForm(
            @NotBlank(message = REQUIRED) @Size(max = 100, message = SIZE) String familyName,
            @Size(max = 150, message = SIZE) String givenNames) implements Serializable {
    }

    public record FamilyMemberForm(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = SIZE) String fullName,
            @NotNull(message = REQUIRED) FamilyRelation relation,
            @PlausibleDate @PastOrPresent(message = NOT_FUTURE) LocalDate dateOfBirth,
            Citizenship citizenship,
            @JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean dependent) implements Serializable {
    }

    public record EntryForm(
            @PlausibleDate @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate enteredOn,
            @Size(max = 60, message = SIZE) String manner,
            @Size(max = 120, message = SIZE) String place) implements Serializable {
    }

    public record RemovalOrderForm(
            @PlausibleDate @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate orderedOn,
            Boolean finalOrder) implements Serializable {
    }

    public record ApplicationForm(
            @PlausibleDate @PastOrPresent(message = NOT_FUTURE) LocalDate filedOn,
            @NotBlank(message = REQUIRED) @Size(max = 120, message = SIZE) String kind,
            @Size(max = 120, message = SIZE) String result) implements Serializable {
    }

    public record PriorRemovalForm(
            @PlausibleDate @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDate removedOn,
            @Size(max = 120, message = SIZE) String place) implements Serializable {
    }

    /**
     * One charge and its disposition, from the "add conviction" dialog. Without {@code arrestId} it opens a new
     * arrest with the arrest fields; with it, the charge joins that arrest (one incident, several charges).
     */
    public record ChargeForm(
            Long arrestId,
            @PlausibleDate @PastOrPresent(message = NOT_FUTURE) LocalDate arrestedOn,
            @Size(max = 120, message = SIZE) String agency,
            @Size(max = 150, message = SIZE) String placeHeld,
            @Size(max = 200, message = SIZE) String description,
            @NotNull(message = REQUIRED) OffenseLevel level,
            @NotNull(message = REQUIRED) OffenseCategory category,
            @NotNull(message = REQUIRED) Disposition disposition,
            @PlausibleDate @PastOrPresent(message = NOT_FUTURE) LocalDate dispositionDate,
            @PositiveOrZero(message = NOT_NEGATIVE) Integer sentenceDays,
            @JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean sentenceSuspended,
            @JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean juvenile,
            @Size(max = 60, message = SIZE) String incident) implements Serializable {
    }

    public record CourtDateForm(
            @NotNull(message = REQUIRED) Long arrestId,
            @PlausibleDate @NotNull(message = REQUIRED) LocalDateTime scheduledAt,
            @Size(max = 150, message = SIZE) String court,
            @Size(max = 150, message = SIZE) String purpose) implements Serializable {
    }

    /** The Custody tab: where and since when the person is held, bail, what ICE did, and who called. */
    public record CustodyForm(
            @JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version,
            @NotNull(message = REQUIRED) Long facilityId,
            @Size(max = 40, message = SIZE) String bookingNumber,
            @PlausibleDate @PastOrPresent(message = NOT_FUTURE) LocalDateTime bookedAt,
            @PlausibleDate LocalDateTime scheduledReleaseAt,
            BailStatus bailStatus,
            @PositiveOrZero(message = NOT_NEGATIVE) BigDecimal bailAmount,
            Boolean iceInterviewed,
            Boolean toldOfHold,
            @Size(max = 200, message = SIZE) String callerName,
            @Size(max = 60, message = SIZE) String callerRelation,
            @Size(max = 200, message = SIZE) String callerContact) implements Serializable {
    }

    /** An ICE document received for the person (any form of the reference list), from the "add ICE request" dialog. */
    public record IceRequestForm(
            @NotBlank(message = REQUIRED) String formCode,
            @PlausibleDate @NotNull(message = REQUIRED) @PastOrPresent(message = NOT_FUTURE) LocalDateTime issuedAt,
            Boolean servedOnPerson,
            Boolean honored,
            Boolean notifiedIce,
            Set<Interference> interference,
            org.amparo.rules.detainer.AdministrativeWarrant accompaniedBy) implements Serializable {

        /** The canonical constructor reads JSON (the API); the shorter one serves callers that know no warrant. */
        @jakarta.json.bind.annotation.JsonbCreator
        public IceRequestForm {
        }

        /** A request recorded without saying whether an administrative warrant came with it. */
        public IceRequestForm(String formCode, LocalDateTime issuedAt, Boolean servedOnPerson, Boolean honored,
                              Boolean notifiedIce, Set<Interference> interference) {
            this(formCode, issuedAt, servedOnPerson, honored, notifiedIce, interference, null);
        }
    }

    public record NoteForm(
            @NotBlank(message = REQUIRED) @Size(max = 8000, message = SIZE) String text,
            @JsonbTypeDeserializer(StrictJson.YesOrNo.class) boolean privileged) implements Serializable {
    }
}
