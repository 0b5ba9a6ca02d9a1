package org.amparo.stories.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * How far a person let their story go. Each scope includes the narrower ones: every consent covers the de-identified
 * evidence report, the least public use.
 */
public enum ConsentScope {
    /** Only in de-identified evidence reports. */
    EVIDENCE_REPORTS(EnumSet.of(StoryOutlet.EVIDENCE_REPORT)),
    /** In evidence reports and in meetings with officials. */
    OFFICIALS(EnumSet.of(StoryOutlet.EVIDENCE_REPORT, StoryOutlet.MEETINGS_WITH_OFFICIALS)),
    /** In evidence reports, meetings with officials and public campaign materials. */
    PUBLIC(EnumSet.allOf(StoryOutlet.class));

    private final Set<StoryOutlet> outlets;

    ConsentScope(Set<StoryOutlet> outlets) {
        this.outlets = outlets;
    }

    /** Whether a consent of this scope lets the story go there. */
    public boolean covers(StoryOutlet outlet) {
        return outlets.contains(outlet);
    }
}
