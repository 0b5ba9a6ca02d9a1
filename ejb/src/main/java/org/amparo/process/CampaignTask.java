package org.amparo.process;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One open task of a campaign's process: what kind, of which campaign, about which step or promise ({@code subjectId};
 * 0 for the next meeting), for whom and by when.
 */
public record CampaignTask(String id, Kind kind, long campaignId, long subjectId, String assignee, List<String> candidateGroups,
                           Instant createdAt, Instant dueAt) implements Serializable {

    /** The campaign process's user tasks. */
    public enum Kind {
        /** A step of the plan of action, for its owner. */
        STEP,
        /** Following up a promise made at a meeting, for supervisors. */
        PROMISE,
        /** Holding the next meeting with law enforcement, for supervisors. */
        NEXT_MEETING
    }
}
