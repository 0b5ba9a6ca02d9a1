package org.amparo.jobs.domain;

/** Where a background job stands: waiting for a thread, running, finished, or failed with a message for its owner. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    /** Whether the job has ended, one way or the other; an ended job never changes again. */
    public boolean ended() {
        return this == DONE || this == FAILED;
    }
}
