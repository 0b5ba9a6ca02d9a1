package org.amparo.stories.domain;

/** Where a story can go outside the case file; a consent's scope says which of these it covers. */
public enum StoryOutlet {
    /** A jurisdiction's de-identified evidence report. */
    EVIDENCE_REPORT,
    /** Meetings with sheriffs, boards and other officials. */
    MEETINGS_WITH_OFFICIALS,
    /** Public campaign materials: flyers, press, social media. */
    PUBLIC_MATERIALS
}
