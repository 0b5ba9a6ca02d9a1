package org.amparo.jobs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.amparo.jobs.application.JobProgress;
import org.amparo.jobs.application.JobRecords;
import org.amparo.jobs.application.JobRecovery;
import org.amparo.jobs.application.JobRun;
import org.amparo.jobs.application.JobWork;
import org.amparo.jobs.application.LongTransaction;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobState;
import org.amparo.jobs.domain.JobSummary;
import org.amparo.jobs.infrastructure.JobTable;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job runner's steps ({@link JobRun}) on the real migration and mapping, on H2: each of the job's own writes in a
 * transaction of its own, as {@code JobStore}'s {@code REQUIRES_NEW} does on the server, and the work in one long
 * transaction beside them. What a user relies on: a job ends done with what it did or failed with words, a poller sees
 * its progress while the work's transaction is still open, a failed job keeps nothing, and a restart fails what was
 * left running instead of leaving a progress bar that never moves.
 */
class BackgroundJobsTest {

    private static SessionFactory factory;
    private static final JobTable TABLE = new JobTable();

    @BeforeAll
    static void migrate() {
        String url = "jdbc:h2:mem:jobs;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
        Configuration cfg = new Configuration();
        cfg.addAnnotatedClass(BackgroundJob.class);
        cfg.setProperty("hibernate.connection.url", url);
        cfg.setProperty("hibernate.connection.username", "sa");
        cfg.setProperty("hibernate.connection.password", "sa");
        // The schema is Flyway's (V10): Hibernate only checks that the mapping matches it.
        cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
        cfg.setProperty("hibernate.jdbc.time_zone", "UTC");
        cfg.setProperty("jakarta.persistence.validation.mode", "none");
        factory = cfg.buildSessionFactory();
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
    }

    /** One short transaction, as the server's REQUIRES_NEW gives each write of the job table. */
    private static <T> T inOwnTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    private static BackgroundJob read(String id) {
        return inOwnTransaction(em -> TABLE.find(em, id).orElseThrow());
    }

    private static String queued(JobKind kind, long total, String node) {
        String id = UUID.randomUUID().toString();
        inOwnTransaction(em -> TABLE.create(em, new BackgroundJob(id, kind, "carmen", total,
                JobSummary.empty().with("mode", "FULL"), node, Instant.now())));
        return id;
    }

    /** The job table as the server writes it: each call its own transaction. */
    private static final JobRecords RECORDS = new JobRecords() {
        @Override
        public boolean start(String id) {
            return inOwnTransaction(em -> TABLE.start(em, id, "node-a", Instant.now()));
        }

        @Override
        public void progress(String id, long done, long total) {
            inOwnTransaction(em -> {
                TABLE.progress(em, id, done, total);
                return null;
            });
        }

        @Override
        public boolean finish(String id, JobSummary result) {
            return inOwnTransaction(em -> TABLE.finish(em, id, result, Instant.now()));
        }

        @Override
        public boolean fail(String id, String message) {
            return inOwnTransaction(em -> TABLE.fail(em, id, message, Instant.now()));
        }
    };

    /** The work's long transaction, whose entity manager the work writes with. */
    private static final class Long implements LongTransaction {
        EntityManager em;

