package org.amparo.imports.application;

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
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.domain.RequestLocale;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Roster imports run in the background: a big roster takes minutes, so the request that starts one returns at once
 * and a progress bar polls. Each import is one long transaction, run as the person who started it: all of it lands,
 * or none of it. Only its owner sees how it went; finished jobs are forgotten after an hour. The file's bytes are
 * dropped as soon as the import ends.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
public class RosterImportJobs {

    private static final Logger LOG = Logger.getLogger(RosterImportJobs.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int TRANSACTION_SECONDS = 3 * 3600;

    private record Job(String owner, RosterImportJob status) {
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @EJB
    RosterImports imports;

    @EJB
    RosterImportJobs self;

    @Inject
    RequestLocale requestLocale;

    @Resource
    SessionContext session;

    @Resource
    UserTransaction transaction;

    /** Starts importing the roster for the caller; returns at once. */
    public RosterImportJob start(RosterRequest request, boolean skipBadRows, Locale locale) {
        String id = UUID.randomUUID().toString();
        RosterImportJob status = new RosterImportJob(id, RosterImportJob.State.RUNNING, 0, 0, null, null, Instant.now());
        jobs.put(id, new Job(session.getCallerPrincipal().getName(), status));
        self.run(id, request, skipBadRows, locale);
        return status;
    }

    /** Runs as the owner (the caller's identity travels with an asynchronous call), in one transaction. */
    @Asynchronous
    public void run(String id, RosterRequest request, boolean skipBadRows, Locale locale) {
        try {
            requestLocale.set(locale);
        } catch (RuntimeException noRequestContext) {
            // messages are then worded in English
        }
        try {
            transaction.setTransactionTimeout(TRANSACTION_SECONDS);
            transaction.begin();
            RosterReport report;
            try {
                report = imports.commit(request, skipBadRows, (done, total) -> update(id, RosterImportJob.State.RUNNING, done, total, null, null));
                transaction.commit();
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
            update(id, RosterImportJob.State.DONE, report.rows(), report.rows(), report, null);
        } catch (InvalidInputException invalid) {
            update(id, RosterImportJob.State.FAILED, 0, 0, null, invalid.errors().stream()
                    .map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Roster import " + id + " failed: " + e.getClass().getName());
            update(id, RosterImportJob.State.FAILED, 0, 0, null, "The import failed and changed nothing; try again.");
        }
    }

    /** Where the caller's import stands. */
    public RosterImportJob status(String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner().equals(session.getCallerPrincipal().getName())) {
            throw new NotFoundException("Import", id);
        }
        return job.status();
    }

    @PermitAll
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.entrySet().removeIf(e -> e.getValue().status().startedAt().isBefore(limit)
                && e.getValue().status().state() != RosterImportJob.State.RUNNING);
    }

    private void update(String id, RosterImportJob.State state, int done, int total, RosterReport report, String error) {
        jobs.computeIfPresent(id, (k, j) -> {
            RosterImportJob s = j.status();
            return new Job(j.owner(), new RosterImportJob(s.id(), state, done, total, report, error, s.startedAt()));
        });
    }
}
