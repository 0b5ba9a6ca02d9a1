package org.amparo.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One piece of background work (an export, a roster import, later reports and reminders): whose it is, on which
 * server it runs, where it stands (queued, running, done, failed), how far it is, and what it did as counts and ids
 * ({@link JobSummary}) or why it failed, in words for its owner (never a stack trace). A job moves only forward:
 * queued, running, then done or failed, and an ended job never changes again.
 */
@Entity
@Table(name = "background_job")
public class BackgroundJob {

    /** The failure column's length (V10); a longer message is cut, never refused, so a failure is always recorded. */
    public static final int MAX_MESSAGE = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private JobKind kind;

    @Column(name = "owner_name", nullable = false, length = 100)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private JobState state;

    @Column(name = "progress_done", nullable = false)
    private long done;

    @Column(name = "progress_total", nullable = false)
    private long total;

    @Column(name = "summary", length = JobSummary.MAX_LENGTH)
    private String summary;

    @Column(name = "failure_message", length = MAX_MESSAGE)
    private String failureMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "node_id", nullable = false, length = 100)
    private String nodeId;

    protected BackgroundJob() {
    }

    /** A job waiting for a thread on {@code nodeId}, with what it expects to do ({@code total}, 0 if not known yet). */
    public BackgroundJob(String id, JobKind kind, String owner, long total, JobSummary about, String nodeId, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.owner = Objects.requireNonNull(owner);
        this.nodeId = Objects.requireNonNull(nodeId);
        this.createdAt = Objects.requireNonNull(now);
        this.state = JobState.QUEUED;
        this.total = Math.max(0, total);
        this.summary = about == null ? null : about.text();
    }

    /** A thread has taken the job up. */
    public void start(String node, Instant now) {
        if (state != JobState.QUEUED) {
            throw new IllegalStateException("Job " + id + " is " + state + ", not queued");
        }
        state = JobState.RUNNING;
        nodeId = node;
        startedAt = now;
    }

    /** How far it is: {@code done} of {@code total} (a total of 0 keeps the one known). */
    public void progress(long done, long total) {
        if (state.ended()) {
            return; // a late progress call never reopens an ended job
        }
        this.done = Math.max(0, done);
        if (total > 0) {
            this.total = total;
        }
    }

    /** Finished; {@code result} says what it did, added to what the summary said at the start. */
    public void finish(JobSummary result, Instant now) {
        requireNotEnded();
        summary = summary().and(result).text();
        if (total > 0) {
            done = total;
        }
        state = JobState.DONE;
        finishedAt = now;
    }

    /** Failed; {@code message} tells its owner why, in words (it is cut to the column, and its lines joined). */
    public void fail(String message, Instant now) {
        requireNotEnded();
        String words = message == null || message.isBlank() ? "job.failure.failed" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        failureMessage = words.length() > MAX_MESSAGE ? words.substring(0, MAX_MESSAGE - 1) + "…" : words;
        state = JobState.FAILED;
        finishedAt = now;
    }

    private void requireNotEnded() {
        if (state.ended()) {
            throw new IllegalStateException("Job " + id + " has already ended (" + state + ")");
        }
    }

    /** Whether {@code user} started this job: only they may see it. */
    public boolean ownedBy(String user) {
        return owner.equals(user);
    }

    public String getId() { return id; }
    public JobKind getKind() { return kind; }
    public String getOwner() { return owner; }
    public JobState getState() { return state; }
    public long getDone() { return done; }
    public long getTotal() { return total; }
    public JobSummary summary() { return JobSummary.parse(summary); }
    public String getFailureMessage() { return failureMessage; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getNodeId() { return nodeId; }
}
