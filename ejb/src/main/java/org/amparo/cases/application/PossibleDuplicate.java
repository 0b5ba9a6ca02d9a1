package org.amparo.cases.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person already on file who may be the one being taken in, and why the check thinks so. A person whose cases are
 * another team's ({@link org.amparo.cases.domain.CaseScope}) comes back without who they are: no name, birth, A-number
 * or case, only {@code otherTeam} (true) and that team's name ({@code team}, null when the case has no team), so the
 * caller knows whom to ask.
 */
public record PossibleDuplicate(long personId, Long latestCaseId, String fullName, LocalDate dateOfBirth, String aNumber,
                                Reason reason, boolean otherTeam, String team) implements Serializable {

    public enum Reason { SAME_A_NUMBER, SIMILAR_NAME_SAME_BIRTH }

    /** Someone on file with another team: nothing that says who. */
    static PossibleDuplicate withOtherTeam(long personId, Reason reason, String team) {
        return new PossibleDuplicate(personId, null, null, null, null, reason, true, team);
    }
}
