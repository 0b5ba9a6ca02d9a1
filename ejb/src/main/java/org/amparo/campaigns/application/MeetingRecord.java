package org.amparo.campaigns.application;

import org.amparo.campaigns.domain.MeetingQuestion;
import org.amparo.campaigns.domain.MeetingRole;
import org.amparo.campaigns.domain.PromiseKind;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.monitoring.domain.AuthorityOffice;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting with law enforcement as the campaign shows it. {@code metOffice} and {@code metHolder} describe the
 * authority met, when one was recorded and is still on file.
 */
public record MeetingRecord(long id, int version, long campaignId, LocalDate heldOn, String place, Long authorityId,
                            AuthorityOffice metOffice, String metHolder, LocalDate nextMeetingOn,
                            List<Attendee> attendees, List<Answer> answers, List<Promise> promises,
                            String updatedBy, Instant updatedAt) implements Serializable {

    public record Attendee(long id, String name, String organisation, MeetingRole role) implements Serializable {
    }

    /** {@code question} is the bank's, or null with {@code ownQuestion}; {@code answer} is null when none was given. */
    public record Answer(long id, MeetingQuestion question, String ownQuestion, String answer) implements Serializable {
    }

    public record Promise(long id, int version, long meetingId, PromiseKind kind, String what, LocalDate dueOn,
                          PromiseState state, LocalDate settledOn, boolean overdue) implements Serializable {
    }

    /** How many of its promises are overdue. */
    public long overdueCount() {
        return promises.stream().filter(Promise::overdue).count();
    }
}
