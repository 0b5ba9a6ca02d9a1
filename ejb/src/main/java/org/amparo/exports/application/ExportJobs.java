package org.amparo.exports.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.UserTransaction;
import org.amparo.cases.application.CaseExport;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Case-list exports run in the background: the request that starts one returns at once, a progress bar polls, and
 * the workbook is downloaded when ready, by its owner only. The file (personal data when the export is identified)
 * lives in the server's temporary directory until it is downloaded or an hour has passed, and never survives a
 * restart. The export itself runs as its owner, in its own long transaction, reading through a cursor.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int TRANSACTION_SECONDS = 3 * 3600;

    private record Job(String owner, Path file, ExportJob status) {
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @EJB
    CaseExport export;

    @EJB
    ExportJobs self;

    @Resource
    SessionContext session;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void clearLeftovers() {
        try (var files = Files.list(directory())) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not clear old export files", e);
        }
    }

    /** Starts a case-list export for the caller; returns its id at once. */
    public ExportJob startCaseExport(CaseListCriteria criteria, Locale locale, org.amparo.exports.domain.ExportMode mode) {
        String owner = session.getCallerPrincipal().getName();
        String id = UUID.randomUUID().toString();
        String name = mode == org.amparo.exports.domain.ExportMode.FULL ? "amparo-cases.xlsx" : "amparo-cases-deidentified.xlsx";
        ExportJob status = new ExportJob(id, name, ExportJob.State.RUNNING, 0, export.count(criteria), null, Instant.now());
        jobs.put(id, new Job(owner, directory().resolve(id + ".xlsx"), status));
        self.run(id, criteria, locale, mode);
        return status;
    }

    /** Runs as the owner (the caller's identity travels with an asynchronous call). */
    @Asynchronous
    public void run(String id, CaseListCriteria criteria, Locale locale, org.amparo.exports.domain.ExportMode mode) {
        Job job = jobs.get(id);
        try (OutputStream out = Files.newOutputStream(job.file())) {
            transaction.setTransactionTimeout(TRANSACTION_SECONDS);
            transaction.begin();
            try {
                export.exportCases(criteria, locale, out, mode, done -> update(id, done, ExportJob.State.RUNNING, null));
                transaction.commit(); // reads only, and the export's audit record
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
            update(id, -1, ExportJob.State.READY, null);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Background export " + id + " failed", e);
            update(id, -1, ExportJob.State.FAILED, "The export failed; try again or narrow the filters.");
            job.file().toFile().delete();
        }
    }

    /** Where the caller's export stands. */
    public ExportJob status(String id) {
        return own(id).status();
    }

    /** The caller's jobs, newest first. */
    public List<ExportJob> mine() {
        String caller = session.getCallerPrincipal().getName();
        return jobs.values().stream().filter(j -> j.owner().equals(caller)).map(Job::status)
                .sorted((a, b) -> b.startedAt().compareTo(a.startedAt())).toList();
    }

    /** The finished workbook; the file is deleted once it has been read. */
    public InputStream download(String id) {
        Job job = own(id);
        if (job.status().state() != ExportJob.State.READY) {
            throw new NotFoundException("Export", id);
        }
        jobs.remove(id);
        try {
            Path file = job.file();
            return new java.io.FilterInputStream(Files.newInputStream(file)) {
                @Override
                public void close() throws IOException {
                    super.close();
                    Files.deleteIfExists(file);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PermitAll
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.entrySet().removeIf(e -> {
            if (e.getValue().status().startedAt().isBefore(limit) && e.getValue().status().state() != ExportJob.State.RUNNING) {
                e.getValue().file().toFile().delete();
                return true;
            }
            return false;
        });
    }

    private Job own(String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner().equals(session.getCallerPrincipal().getName())) {
            throw new NotFoundException("Export", id);
        }
        return job;
    }

    private void update(String id, long done, ExportJob.State state, String error) {
        jobs.computeIfPresent(id, (k, j) -> {
            ExportJob s = j.status();
            return new Job(j.owner(), j.file(), new ExportJob(s.id(), s.fileName(), state, done < 0 ? s.rowsWritten() : done,
                    s.rowsExpected(), error, s.startedAt()));
        });
    }

    private static Path directory() {
        Path dir = Paths.get(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")), "amparo-exports");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
