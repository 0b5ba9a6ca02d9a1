package org.amparo.jobs.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.infrastructure.JobStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * At every start, before any request is served, fails the jobs a previous run of this server left queued or
 * running: nothing of them was kept (an import is one transaction, so it rolled back whole; an export's unfinished
 * file is deleted by the exports and never offered), and their owners read why instead of a progress bar that never
 * moves. Jobs are not resumed: neither kind can pick up half-way, and both are quick to start again. Ended jobs are
 * forgotten an hour after they end.
 *
 * <p>One server sweeps every unfinished job. With {@code -Damparo.jobs.shared=true} (two servers on one database)
 * each sweeps only the jobs of its own node ({@link JobStore#thisNode()}), so it never fails its neighbour's.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
public class JobRecovery {

    public static final String STOPPED = JobFailureWords.STOPPED;
    /** How long an ended job stays visible to its owner. */
    public static final Duration KEEP = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @EJB
    JobStore store;

    @PostConstruct
    void failLeftovers() {
        String node = Boolean.getBoolean("amparo.jobs.shared") ? JobStore.thisNode() : null;
        List<BackgroundJob> failed = store.failUnfinished(node, STOPPED);
        if (!failed.isEmpty()) {
            LOG.warning(() -> failed.size() + " background jobs were left unfinished by the last run and are marked failed: "
                    + failed.stream().map(j -> j.getKind() + " " + j.getId()).toList());
        }
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetOld() { // the container's timer only: not public, so no client can call it
        store.forgetEndedBefore(Instant.now().minus(KEEP));
    }
}
