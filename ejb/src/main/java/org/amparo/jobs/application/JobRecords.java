package org.amparo.jobs.application;

import org.amparo.jobs.domain.JobSummary;

/**
 * How a running job writes where it stands. On the server each call is a short transaction of its own
 * ({@code REQUIRES_NEW}), outside the job's long one, so a poller sees it at once and a rollback of the work never
 * takes the job's state with it.
 */
public interface JobRecords {

    /** Marks the job running here; false when it is no longer queued (then it must not run). */
    boolean start(String id);

    void progress(String id, long done, long total);

    boolean finish(String id, JobSummary result);

    boolean fail(String id, String message);
}
