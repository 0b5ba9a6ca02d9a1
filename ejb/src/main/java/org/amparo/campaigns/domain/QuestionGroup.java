package org.amparo.campaigns.domain;

/** The headings of the toolkit's "Questions for Meeting with Law Enforcement", in its order. */
public enum QuestionGroup {
    GETTING_TO_KNOW,
    EXECUTIVE_ACTION,
    OTHER_COOPERATION,
    NEXT_STEPS
}
