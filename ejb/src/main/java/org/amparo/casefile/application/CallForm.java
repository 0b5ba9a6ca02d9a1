package org.amparo.casefile.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.shared.domain.PlausibleDate;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything a hotline call gives, on one screen (issue 15): who is held (as intake asks), where and until when, the
 * ICE document if the caller knows of one, and the charges or convictions the caller knows, one line each. Its field
 * names are intake's, so a draft of either screen resumes on the other.
 */
public record CallForm(
        String familyName,
        String givenNames,
        @PlausibleDate LocalDate dateOfBirth,
        String aNumber,
        Long facilityId,
        String bookingNumber,
        String callerName,
        String callerRelation,
        String callerContact,
        Long draftId,
        @PlausibleDate LocalDateTime scheduledReleaseAt,
        @Size(max = 20, message = "{amparo.validation.size}") String iceFormCode,
        @PlausibleDate @PastOrPresent(message = "{amparo.validation.notFuture}") LocalDateTime iceIssuedAt,
        Boolean iceServed,
        @Valid @Size(max = 20, message = "{amparo.validation.tooManyLines}") List<ChargeLine> charges) implements Serializable {

    /**
     * Whether the ICE document was served answers a question about a document: with none on the form (no form, no
     * day it was issued) a "no" is no answer. Drafts saved while the screen had a checkbox for it hold an unticked box
     * as "no" although nobody was asked; resumed, they ask again instead of recording "never served" on the case
     * once a document is added.
     */
    @jakarta.json.bind.annotation.JsonbCreator
    public CallForm {
        if (Boolean.FALSE.equals(iceServed) && (iceFormCode == null || iceFormCode.isBlank()) && iceIssuedAt == null) {
            iceServed = null;
        }
    }

    /** A charge or conviction as a caller tells it: what, how serious, whether convicted, and when. */
    public record ChargeLine(
            @Size(max = 200, message = "{amparo.validation.size}") String description,
            OffenseLevel level, // a line left empty is no charge; one with anything in it needs its level (CallIntake)
            OffenseCategory category,
            boolean convicted,
            @PlausibleDate @PastOrPresent(message = "{amparo.validation.notFuture}") LocalDate on) implements Serializable {

        @jakarta.json.bind.annotation.JsonbCreator
        public ChargeLine {
        }

        /** Whether the line holds anything: an empty line on the screen is no charge. */
        public boolean isBlank() {
            return (description == null || description.isBlank()) && level == null && !convicted && on == null;
        }
    }

    /** The intake part of the call. */
    public OpenCaseCommand intake(Long existingPersonId) {
        return new OpenCaseCommand(familyName, givenNames, dateOfBirth, aNumber, facilityId, bookingNumber, callerName,
                callerRelation, callerContact, existingPersonId, draftId);
    }
}