        @Override
        public <T> T run(Callable<T> work) throws Exception {
            em = factory.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.call();
                em.getTransaction().commit();
                return result;
            } catch (Exception e) {
                em.getTransaction().rollback();
                throw e;
            } finally {
                em.close();
            }
        }
    }

    /** A clock that moves on a second at every look, so every progress update is written. */
    private static Clock ticking() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now[0] = now[0].plusSeconds(1);
                return now[0];
            }
        };
    }

    private static JobWork work(Function<JobProgress, JobSummary> body, List<String> events) {
        return new JobWork() {
            @Override
            public JobSummary run(JobProgress progress) {
                return body.apply(progress);
            }

            @Override
            public void afterCommit(String jobId) {
                events.add("committed");
            }

            @Override
            public void afterFailure(String jobId) {
                events.add("cleaned up");
            }
        };
    }

    @Test
    void aJobIsQueuedThenRunsThenEndsDoneWithWhatItDidInCounts() {
        String id = queued(JobKind.CASE_EXPORT, 3, "node-a");
        BackgroundJob before = read(id);
        assertThat(before.getState()).isEqualTo(JobState.QUEUED);
        assertThat(before.getOwner()).isEqualTo("carmen");
        assertThat(before.getStartedAt()).isNull();
        List<String> events = new ArrayList<>();
        JobState[] whileRunning = new JobState[1];

        new JobRun(RECORDS, new Long(), ticking()).run(id, work(progress -> {
            whileRunning[0] = read(progress.jobId()).getState();
            progress.update(1, 0);
            return JobSummary.empty().with("rows", 3);
        }, events), failure -> "never");

        BackgroundJob after = read(id);
        assertThat(whileRunning[0]).isEqualTo(JobState.RUNNING);
        assertThat(after.getState()).isEqualTo(JobState.DONE);
        assertThat(after.getDone()).as("done means all of it").isEqualTo(3);
        assertThat(after.getTotal()).isEqualTo(3);
        assertThat(after.summary().text()).isEqualTo("mode=FULL rows=3");
        assertThat(after.getFailureMessage()).isNull();
        assertThat(after.getStartedAt()).isNotNull();
        assertThat(after.getFinishedAt()).isAfterOrEqualTo(after.getStartedAt());
        assertThat(after.getNodeId()).isEqualTo("node-a");
        assertThat(events).containsExactly("committed");
    }

    @Test
    void aPollerSeesProgressWhileTheWorksTransactionIsStillOpen() {
        String id = queued(JobKind.ROSTER_IMPORT, 0, "node-a");
        Long transaction = new Long();
        List<String> seen = new ArrayList<>();
        String written = UUID.randomUUID().toString();

        new JobRun(RECORDS, transaction, ticking()).run(id, work(progress -> {
            // The work writes in its own transaction, not yet committed...
            transaction.em.persist(new BackgroundJob(written, JobKind.CASE_EXPORT, "carmen", 0, null, "node-a", Instant.now()));
            transaction.em.flush();
            progress.update(40, 100);
            // ...and a poller, in another transaction, sees the progress but none of the work.
            BackgroundJob polled = read(progress.jobId());
            seen.add(polled.getState() + " " + polled.getDone() + "/" + polled.getTotal());
            seen.add("work visible: " + inOwnTransaction(em -> TABLE.find(em, written).isPresent()));
            progress.update(90, 0);
            polled = read(progress.jobId());
            seen.add(polled.getDone() + "/" + polled.getTotal());
            return JobSummary.empty().with("rows", 100);
        }, new ArrayList<>()), failure -> "never");

        assertThat(seen).containsExactly("RUNNING 40/100", "work visible: false", "90/100");
        assertThat(read(id).getState()).isEqualTo(JobState.DONE);
        assertThat((boolean) inOwnTransaction(em -> TABLE.find(em, written).isPresent())).as("committed at the end").isTrue();
    }

    @Test
    void progressIsWrittenAtMostEveryFewHundredMilliseconds() {
        String id = queued(JobKind.CASE_EXPORT, 100, "node-a");
        Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        long[] seen = new long[1];
        new JobRun(RECORDS, new Long(), frozen).run(id, work(progress -> {
            progress.update(10, 0);
            progress.update(20, 0); // within the same instant: not written
            seen[0] = read(progress.jobId()).getDone();
            return JobSummary.empty();
        }, new ArrayList<>()), failure -> "never");
        assertThat(seen[0]).isEqualTo(10);
        assertThat(JobRun.PROGRESS_EVERY).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailedJobKeepsNothingAndTellsItsOwnerWhyInWords() {
        String id = queued(JobKind.ROSTER_IMPORT, 0, "node-a");
        Long transaction = new Long();
        String written = UUID.randomUUID().toString();
        List<String> events = new ArrayList<>();

        new JobRun(RECORDS, transaction, ticking()).run(id, work(progress -> {
            transaction.em.persist(new BackgroundJob(written, JobKind.CASE_EXPORT, "carmen", 0, null, "node-a", Instant.now()));
            transaction.em.flush();
            progress.update(5, 10);
            throw new IllegalStateException("row 7: Muñoz, José 1990-04-02 is a duplicate");
        }, events), failure -> failure instanceof IllegalStateException ? "The import failed and changed nothing; try again." : "?");

        BackgroundJob failed = read(id);
        assertThat(failed.getState()).isEqualTo(JobState.FAILED);
        assertThat(failed.getFailureMessage()).isEqualTo("The import failed and changed nothing; try again.");
        assertThat(failed.getFinishedAt()).isNotNull();
        assertThat(failed.summary().text()).as("no result").isEqualTo("mode=FULL");
        assertThat((boolean) inOwnTransaction(em -> TABLE.find(em, written).isPresent())).as("the work rolled back").isFalse();
        assertThat(events).containsExactly("cleaned up");
    }

    @Test
    void aFailureAfterCommitStillFailsTheJob() {
        String id = queued(JobKind.CASE_EXPORT, 1, "node-a");
        new JobRun(RECORDS, new Long(), ticking()).run(id, new JobWork() {
            @Override
            public JobSummary run(JobProgress progress) {
                return JobSummary.empty().with("rows", 1);
            }

            @Override
            public void afterCommit(String jobId) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        }, failure -> "The export failed; try again or narrow the filters.");
        assertThat(read(id).getState()).as("never offered: its file was not moved into place").isEqualTo(JobState.FAILED);
        assertThat(read(id).getFailureMessage()).isEqualTo("The export failed; try again or narrow the filters.");
    }

    @Test
    void aFailureMessageIsWordsOnOneLineNeverAStackTrace() {
        String id = queued(JobKind.CASE_EXPORT, 1, "node-a");
        inOwnTransaction(em -> TABLE.start(em, id, "node-a", Instant.now()));
        inOwnTransaction(em -> TABLE.fail(em, id, "file: not a spreadsheet\n  mapping: no name column\r\n", Instant.now()));
        assertThat(read(id).getFailureMessage()).isEqualTo("file: not a spreadsheet mapping: no name column");
        String long1 = queued(JobKind.CASE_EXPORT, 1, "node-a");
        inOwnTransaction(em -> TABLE.fail(em, long1, "x".repeat(5000), Instant.now()));
        assertThat(read(long1).getFailureMessage()).hasSize(BackgroundJob.MAX_MESSAGE);
    }

    @Test
    void aRestartFailsWhatWasLeftQueuedOrRunningAndTheirWorkNeverRuns() {
        String running = queued(JobKind.ROSTER_IMPORT, 10, "node-a");
        inOwnTransaction(em -> TABLE.start(em, running, "node-a", Instant.now()));
        inOwnTransaction(em -> {
            TABLE.progress(em, running, 4, 0);
            return null;
        });
        String waiting = queued(JobKind.CASE_EXPORT, 10, "node-a");
        String done = queued(JobKind.CASE_EXPORT, 10, "node-a");
        inOwnTransaction(em -> TABLE.start(em, done, "node-a", Instant.now()));
        inOwnTransaction(em -> TABLE.finish(em, done, JobSummary.empty().with("rows", 10), Instant.now()));

        // What JobRecovery does at start, on a single server: every unfinished job, whatever its node.
        List<String> failed = inOwnTransaction(em -> TABLE.failUnfinished(em, null, JobRecovery.STOPPED, Instant.now())
                .stream().map(BackgroundJob::getId).toList());

        assertThat(failed).contains(running, waiting).doesNotContain(done);
        for (String id : List.of(running, waiting)) {
            BackgroundJob job = read(id);
            assertThat(job.getState()).isEqualTo(JobState.FAILED);
            assertThat(job.getFailureMessage()).isEqualTo(JobRecovery.STOPPED);
            assertThat(org.amparo.jobs.application.JobFailureWords.words(job.getFailureMessage(), java.util.Locale.ENGLISH))
                    .isEqualTo("The server stopped while this job was running; nothing of it was kept.");
            assertThat(job.getFinishedAt()).isNotNull();
        }
        assertThat(read(done).getState()).isEqualTo(JobState.DONE);

        // The queued job's task, should a thread still pick it up, does nothing and cleans up after itself.
        List<String> events = new ArrayList<>();
        boolean[] ran = {false};
        new JobRun(RECORDS, new Long(), ticking()).run(waiting, work(progress -> {
            ran[0] = true;
            return JobSummary.empty();
        }, events), failure -> "never");
        assertThat(ran[0]).isFalse();
        assertThat(events).containsExactly("cleaned up");
        assertThat(read(waiting).getFailureMessage()).isEqualTo(JobRecovery.STOPPED);

        // A late progress update of the job that was running never brings it back.
        RECORDS.progress(running, 9, 10);
        assertThat(read(running).getState()).isEqualTo(JobState.FAILED);
        assertThat((boolean) RECORDS.finish(running, JobSummary.empty())).isFalse();
    }

    @Test
    void twoServersSharingTheTableEachSweepOnlyTheirOwnJobs() {
        String mine = queued(JobKind.CASE_EXPORT, 1, "node-x");
        String theirs = queued(JobKind.CASE_EXPORT, 1, "node-y");
        inOwnTransaction(em -> TABLE.failUnfinished(em, "node-x", JobRecovery.STOPPED, Instant.now()));
        assertThat(read(mine).getState()).isEqualTo(JobState.FAILED);
        assertThat(read(theirs).getState()).isEqualTo(JobState.QUEUED);
    }

    @Test
    void onlyAnOwnersJobsOfAKindAreListedNewestFirstAndEndedOnesAreForgotten() {
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        Consumer<Object[]> add = a -> inOwnTransaction(em -> TABLE.create(em, new BackgroundJob((String) a[0], (JobKind) a[1],
                (String) a[2], 0, null, "node-a", (Instant) a[3])));
        String older = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();
        add.accept(new Object[]{older, JobKind.CASE_EXPORT, owner, t0});
        add.accept(new Object[]{newer, JobKind.CASE_EXPORT, owner, t0.plusSeconds(60)});
        add.accept(new Object[]{UUID.randomUUID().toString(), JobKind.ROSTER_IMPORT, owner, t0});
        add.accept(new Object[]{UUID.randomUUID().toString(), JobKind.CASE_EXPORT, "someone-else", t0});
        assertThat(inOwnTransaction(em -> TABLE.ownedBy(em, owner, JobKind.CASE_EXPORT)).stream().map(BackgroundJob::getId))
                .containsExactly(newer, older);

        inOwnTransaction(em -> TABLE.fail(em, older, "gone", t0.plusSeconds(10)));
        int forgotten = inOwnTransaction(em -> TABLE.forgetEndedBefore(em, t0.plusSeconds(3600)));
        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(inOwnTransaction(em -> TABLE.ownedBy(em, owner, JobKind.CASE_EXPORT)).stream().map(BackgroundJob::getId))
                .as("an unfinished job is never forgotten").containsExactly(newer);
    }

    @Test
    void theDatabaseRefusesAnUnknownStateAndAnEndedJobWithoutItsEnd() {
        String id = queued(JobKind.CASE_EXPORT, 1, "node-a");
        assertThatThrownBy(() -> inOwnTransaction(em -> em.createNativeQuery(
                "update background_job set state = 'PAUSED' where id = '" + id + "'").executeUpdate()))
                .isInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> inOwnTransaction(em -> em.createNativeQuery(
                "update background_job set state = 'DONE' where id = '" + id + "'").executeUpdate()))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void aSummaryHoldsCountsIdsAndKindsNeverWordsSomeoneTyped() {
        JobSummary s = JobSummary.empty().with("rows", 1200).with("mode", "DEIDENTIFIED").with("caseId", "42");
        assertThat(s.text()).isEqualTo("rows=1200 mode=DEIDENTIFIED caseId=42");
        assertThat(JobSummary.parse(s.text())).isEqualTo(s);
        assertThat(JobSummary.parse(s.text()).count("rows", -1)).isEqualTo(1200);
        assertThatThrownBy(() -> s.with("name", "José Muñoz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Muñoz");
        assertThatThrownBy(() -> s.with("a b", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
