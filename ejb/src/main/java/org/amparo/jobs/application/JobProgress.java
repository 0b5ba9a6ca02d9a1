package org.amparo.jobs.application;

/** What a running job is handed: its id, and where to say how far it is (written in a transaction of its own). */
public interface JobProgress {

    /** The job's id, for work that names its own files after it. */
    String jobId();

    /** {@code done} of {@code total} (a total of 0 keeps the one given when the job was started). */
    void update(long done, long total);
}
