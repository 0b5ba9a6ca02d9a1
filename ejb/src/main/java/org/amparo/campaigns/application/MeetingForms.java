package org.amparo.campaigns.application;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.amparo.shared.infrastructure.StrictJson;

import org.amparo.campaigns.domain.MeetingQuestion;
import org.amparo.campaigns.domain.MeetingRole;
import org.amparo.campaigns.domain.PromiseKind;
import org.amparo.campaigns.domain.PromiseState;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a person sends about a meeting with law enforcement. */
public final class MeetingForms {

    private MeetingForms() {
    }

    /**
     * A meeting held: its day, place and the authority met (of the campaign's jurisdiction), the next meeting (three
     * months later when none), and any of its parts at once.
     */
    public record NewMeeting(LocalDate heldOn, String place, Long authorityId, LocalDate nextMeetingOn,
                             List<Attendee> attendees, List<Answer> answers, List<Promise> promises) implements Serializable {
    }

    /** Someone at the meeting, in a role. */
    public record Attendee(String name, String organisation, MeetingRole role) implements Serializable {
    }

    /** A question asked, from the bank or in the meeting's own words (not both), and the answer given. */
    public record Answer(MeetingQuestion question, String ownQuestion, String answer) implements Serializable {
    }

    /** What was promised, in words when its kind does not say it all, due on a day. */
    public record Promise(PromiseKind kind, String what, LocalDate dueOn) implements Serializable {
    }

    /** Whether a promise was kept, on which day (today when none), from the version read. */
    public record Settle(@JsonbTypeDeserializer(StrictJson.WholeInteger.class) int version, PromiseState state, LocalDate on) implements Serializable {
    }
}
