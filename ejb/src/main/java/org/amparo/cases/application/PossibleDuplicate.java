package org.amparo.cases.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A person already on file who may be the one being taken in, and why the check thinks so. */
public record PossibleDuplicate(long personId, Long latestCaseId, String fullName, LocalDate dateOfBirth, String aNumber,
                                Reason reason) implements Serializable {

    public enum Reason { SAME_A_NUMBER, SIMILAR_NAME_SAME_BIRTH }
}
