package org.amparo.people.domain;

/** Education or service, as the 2012 DACA guidelines ask about it (SCREENING.md {@code education}). */
public enum Education {
    IN_SCHOOL, HIGH_SCHOOL_GRADUATE, GED, HONORABLY_DISCHARGED_VETERAN, NONE;

    /** True when this meets DACA's education guideline (in school, graduated, GED, or honourably discharged veteran). */
    public boolean meetsDacaGuideline() {
        return this != NONE;
    }
}
