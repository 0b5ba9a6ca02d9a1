package org.amparo.exports.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.amparo.cases.application.CaseExport;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.exports.domain.ExportMode;
import org.amparo.jobs.application.JobProgress;
import org.amparo.jobs.application.JobRecovery;
import org.amparo.jobs.application.JobRunner;
import org.amparo.jobs.application.JobWork;
import org.amparo.jobs.infrastructure.JobStore;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobState;
import org.amparo.jobs.domain.JobSummary;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Case-list exports run in the background on the one job runner ({@link JobRunner}): the request that starts one
 * returns at once, a progress bar polls, and the workbook is downloaded when ready, once, by its owner only. The
 * export runs as its owner, in its own long transaction, reading through a cursor, into a file only the server's user
 * may read ({@code <id>.part}); only once the transaction has committed is it moved, atomically, to
 * {@code <id>.xlsx}, and only then is the job done, so a download never sees a half-written workbook. The file
 * (personal data when the export is identified) lives in the server's temporary directory until it is downloaded or
 * an hour has passed, and never survives a restart: every file there is deleted at start, while the restart sweep
 * ({@link JobRecovery}) fails the job that was writing it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    private static final String FAILED = org.amparo.jobs.application.JobFailureWords.EXPORT_FAILED;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final java.util.regex.Pattern EXPORT_FILE = java.util.regex.Pattern.compile("[0-9a-f-]{36}\\.(xlsx|part|sending)");

    @EJB
    CaseExport export;

    /** The language of the person asking for a job's status, for the words of a failure. */
    @jakarta.inject.Inject
    org.amparo.shared.domain.RequestLocale requestLocale;

    @EJB
    JobRunner runner;

    /** This server's own leftovers: another server sharing the export folder keeps its workbooks. */
    @PostConstruct
    void clearLeftovers() {
        try (var files = Files.list(directory(JobStore.thisNode()))) {
            files.filter(ExportJobs::anExportFile).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not clear old export files: " + org.amparo.platform.LogSafe.causes(e));
        }
    }

    /** Starts a case-list export for the caller; returns its id at once. */
    public ExportJob startCaseExport(CaseListCriteria criteria, Locale locale, ExportMode mode) {
        // A de-identified export's count is of what it will hold: never the size of an identifying search.
        long expected = export.count(criteria.forExport(mode));
        BackgroundJob job = runner.submit(JobKind.CASE_EXPORT, expected, JobSummary.empty().with("mode", mode.name()),
                new Work(criteria, locale, mode), failure -> FAILED);
        return view(job);
    }

    /** Where the caller's export stands. */
    public ExportJob status(String id) {
        return offered(id).map(this::view).orElseThrow(() -> new NotFoundException("Export", id));
    }

    /** The caller's exports, newest first (a downloaded or forgotten one is gone). */
    public List<ExportJob> mine() {
        return runner.mine(JobKind.CASE_EXPORT).stream().filter(ExportJobs::stillOffered).map(this::view).toList();
    }

    /** The finished workbook, only when its job is done and its file complete; deleted once it has been read. */
    public InputStream download(String id) {
        BackgroundJob job = offered(id).filter(j -> j.getState() == JobState.DONE)
                .orElseThrow(() -> new NotFoundException("Export", id));
        Path sending = directory(job.getNodeId()).resolve(safe(job.getId()) + ".sending");
        try {
            // Moved away first, atomically: of two downloads at once, only one gets the file.
            Files.move(file(job), sending, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException gone) {
            throw new NotFoundException("Export", id);
        }
        try {
            return new FilterInputStream(org.amparo.protection.infrastructure.SealedStreams.opening(Files.newInputStream(sending))) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(sending);
                    }
                }
            };
        } catch (IOException e) {
            sending.toFile().delete();
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes workbooks nobody fetched within the hour an ended job is kept, and whatever a crash left behind, every
     * server's (a server that died leaves its folder to the others).
     */
    @PermitAll
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetOld() { // the container's timer only: not public, so no client can call it
        Instant limit = Instant.now().minus(JobRecovery.KEEP);
        try (var files = Files.walk(root(), 2)) {
            files.filter(ExportJobs::anExportFile).filter(f -> f.toFile().lastModified() < limit.toEpochMilli())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not clear old export files: " + org.amparo.platform.LogSafe.causes(e));
        }
    }

    /** The caller's export, unless it is done and its file is gone (downloaded, forgotten, or from before a restart). */
    private Optional<BackgroundJob> offered(String id) {
        return runner.own(id, JobKind.CASE_EXPORT).filter(ExportJobs::stillOffered);
    }

    private static boolean stillOffered(BackgroundJob job) {
        return job.getState() != JobState.DONE || Files.isRegularFile(file(job));
    }

    /** The job as the API and the list page have always shown it. */
    ExportJob view(BackgroundJob job) {
        ExportJob.State state = switch (job.getState()) {
            case QUEUED, RUNNING -> ExportJob.State.RUNNING;
            case DONE -> ExportJob.State.READY;
            case FAILED -> ExportJob.State.FAILED;
        };
        String name = ExportMode.FULL.name().equals(job.summary().get("mode")) ? "amparo-cases.xlsx" : "amparo-cases-deidentified.xlsx";
        // Done: the rows really written (cases may have been added or closed since they were counted).
        long written = state == ExportJob.State.READY ? job.summary().count("rows", job.getDone()) : job.getDone();
        return new ExportJob(job.getId(), name, state, written, job.getTotal(),
                org.amparo.jobs.application.JobFailureWords.words(job.getFailureMessage(), requestLocale.get()), job.getCreatedAt());
    }

    /** The export's work: the workbook into a private temporary file, moved into place once the export committed. */
    private final class Work implements JobWork {
        private final CaseListCriteria criteria;
        private final Locale locale;
        private final ExportMode mode;

        Work(CaseListCriteria criteria, Locale locale, ExportMode mode) {
            this.criteria = criteria;
            this.locale = locale;
            this.mode = mode;
        }

        @Override
        public JobSummary run(JobProgress progress) throws IOException {
            Path part = part(progress.jobId());
            long rows;
            // Sealed with the data key as it is written: the workbook is never on disk in clear.
            try (OutputStream out = org.amparo.protection.infrastructure.SealedStreams.sealing(
                    Files.newOutputStream(createPrivate(part), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                // reads only, and the export's audit record, in the job's transaction
                rows = export.exportCases(criteria, locale, out, mode, done -> progress.update(done, 0));
            }
            return JobSummary.empty().with("rows", rows);
        }

        @Override
        public void afterCommit(String jobId) throws IOException {
            Files.move(part(jobId), file(jobId), StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void afterFailure(String jobId) {
            part(jobId).toFile().delete();
            file(jobId).toFile().delete();
        }
    }

    /** An empty file readable and writable by the server's user only (on file systems that know POSIX permissions). */
    private static Path createPrivate(Path path) throws IOException {
        if (POSIX) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return Files.createFile(path, ownerOnly);
        }
        return Files.createFile(path);
    }

    /** Written on the server that runs the job. */
    private static Path part(String id) {
        return directory(JobStore.thisNode()).resolve(safe(id) + ".part");
    }

    private static Path file(String id) {
        return directory(JobStore.thisNode()).resolve(safe(id) + ".xlsx");
    }

    /** Where the job's server put its workbook: any server sharing the export folder can hand it out. */
    private static Path file(BackgroundJob job) {
        return directory(job.getNodeId()).resolve(safe(job.getId()) + ".xlsx");
    }

    /**
     * A workbook, a part being written or one being sent, by its job's id: the clean-ups delete nothing else, whatever
     * else an installation keeps in or under the export folder.
     */
    private static boolean anExportFile(Path f) {
        return Files.isRegularFile(f) && EXPORT_FILE.matcher(f.getFileName().toString()).matches();
    }

    /** Job ids are UUIDs; anything else never names a file (no "../"). */
    private static String safe(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            throw new NotFoundException("Export", id);
        }
        return id;
    }

    /**
     * The export folder: {@code amparo.exports.dir}, which servers sharing the database share too (README, "Two
     * servers"), else the server's temporary folder. Each server writes into a folder of its own name in it.
     */
    private static Path root() {
        String configured = System.getProperty("amparo.exports.dir");
        return configured != null && !configured.isBlank() ? Paths.get(configured)
                : Paths.get(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")), "amparo-exports");
    }

    private static Path directory(String node) {
        Path dir = root().resolve(node.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            if (POSIX && !Files.isDirectory(dir)) {
                // Owner-only, so no other account on the machine can even list the exports.
                Files.createDirectories(root(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
