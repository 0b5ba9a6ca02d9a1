package org.amparo.jobs.application;

import org.amparo.jobs.domain.JobSummary;

/**
 * The work of one background job. {@link #run} runs as the job's owner in one long transaction of its own and
 * returns what it did as counts and ids; it throws to fail, and then its transaction rolls back. The hooks run outside
 * that transaction: {@link #afterCommit} once it has committed and before the job is marked done (an export moves its
 * finished file into place there), {@link #afterFailure} whenever the job fails, the server's restart sweep included
 * for work that registers for it.
 */
@FunctionalInterface
public interface JobWork {

    JobSummary run(JobProgress progress) throws Exception;

    /** After the work's transaction committed; throwing here fails the job (its transaction stays committed). */
    default void afterCommit(String jobId) throws Exception {
    }

    /** After the job failed: let go of what it left (a half-written file). Never throws. */
    default void afterFailure(String jobId) {
    }
}
