package org.amparo.jobs.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobSummary;
import org.amparo.jobs.infrastructure.JobStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * The one runner of background work: exports, roster imports, and the reports and reminders to come. A job is a row
 * of {@code background_job} written before its work is handed to the server's default {@link ManagedExecutorService};
 * the work runs as the person who started it, in one transaction of its own with a long timeout
 * ({@link JobExecution}), and writes its progress in short transactions of their own so a poller sees it. A restart
 * fails what was left running ({@link JobRecovery}). Only a job's owner ever sees it.
 *
 * <p>Why a managed executor over a table of our own, not Jakarta Batch (JBeret): both kinds of work here are one
 * transaction each (an import must land whole or not at all; an export is one cursor), so Batch's chunks and
 * checkpoints, its reason to exist, would not be used, and restarting from a checkpoint is exactly what they must not
 * do. Batch's job parameters are strings, so a roster's bytes would have to go through a file on disk, with personal
 * data in it. Its job repository is in memory unless the server is given a JDBC one, and its tables, states and
 * restart rules are JBeret's, not ours: owner-only visibility, a failure message in words and "failed after a
 * restart" would live beside it anyway. A managed executor carries the caller's identity as {@code @Asynchronous}
 * did, and the table is one Flyway migration on H2 and PostgreSQL with a node column for a second server.
 */
@Stateless
@PermitAll
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    static final String TOO_BUSY = "The server is too busy to start this now; try again in a few minutes.";

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @EJB
    JobStore store;

    @EJB
    JobExecution execution;

    @Resource
    SessionContext session;

    /**
     * Starts a job for the caller and returns it at once, queued; its row is committed before the work can start.
     *
     * @param total what the work expects to do (rows), 0 when it is known only once it runs
     * @param about counts and ids the job is about (an export's mode), kept with its result
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BackgroundJob submit(JobKind kind, long total, JobSummary about, JobWork work, JobFailures failures) {
        String owner = session.getCallerPrincipal().getName();
        BackgroundJob job = store.create(new BackgroundJob(UUID.randomUUID().toString(), kind, owner, total, about,
                JobStore.thisNode(), Instant.now()));
        String id = job.getId();
        JobExecution execution = this.execution; // the proxy, not this pooled instance, goes to the other thread
        // The hint keeps an hours-long job out of the executor's hung-task detection; the name shows in its tooling.
        Runnable task = ManagedExecutors.managedTask(() -> execution.execute(id, work, failures),
                Map.of(ManagedTask.LONGRUNNING_HINT, "true", ManagedTask.IDENTITY_NAME, "amparo-job-" + kind + "-" + id), null);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException busy) {
            LOG.warning(() -> "Background job " + id + " (" + kind + ") was refused a thread");
            store.fail(id, TOO_BUSY);
            work.afterFailure(id);
            return store.find(id).orElse(job);
        }
        return job;
    }

    /** The caller's job of this kind, or empty (someone else's job is as good as absent). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BackgroundJob> own(String id, JobKind kind) {
        String caller = session.getCallerPrincipal().getName();
        return store.find(id).filter(j -> j.getKind() == kind && j.ownedBy(caller));
    }

    /** The caller's jobs of this kind, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BackgroundJob> mine(JobKind kind) {
        return store.ownedBy(session.getCallerPrincipal().getName(), kind);
    }
}
