package org.amparo.stories.domain;

/** Where a story stands: whether it may leave the case file, and if not, what it lacks. */
public enum StoryStatus {
    /** Neither consent nor vetting yet. */
    NEEDS_CONSENT_AND_VETTING,
    /** Vetted, but the person has not consented. */
    NEEDS_CONSENT,
    /** Consented, but no attorney has vetted it (or it was edited after vetting). */
    NEEDS_VETTING,
    /** Consent given and not withdrawn, and vetted: usable within the consent's scope. */
    USABLE,
    /** The person withdrew their consent: never used again. */
    CONSENT_WITHDRAWN
}
