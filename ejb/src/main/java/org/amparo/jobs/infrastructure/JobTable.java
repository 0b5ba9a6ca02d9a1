package org.amparo.jobs.infrastructure;

import jakarta.persistence.EntityManager;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobState;
import org.amparo.jobs.domain.JobSummary;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The reads and writes of the job table, on the entity manager it is given and in the caller's transaction: the
 * container's {@link JobStore} gives each its own short one, tests their own. Every write that moves a job checks
 * where it stands first, so a late or repeated call (a progress update after the restart sweep failed the job, a
 * second "finished") changes nothing.
 */
public final class JobTable {

    private static final EnumSet<JobState> UNFINISHED = EnumSet.of(JobState.QUEUED, JobState.RUNNING);
    private static final EnumSet<JobState> ENDED = EnumSet.of(JobState.DONE, JobState.FAILED);

    public BackgroundJob create(EntityManager em, BackgroundJob job) {
        em.persist(job);
        return job;
    }

    public Optional<BackgroundJob> find(EntityManager em, String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(BackgroundJob.class, id));
    }

    /** Marks a queued job running on {@code node}; false when it is no longer queued (the restart sweep failed it). */
    public boolean start(EntityManager em, String id, String node, Instant now) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || job.getState() != JobState.QUEUED) {
            return false;
        }
        job.start(node, now);
        return true;
    }

    /**
     * Writes how far a running job is, as one update statement (no read first: it is called often). A total of 0
     * keeps the total already known.
     */
    public void progress(EntityManager em, String id, long done, long total) {
        String set = total > 0 ? "j.done = :done, j.total = :total" : "j.done = :done";
        var update = em.createQuery("update BackgroundJob j set " + set + " where j.id = :id and j.state = :running")
                .setParameter("done", Math.max(0, done))
                .setParameter("id", id)
                .setParameter("running", JobState.RUNNING);
        if (total > 0) {
            update.setParameter("total", total);
        }
        update.executeUpdate();
    }

    /** Marks a job done with what it did; false when it had already ended. */
    public boolean finish(EntityManager em, String id, JobSummary result, Instant now) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || job.getState().ended()) {
            return false;
        }
        job.finish(result, now);
        return true;
    }

    /** Marks a job failed with words for its owner; false when it had already ended. */
    public boolean fail(EntityManager em, String id, String message, Instant now) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || job.getState().ended()) {
            return false;
        }
        job.fail(message, now);
        return true;
    }

    /**
     * Fails every job left queued or running (on {@code node}, or on any node when it is null) with {@code message};
     * returns them, so their kinds can clean up after them.
     */
    public List<BackgroundJob> failUnfinished(EntityManager em, String node, String message, Instant now) {
        var query = em.createQuery("select j from BackgroundJob j where j.state in :unfinished"
                + (node == null ? "" : " and j.nodeId = :node"), BackgroundJob.class)
                .setParameter("unfinished", UNFINISHED);
        if (node != null) {
            query.setParameter("node", node);
        }
        List<BackgroundJob> left = query.getResultList();
        left.forEach(j -> j.fail(message, now));
        return left;
    }

    /** A person's jobs of one kind, newest first. */
    public List<BackgroundJob> ownedBy(EntityManager em, String owner, JobKind kind) {
        return em.createQuery("select j from BackgroundJob j where j.owner = :owner and j.kind = :kind"
                        + " order by j.createdAt desc, j.id", BackgroundJob.class)
                .setParameter("owner", owner)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** Forgets jobs that ended before {@code limit}; returns how many. */
    public int forgetEndedBefore(EntityManager em, Instant limit) {
        return em.createQuery("delete from BackgroundJob j where j.state in :ended and j.finishedAt < :limit")
                .setParameter("ended", ENDED)
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
