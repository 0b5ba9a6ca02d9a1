package org.amparo.casefile.application;

import org.amparo.cases.domain.BailStatus;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.CustodyEnd;
import org.amparo.people.domain.Citizenship;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.FamilyRelation;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.rules.detainer.Interference;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Everything on one person's case file, as the tabs of the case-file page and {@code GET /api/v1/cases/{id}/file}
 * show it. Privileged notes are only here for attorneys and supervisors. Read in a fixed number of queries.
 */
public record CaseFile(long caseId, int caseVersion, CaseStatus status, String caseworker, String attorney,
                       Instant openedAt, Person person, Immigration immigration, List<Arrest> arrests, Custody custody,
                       List<IceRequest> iceRequests, List<Note> notes, List<Document> documents) implements Serializable {

    public record Person(long id, int version, String familyName, String givenNames, LocalDate dateOfBirth,
                         String aNumber, String genderIdentity, String address, String phone, String countryOfOrigin,
                         String preferredLanguage, String otherLanguages, String employment, String communityTies,
                         Boolean consentToPublicize, List<Alias> aliases, List<FamilyMember> family) implements Serializable {
    }

    public record Alias(long id, String familyName, String givenNames) implements Serializable {
    }

    public record FamilyMember(long id, String fullName, FamilyRelation relation, LocalDate dateOfBirth,
                               Citizenship citizenship, boolean dependent) implements Serializable {
    }

    public record Immigration(ImmigrationStatus immigrationStatus, Education education, LocalDate continuousResidenceSince,
                              Boolean gangMember, Boolean nationalSecurityConcern, String reasonForMigration,
                              Boolean victimOfCrime, Boolean victimOfAbuse, Boolean victimOfFraud, List<Entry> entries,
                              List<RemovalOrder> removalOrders, List<Application> applications,
                              List<PriorRemoval> priorRemovals, Boolean apprehendedAtBorder, Boolean visaAbuse,
                              Boolean inRemovalProceedings) implements Serializable {
    }

    public record Entry(LocalDate enteredOn, String manner, String place) implements Serializable {
    }

    public record RemovalOrder(LocalDate orderedOn, Boolean finalOrder) implements Serializable {
    }

    public record Application(LocalDate filedOn, String kind, String result) implements Serializable {
    }

    public record PriorRemoval(LocalDate removedOn, String place) implements Serializable {
    }

    public record Arrest(long id, LocalDate arrestedOn, String agency, String placeHeld, List<Charge> charges,
                         List<CourtDate> courtDates) implements Serializable {
    }

    public record Charge(long id, String description, OffenseLevel level, OffenseCategory category,
                         Disposition disposition, LocalDate dispositionDate, Integer sentenceDays, boolean sentenceSuspended,
                         boolean juvenile, boolean aggravatedFelony, String incident) implements Serializable {
    }

    public record CourtDate(long id, LocalDateTime scheduledAt, String court, String purpose) implements Serializable {
    }

    public record Custody(Long facilityId, String facilityName, String facilityTimeZone, String bookingNumber,
                          LocalDateTime bookedAt, LocalDateTime scheduledReleaseAt, BailStatus bailStatus,
                          BigDecimal bailAmount, Boolean iceInterviewed, Boolean toldOfHold, CustodyEnd custodyEnd,
                          LocalDateTime custodyEndedAt, String callerName, String callerRelation,
                          String callerContact) implements Serializable {
    }

    public record IceRequest(long id, String formCode, String formLabel, LocalDateTime issuedAt, Boolean servedOnPerson,
                             Boolean honored, Boolean notifiedIce, boolean lifted, Set<Interference> interference)
            implements Serializable {
    }

    public record Note(long id, String author, Instant writtenAt, String text, boolean privileged) implements Serializable {
    }

    public record Document(long id, String fileName, String contentType, long sizeBytes, String description,
                           String uploadedBy, Instant uploadedAt) implements Serializable {
    }
}
