package org.amparo.jobs.application;

import org.amparo.platform.LogSafe;
import org.amparo.jobs.domain.JobSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How one background job runs, whatever it does: marked running, its work in one long transaction, then done with
 * what it did, or failed with words for its owner. Plain Java over {@link JobRecords} and {@link LongTransaction}, so
 * the server ({@link JobExecution}) and the tests run exactly the same steps. Progress is written at most every
 * {@link #PROGRESS_EVERY}: each write is a transaction, and a poller asks once a second at most.
 */
public final class JobRun {

    /** How often progress is written at most. */
    public static final Duration PROGRESS_EVERY = Duration.ofMillis(200);

    private static final Logger LOG = Logger.getLogger(JobRun.class.getName());

    private final JobRecords records;
    private final LongTransaction transaction;
    private final Clock clock;

    public JobRun(JobRecords records, LongTransaction transaction, Clock clock) {
        this.records = records;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs the job {@code id}; never throws: how it went is in the job table. */
    public void run(String id, JobWork work, JobFailures failures) {
        if (!records.start(id)) {
            // The restart sweep (or an earlier failure to hand it a thread) already failed it: do nothing at all.
            work.afterFailure(id);
            return;
        }
        Progress progress = new Progress(id);
        JobSummary result;
        try {
            result = transaction.run(() -> work.run(progress));
            work.afterCommit(id);
        } catch (Exception | LinkageError failed) {
            Exception cause = failed instanceof Exception e ? e : new IllegalStateException(failed);
            // Class names only: an exception's message may quote a person's data.
            LOG.log(Level.WARNING, () -> "Background job " + id + " failed: " + LogSafe.causes(cause));
            fail(id, work, wording(failures, cause));
            return;
        }
        try {
            records.finish(id, result == null ? JobSummary.empty() : result);
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, () -> "Background job " + id + " did its work but could not be marked done: " + LogSafe.causes(notRecorded));
            fail(id, work, "The job finished but its result could not be recorded; try again.");
        }
    }

    private void fail(String id, JobWork work, String message) {
        try {
            records.fail(id, message);
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.SEVERE, () -> "Background job " + id + " failed and could not be marked failed: " + LogSafe.causes(notRecorded));
        } finally {
            work.afterFailure(id);
        }
    }

    private static String wording(JobFailures failures, Exception cause) {
        try {
            String words = failures.wording(cause);
            return words == null || words.isBlank() ? JobFailureWords.FAILED : words;
        } catch (RuntimeException unworded) {
            return JobFailureWords.FAILED;
        }
    }


    private final class Progress implements JobProgress {
        private final String id;
        private Instant lastWritten;

        Progress(String id) {
            this.id = id;
        }

        @Override
        public String jobId() {
            return id;
        }

        @Override
        public void update(long done, long total) {
            Instant now = clock.instant();
            if (lastWritten != null && now.isBefore(lastWritten.plus(PROGRESS_EVERY))) {
                return;
            }
            lastWritten = now;
            try {
                records.progress(id, done, total);
            } catch (RuntimeException notWritten) {
                // Progress is for the eyes only: the work goes on, and the next update may well get through.
                LOG.log(Level.FINE, () -> "Progress of job " + id + " not written: " + LogSafe.causes(notWritten));
            }
        }
    }
}
