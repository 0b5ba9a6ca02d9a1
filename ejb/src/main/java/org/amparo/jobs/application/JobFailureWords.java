package org.amparo.jobs.application;

import org.amparo.shared.domain.Labels;

import java.util.Locale;

/**
 * What a failed background job says to the person who started it. The job's record keeps one of these keys of the
 * labels bundle (or, for an import refused by its rows, the refusal's own words), and the job's status words it in the
 * reader's language: a job runs in a thread of its own, long after the request that started it.
 */
public final class JobFailureWords {

    /** A job failed for a reason with no words of its own. */
    public static final String FAILED = "job.failure.failed";
    /** The server stopped while the job ran; nothing of it was kept. */
    public static final String STOPPED = "job.failure.stopped";
    /** An export failed. */
    public static final String EXPORT_FAILED = "job.failure.export";
    /** An import failed and changed nothing. */
    public static final String IMPORT_FAILED = "job.failure.import";

    private static final String PREFIX = "job.failure.";

    private JobFailureWords() {
    }

    /** The kept failure in the reader's language; words kept by an earlier version (or an import's refusal) as they are. */
    public static String words(String kept, Locale locale) {
        if (kept == null || !kept.startsWith(PREFIX)) {
            return kept;
        }
        return Labels.text(kept, kept, locale);
    }
}
