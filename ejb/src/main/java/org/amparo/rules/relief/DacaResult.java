package org.amparo.rules.relief;

/** The DACA screen: a flag for an attorney's review, never a decision. */
public enum DacaResult {
    /** Every guideline screened is met; an attorney must confirm. */
    POTENTIALLY_ELIGIBLE,
    /** At least one guideline is not met. */
    NOT_ELIGIBLE,
    /** Nothing disqualifies, but a needed fact is missing. */
    UNKNOWN
}
